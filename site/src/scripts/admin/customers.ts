import { announce, byId, h } from '../../lib/dom';
import { errorMessage } from '../../lib/messages';
import { localHref } from '../../lib/ui';
import { pageAlert, startAdminPage } from './gate';
import { api, ok } from '../../lib/api/client';
import { localeName, tr } from './i18n';
import { table } from './render';
import type { CustomerHit } from '../../lib/api/types';

const form = byId<HTMLFormElement>('customer-search');
const input = byId<HTMLInputElement>('c-query');
const status = byId('customers-status');

const matched = (c: CustomerHit) =>
  c.matched === 'order'
    ? tr('customers.matched.order', { n: c.orderNumber ?? '' })
    : tr(`customers.matched.${c.matched}`);

/** Searches and shows the hits; an empty query shows nothing (the page still checks the caller). */
async function load(q: string): Promise<void> {
  history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
  if (!q) {
    byId('customer-table').replaceChildren();
    return;
  }
  const { customers } = await ok(api.GET('/admin/customers', { params: { query: { q } } }));
  byId('customer-table').replaceChildren(
    customers.length
      ? table(
          tr('customers.title'),
          [
            tr('customers.name'),
            tr('customers.email'),
            tr('admin.field.locale'),
            tr('customers.tier'),
            tr('customers.stage'),
            tr('customers.orders'),
            tr('customers.matched'),
          ],
          customers.map((c) => [
            h('a', { href: localHref(`admin/customers/view/?id=${encodeURIComponent(c.id)}`) }, c.name),
            c.email,
            localeName(c.locale),
            tr(`customers.tier.${c.tier}`),
            tr(`customers.stage.${c.stage}`),
            c.orderCount,
            matched(c),
          ]),
          { numeric: [5], hideCaption: true },
        )
      : '',
  );
  announce(status, customers.length ? tr('customers.count', { n: customers.length }) : tr('customers.empty'));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  load(input.value.trim()).catch((error: unknown) => announce(pageAlert(), errorMessage(error), 'error'));
});

await startAdminPage(async () => {
  const q = new URLSearchParams(location.search).get('q') ?? '';
  input.value = q;
  // Without a query, one harmless search still tells a customer this page is for staff.
  if (q) await load(q);
  else await ok(api.GET('/admin/customers', { params: { query: { q: 'zz' } } }));
});
