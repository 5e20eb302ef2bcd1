import type { OrderSummary } from '../../lib/api/types';
import { h } from '../../lib/dom';
import { day, money } from '../../lib/format';
import { localHref, t } from '../../lib/ui';

/** A status badge; the server words it in the requested locale (`statusText`). */
export const statusBadge = (order: Pick<OrderSummary, 'status' | 'statusText'>): HTMLElement =>
  h('span', { class: 'badge', 'data-status': order.status }, order.statusText || t(`status.${order.status}`));

/** The link to one order's detail page. */
const orderHref = (orderNumber: string): string => localHref(`orders/view/?n=${encodeURIComponent(orderNumber)}`);

/** One order in a list: number (link), status, dates, total. */
export function orderSummaryItem(order: OrderSummary): HTMLLIElement {
  return h(
    'li',
    { 'data-order': order.orderNumber },
    h(
      'div',
      { class: 'top' },
      h('a', { href: orderHref(order.orderNumber) }, t('orders.view', { n: order.orderNumber })),
      statusBadge(order),
    ),
    h(
      'p',
      { class: 'meta' },
      h('span', {}, t('orders.placed', { date: day(order.placedAt) })),
      h('span', {}, t('orders.items', { n: order.itemCount })),
      h('span', {}, `${t('orders.total')}: ${money(order.totalCents, order.currency)}`),
      order.expectedDelivery && !['delivered', 'cancelled', 'returned'].includes(order.status)
        ? h('span', {}, t('orders.expected', { date: day(order.expectedDelivery) }))
        : null,
    ),
  );
}
