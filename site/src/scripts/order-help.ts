/** Fills components/OrderHelp.astro: suggested help articles per open-order status. */
import { api } from '../lib/api';
import { h } from '../lib/dom';
import { helpArticleHref, helpSearchHref } from '../lib/links';
import type { OrderStatus } from '../lib/types';
import { pageLocale, t } from '../lib/ui';

interface SearchResult {
  results: { id: string; slug: string; question: string; snippet?: string }[];
}

const section = document.getElementById('order-help');
const list = document.getElementById('order-help-list');

async function suggestions(status: OrderStatus): Promise<HTMLElement | null> {
  const q = t(`helpQuery.${status}`);
  const query = new URLSearchParams({ q, locale: pageLocale(), limit: '3' });
  try {
    const { results } = await api<SearchResult>(`/faq/search?${query}`, { auth: false });
    if (!results.length) return null;
    return h(
      'div',
      { 'data-status': status },
      h('h3', {}, t(`status.${status}`)),
      h('ul', {}, ...results.map((r) => h('li', {}, h('a', { href: helpArticleHref(pageLocale(), r.slug) }, r.question)))),
      h('p', {}, h('a', { href: helpSearchHref(pageLocale(), q) }, `${t('orderHelp.more')}: ${q}`)),
    );
  } catch {
    return null; // help is a bonus here: a failed search must not break the profile
  }
}

async function show(statuses: OrderStatus[]): Promise<void> {
  if (!section || !list) return;
  const unique = [...new Set(statuses)];
  section.hidden = unique.length === 0;
  if (!unique.length) return;
  const groups = (await Promise.all(unique.map(suggestions))).filter((g): g is HTMLElement => g !== null);
  list.replaceChildren(...(groups.length ? groups : [h('p', {}, t('orderHelp.none'))]));
  list.setAttribute('aria-busy', 'false');
}

document.addEventListener('portal:open-orders', (event) => {
  void show((event as CustomEvent<{ statuses: OrderStatus[] }>).detail.statuses);
});
if (section?.dataset.statuses) void show(section.dataset.statuses.split(',') as OrderStatus[]);
