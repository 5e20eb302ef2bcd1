/**
 * The help centre (/[locale]/help/?q=&category=): search results with highlighted snippets,
 * topic filter chips, browse by topic, and an empty state that points to the chat.
 * The URL is the state, so a search can be shared; back/forward replay it.
 */
import { api, ok } from '../../lib/api/client';
import type { Category, SearchHit, SearchResults } from '../../lib/api/types';
import { announce, byId, h } from '../../lib/dom';
import { helpArticleHref } from '../../lib/links';
import { errorMessage } from '../../lib/messages';
import { pageLocale, t } from '../../lib/ui';
import { langTag } from '../../i18n/locales';
import { categoryName, categoryTopics, safeSnippet } from './faq-api';
import { reportSearch } from '../../lib/search-report';

const locale = pageLocale();
const form = byId<HTMLFormElement>('help-form');
const input = byId<HTMLInputElement>('help-q');
const chips = byId('help-chips');
const status = byId('help-status');
const alert = byId('help-error');
const results = byId('help-results');
const list = byId('results-list');
const empty = byId('help-empty');
const browse = byId('help-browse');
const baseTitle = document.title;
let categories: Category[] = [];

interface State {
  q: string;
  category: string;
}
const readState = (): State => {
  const params = new URLSearchParams(location.search);
  return { q: params.get('q')?.trim() ?? '', category: params.get('category') ?? '' };
};
const hrefFor = ({ q, category }: State): string => {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (category) params.set('category', category);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
};

/** Search results; a topic without words lists the whole topic. */
async function search({ q, category }: State): Promise<SearchResults> {
  // Words a link of the portal put in the address (from=portal) are not a person's search.
  const fromPortal = new URLSearchParams(location.search).get('from') === 'portal';
  const get = (words: string, source: 'person' | 'portal') =>
    ok(
      api.GET('/faq/search', {
        auth: 'none',
        params: {
          query: {
            q: words,
            locale,
            limit: 50,
            source,
            // A person's search may come from CloudFront; it is counted by a report instead.
            ...(source === 'person' ? { tally: 'report' as const } : {}),
            ...(category ? { category } : {}),
          },
        },
      }),
    );
  const found = await get(q, fromPortal ? 'portal' : 'person');
  if (!fromPortal && q) void reportSearch({ q, locale, ...(category ? { category } : {}) });
  // The API answers an empty query with nothing; until it lists a topic by itself, ask with
  // the topic's everyday words (help.browseQuery) and keep only that topic.
  return q || found.total ? found : get(t('help.browseQuery'), 'portal');
}

function resultItem(hit: SearchHit): HTMLLIElement {
  const english = hit.fallbackFrom ? langTag(hit.fallbackFrom) : undefined;
  const snippet = h('p', { class: 'snippet', lang: english });
  snippet.innerHTML = safeSnippet(hit.snippet);
  return h(
    'li',
    { 'data-slug': hit.slug },
    h(
      'h3',
      {},
      h('a', { href: helpArticleHref(locale, hit.slug), lang: english }, hit.question),
      english ? h('span', { class: 'fallback' }, ` ${t('help.english')}`) : null,
    ),
    snippet,
    h('span', { class: 'badge' }, categoryName(hit.category)),
  );
}

function renderChips(state: State): void {
  // Filters for results only: when browsing, the topic list below says the same, and chips
  // arriving above it after load would push it down (a layout shift).
  chips.hidden = !(state.q || state.category) || !categories.length;
  if (chips.hidden) return;
  const all: Category = { category: '', name: '', count: categories.reduce((n, c) => n + c.count, 0) };
  const focused = chips.contains(document.activeElement)
    ? (document.activeElement as HTMLElement).dataset.category
    : undefined;
  chips.querySelector('ul')!.replaceChildren(
    ...[all, ...categories].map((c) =>
      h(
        'li',
        {},
        h(
          'a',
          {
            href: hrefFor({ q: state.q, category: c.category }),
            class: 'chip',
            'data-category': c.category,
            'aria-current': c.category === state.category ? 'true' : undefined,
          },
          t('help.withCount', { name: c.category ? categoryName(c.category) : t('help.all'), n: c.count }),
        ),
      ),
    ),
  );
  if (focused !== undefined) chips.querySelector<HTMLElement>(`[data-category="${focused}"]`)?.focus();
}

function renderBrowse(): void {
  byId('browse-list').replaceChildren(
    ...categories.map((c) =>
      h(
        'li',
        {},
        h(
          'a',
          { href: hrefFor({ q: '', category: c.category }), 'data-category': c.category },
          t('help.withCount', { name: categoryName(c.category), n: c.count }),
        ),
      ),
    ),
  );
}

/** `showQuery: false` leaves the field alone: on the page's first search, which waits for the topics. */
async function run(state: State, showQuery = true): Promise<void> {
  if (showQuery) input.value = state.q;
  renderChips(state);
  announce(alert, '');
  const searching = Boolean(state.q || state.category);
  results.hidden = !searching;
  browse.hidden = searching;
  if (!searching) {
    document.title = baseTitle;
    announce(status, '');
    return;
  }
  const heading = state.q
    ? t('help.resultsFor', { q: state.q })
    : t('help.inCategory', { category: categoryName(state.category) });
  byId('results-title').textContent = heading;
  document.title = `${heading} · ${baseTitle}`;
  results.setAttribute('aria-busy', 'true');
  announce(status, t('help.searching'));
  try {
    const found = await search(state);
    if (hrefFor(readState()) !== hrefFor(state)) return; // a newer search took over
    list.replaceChildren(...found.results.map(resultItem));
    empty.hidden = found.results.length > 0;
    byId('empty-text').textContent = t('help.empty', { q: state.q || categoryName(state.category) });
    browse.hidden = found.results.length > 0;
    announce(status, t('help.count', { n: found.results.length }));
  } catch (error) {
    list.replaceChildren();
    announce(status, '');
    announce(alert, errorMessage(error), 'error');
  } finally {
    results.setAttribute('aria-busy', 'false');
  }
}

function go(state: State): void {
  history.pushState(null, '', hrefFor(state));
  void run(state);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  go({ q: input.value.trim(), category: readState().category });
});
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-category]');
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  const inBrowse = browse.contains(link);
  go({ q: inBrowse ? '' : readState().q, category: link.dataset.category ?? '' });
  if (inBrowse) byId('results-title').focus();
});
addEventListener('popstate', () => void run(readState()));

// Results name their categories: the topics (and so the names) come first, in parallel with nothing else to wait for.
// The chips render with the results heading in one go (nothing moves when they arrive).
const topics = categoryTopics(locale).then((found) => {
  categories = found;
  return found;
});
// The shared URL's query is in the field at once; the first search, which comes after the topics,
// leaves the field alone, so what a person types meanwhile is not wiped out under their fingers.
input.value = readState().q;
const first = topics.then(
  () => run(readState(), false),
  () => run(readState(), false),
);
try {
  await topics;
  renderBrowse();
} catch {
  /* topics are a convenience; search still works */
}
await first;
