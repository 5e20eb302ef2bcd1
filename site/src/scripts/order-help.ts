/** Fills components/OrderHelp.astro: suggested help articles per open-order status. */
import { api, ok } from '../lib/api/client';
import { h } from '../lib/dom';
import { helpArticleHref, helpSearchHref } from '../lib/links';
import type { OrderStatus } from '../lib/api/types';
import { pageLocale, t } from '../lib/ui';

const section = document.getElementById('order-help');
const list = document.getElementById('order-help-list');

async function suggestions(status: OrderStatus): Promise<HTMLElement | null> {
  const q = t(`helpQuery.${status}`);
  try {
    const { results } = await ok(
      api.GET('/faq/search', {
        auth: 'none',
        params: { query: { q, locale: pageLocale(), limit: 3, source: 'portal' } },
      }),
    );
    if (!results.length) return null;
    return h(
      'div',
      { 'data-status': status },
      h('h3', {}, t(`status.${status}`)),
      h(
        'ul',
        {},
        ...results.map((r) => h('li', {}, h('a', { href: helpArticleHref(pageLocale(), r.slug) }, r.question))),
      ),
      h('p', {}, h('a', { href: helpSearchHref(pageLocale(), q, true) }, `${t('orderHelp.more')}: ${q}`)),
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
