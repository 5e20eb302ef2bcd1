import { announce, byId, h } from '../../lib/dom';
import { dateTime, day, money } from '../../lib/format';
import { localHref } from '../../lib/ui';
import { pageAlert, startAdminPage } from './gate';
import { api, isStatus, ok } from '../../lib/api/client';
import { localeName, tr } from './i18n';
import { table } from './render';
import { showNotes } from './customer-notes';
import type { CustomerPicture } from '../../lib/api/types';

type Order = CustomerPicture['orders'][number];

const id = new URLSearchParams(location.search).get('id') ?? '';
const none = () => h('p', {}, tr('admin.none'));
const facts = (rows: [string, Node | string][]) => rows.flatMap(([dt, dd]) => [h('dt', {}, dt), h('dd', {}, dd)]);

function orderBlock(order: Order): HTMLElement {
  const rows: [string, Node | string][] = [
    [tr('admin.field.status'), tr(`status.${order.status}`)],
    [tr('customer.placed'), dateTime(order.placedAt)],
    [tr('customer.total'), money(order.totalCents, order.currency)],
    [tr('customers.orders'), order.items.map((i) => `${i.quantity} × ${i.name}`).join(', ')],
  ];
  if (order.tracking) {
    const text = `${order.tracking.carrier} ${order.tracking.trackingNumber}`;
    rows.push([tr('customer.tracking'), order.tracking.url ? h('a', { href: order.tracking.url }, text) : text]);
  }
  if (order.expectedDelivery) rows.push([tr('customer.expected'), day(order.expectedDelivery)]);
  return h(
    'article',
    { class: 'customer-order', 'aria-labelledby': `order-${order.orderNumber}` },
    h('h3', { id: `order-${order.orderNumber}` }, tr('customer.order', { n: order.orderNumber })),
    h('dl', { class: 'facts' }, ...facts(rows)),
    h(
      'ol',
      { class: 'timeline' },
      ...order.timeline.map((e) =>
        h(
          'li',
          {},
          `${dateTime(e.at)} · ${tr(`status.${e.status}`)}${e.carrier ? ` · ${e.carrier}` : ''}${e.trackingNumber ? ` ${e.trackingNumber}` : ''}${e.note ? ` · ${e.note}` : ''}`,
        ),
      ),
    ),
  );
}

function render(p: CustomerPicture): void {
  const c = p.customer;
  byId('page-title').textContent = c.name;
  document.title = `${c.name} · ${document.title.split(' · ').slice(1).join(' · ')}`;
  byId('customer-facts').replaceChildren(
    ...facts([
      [tr('customers.email'), c.email],
      [tr('admin.field.locale'), localeName(c.locale)],
      [tr('customers.tier'), tr(`customers.tier.${c.tier}`)],
      [tr('customers.stage'), tr(`customers.stage.${c.stage}`)],
      [tr('customer.since'), day(c.customerSince)],
      [tr('customers.orders'), String(c.stats.orderCount)],
      [tr('customer.openOrders'), String(c.openOrders)],
      [tr('customer.spent'), money(c.stats.spentLast12MonthsCents, p.orders[0]?.currency ?? 'EUR')],
      [tr('customer.lastOrder'), c.stats.lastOrderAt ? dateTime(c.stats.lastOrderAt) : tr('admin.none')],
      [tr('customer.updates'), tr(c.preferences.orderUpdates ? 'customer.yes' : 'customer.no')],
    ]),
  );
  byId('customer-orders').replaceChildren(...(p.orders.length ? p.orders.map(orderBlock) : [none()]));
  byId('customer-tickets').replaceChildren(
    p.tickets.length
      ? table(
          tr('customer.tickets'),
          [tr('tickets.id'), tr('admin.field.status'), tr('tickets.reason'), tr('tickets.created')],
          p.tickets.map((t) => [
            h('a', { href: localHref(`admin/tickets/view/?id=${encodeURIComponent(t.id)}`) }, t.id),
            tr(`tickets.status.${t.status}`),
            t.reason,
            dateTime(t.createdAt),
          ]),
          { hideCaption: true },
        )
      : none(),
  );
  byId('customer-chats').replaceChildren(
    p.chats.length
      ? table(
          tr('customer.chats'),
          [tr('customer.started'), tr('customer.turns'), tr('customer.rating')],
          p.chats.map((s) => [dateTime(s.createdAt), s.turns, s.rating === undefined ? '' : `${s.rating}/5`]),
          { numeric: [1], hideCaption: true },
        )
      : none(),
  );
  const given = [
    ...p.feedback.nps.map((n) => ({
      at: n.at,
      text: `${tr('customer.nps', { score: n.score })}${n.orderNumber ? ` · ${tr('customer.order', { n: n.orderNumber })}` : ''}${n.comment ? ` · ${tr('customer.comment')}: ${n.comment}` : ''}`,
    })),
    ...p.feedback.csat.map((s) => ({ at: s.at, text: tr('customer.csat', { score: s.score }) })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  byId('customer-feedback').replaceChildren(
    ...(given.length
      ? given.map((g) => h('li', {}, `${dateTime(g.at)} · ${g.text}`))
      : [h('li', {}, tr('admin.none'))]),
  );
  showNotes(c.id, p.notes);
  byId('customer-messages').replaceChildren(
    p.messages.length
      ? table(
          tr('customer.messages'),
          [tr('customer.subject'), tr('admin.field.status'), tr('customer.created'), tr('customer.sent')],
          p.messages.map((m) => [
            m.subject,
            tr(`customer.message.${m.status}`),
            dateTime(m.createdAt),
            m.sentAt ? dateTime(m.sentAt) : '',
          ]),
          { hideCaption: true },
        )
      : none(),
  );
}

await startAdminPage(async () => {
  // Even without an id, ask the API first, so a customer sees "staff only".
  const found = id
    ? await ok(api.GET('/admin/customers/{id}', { params: { path: { id } } })).catch((error: unknown) => {
        if (isStatus(error, 404) || isStatus(error, 400)) return undefined;
        throw error;
      })
    : await ok(api.GET('/admin/customers', { params: { query: { q: 'zz' } } })).then(() => undefined);
  if (!found) {
    announce(pageAlert(), tr(id ? 'customer.notFound' : 'customer.missing'), 'error');
    return false;
  }
  render(found);
});
