import { announce, byId, h } from '../../lib/dom';
import { dateTime } from '../../lib/format';
import { errorMessage } from '../../lib/messages';
import { pageAlert, startAdminPage } from './gate';
import { api, ok } from '../../lib/api/client';
import { localeName, tr } from './i18n';
import { editorHref, localeOptions, stateBadges, table } from './render';
import type { AdminArticle } from '../../lib/api/types';
import type { paths } from '../../lib/api/schema';

type ListQuery = paths['/admin/faq']['get']['parameters']['query'];

const form = byId<HTMLFormElement>('filters');
const status = byId('list-status');
const output = byId('article-table');
const categories = byId<HTMLSelectElement>('f-category');
const FILTERS = ['q', 'locale', 'status', 'category'] as const;
localeOptions(byId<HTMLSelectElement>('f-locale'), true);

const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
const list = (query = '') =>
  ok(api.GET('/admin/faq', { params: { query: Object.fromEntries(new URLSearchParams(query)) as ListQuery } })).then(
    (r) => r.articles,
  );

const PAGE = 50;
const more = byId<HTMLButtonElement>('show-more');
let shown: AdminArticle[] = [];
let body: HTMLElement | null = null;

const row = (a: AdminArticle) => [
  h('a', { href: editorHref({ slug: a.slug, locale: a.locale }), lang: a.locale }, a.question),
  a.slug,
  localeName(a.locale),
  a.category,
  stateBadges(a),
  a.version,
  dateTime(a.updatedAt),
];

/** Shows the first page of a result; "Show more" adds the next page (long lists stay quick). */
function render(articles: AdminArticle[]): void {
  shown = articles;
  const first = articles.slice(0, PAGE);
  const head = [
    tr('admin.field.question'),
    tr('admin.field.slug'),
    tr('admin.field.locale'),
    tr('admin.field.category'),
    tr('admin.field.status'),
    tr('admin.field.version'),
    tr('admin.field.updated'),
  ];
  const wrap = articles.length
    ? table(tr('articles.list'), head, first.map(row), { numeric: [5], hideCaption: true })
    : null;
  body = wrap?.querySelector('tbody') ?? null;
  output.replaceChildren(wrap ?? '');
  update();
}

function update(): void {
  const count = body?.children.length ?? 0;
  more.hidden = count >= shown.length;
  announce(status, shown.length ? tr('articles.count', { n: count, total: shown.length }) : tr('articles.empty'));
}

more.addEventListener('click', () => {
  if (!body) return;
  const start = body.children.length;
  const next = table('', [], shown.slice(start, start + PAGE).map(row)).querySelectorAll('tbody tr');
  body.append(...next);
  update();
  // Keyboard users continue at the first added article.
  body.children[start]?.querySelector('a')?.focus();
});

/** The filters as a query string; also kept in the page URL so reload and back keep them. */
function query(): string {
  const params = new URLSearchParams();
  for (const name of FILTERS) if (field(name).value.trim()) params.set(name, field(name).value.trim());
  return params.toString();
}

async function apply(): Promise<void> {
  const q = query();
  history.replaceState(null, '', q ? `?${q}` : location.pathname);
  output.setAttribute('aria-busy', 'true');
  try {
    render(await list(q));
    announce(pageAlert(), '');
  } catch (error) {
    announce(pageAlert(), errorMessage(error), 'error');
  } finally {
    output.removeAttribute('aria-busy');
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void apply();
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).tagName === 'SELECT') void apply();
});
field('q').addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void apply(), 400);
});

await startAdminPage(async () => {
  // The unfiltered list gives the category choices; then the URL's filters apply.
  const all = await list();
  const names = [...new Set(all.map((a) => a.category))].sort();
  categories.append(...names.map((c) => h('option', { value: c }, c)));
  const params = new URLSearchParams(location.search);
  for (const name of FILTERS) if (params.get(name)) field(name).value = params.get(name) ?? '';
  if (query()) await apply();
  else render(all);
});
