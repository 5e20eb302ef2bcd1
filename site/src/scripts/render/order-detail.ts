import { h } from '../../lib/dom';
import { dateTime, day, money } from '../../lib/format';
import type { GuestOrder, OrderDetail, TimelineStep } from '../../lib/api/types';
import { t } from '../../lib/ui';
import { statusBadge } from './order-summary';

const fact = (term: string, value: Node | string) => [h('dt', {}, term), h('dd', {}, value)];

type Upcoming = OrderDetail['upcoming'][number];

/**
 * Status history, oldest first, the latest step marked current, then what happens next greyed
 * out (with the expected date where there is one). Titles and descriptions come localised from the server.
 */
export function timeline(steps: TimelineStep[], upcoming: Upcoming[] = []): HTMLElement {
  const ordered = [...steps].sort((a, b) => a.at.localeCompare(b.at));
  const list = h('ol', { class: 'timeline' });
  ordered.forEach((step, i) => {
    const current = i === ordered.length - 1;
    const tracking = [step.carrier, step.trackingNumber].filter(Boolean).join(' · ');
    list.append(
      h(
        'li',
        {
          class: current ? 'current' : undefined,
          'data-status': step.status,
          'aria-current': current ? 'step' : undefined,
        },
        h('time', { class: 'when', datetime: step.at }, dateTime(step.at)),
        h('h3', {}, step.title),
        h('p', {}, step.description),
        tracking ? h('p', { class: 'meta' }, `${t('order.tracking')}: ${tracking}`) : null,
        step.location ? h('p', { class: 'meta' }, `${t('order.location')}: ${step.location}`) : null,
        step.note ? h('p', {}, step.note) : null,
      ),
    );
  });
  for (const step of upcoming)
    list.append(
      h(
        'li',
        { class: 'upcoming', 'data-status': step.status },
        h(
          'span',
          { class: 'when' },
          step.expectedDate ? `${t('order.upcoming')} · ${day(step.expectedDate)}` : t('order.upcoming'),
        ),
        h('h3', {}, step.rmaId ? `${step.title} (${step.rmaId})` : step.title),
      ),
    );
  return h(
    'section',
    { 'aria-labelledby': 'timeline-title' },
    h('h2', { id: 'timeline-title' }, t('order.timeline')),
    list,
  );
}

/** The facts, tracking, items and timeline of an order; shared by the account and guest views. */
export function orderDetail(order: OrderDetail | GuestOrder): DocumentFragment {
  const facts = h(
    'dl',
    { class: 'facts' },
    ...fact(t('order.status'), statusBadge(order)),
    ...fact(t('order.placed'), day(order.placedAt)),
    ...(order.deliveredAt
      ? fact(t('order.deliveredAt'), day(order.deliveredAt))
      : order.expectedDelivery && !['cancelled', 'returned'].includes(order.status)
        ? fact(t('order.expected'), day(order.expectedDelivery))
        : []),
    ...fact(t('order.total'), money(order.totalCents, order.currency)),
  );
  const tracking = order.tracking
    ? h(
        'section',
        { 'aria-labelledby': 'tracking-title' },
        h('h2', { id: 'tracking-title' }, t('order.tracking')),
        h(
          'dl',
          { class: 'facts' },
          ...fact(t('order.carrier'), order.tracking.carrier),
          ...fact(t('order.trackingNumber'), order.tracking.trackingNumber),
        ),
        order.tracking.url && /^https?:\/\//.test(order.tracking.url)
          ? h(
              'p',
              {},
              h('a', { href: order.tracking.url, rel: 'noopener noreferrer', target: '_blank' }, t('order.trackLink')),
            )
          : null,
      )
    : null;
  const priced = order.items.some((item) => 'unitPriceCents' in item);
  const items = h(
    'section',
    { 'aria-labelledby': 'items-title' },
    h('h2', { id: 'items-title' }, t('order.items')),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('order.item')),
            h('th', { scope: 'col', class: 'num' }, t('order.qty')),
            priced ? h('th', { scope: 'col', class: 'num' }, t('order.price')) : null,
          ),
        ),
        h(
          'tbody',
          {},
          ...order.items.map((item) =>
            h(
              'tr',
              {},
              h('td', {}, item.name),
              h('td', { class: 'num' }, String(item.quantity)),
              priced
                ? h('td', { class: 'num' }, 'unitPriceCents' in item ? money(item.unitPriceCents, order.currency) : '')
                : null,
            ),
          ),
        ),
      ),
    ),
  );
  const address =
    'shippingAddress' in order && order.shippingAddress
      ? h(
          'section',
          { 'aria-labelledby': 'address-title' },
          h('h2', { id: 'address-title' }, t('order.shipTo')),
          h(
            'address',
            {},
            ...[
              order.shippingAddress.name,
              order.shippingAddress.line1,
              `${order.shippingAddress.postalCode} ${order.shippingAddress.city}`,
              order.shippingAddress.country,
            ].flatMap((line, i) => (i ? [h('br'), line] : [line])),
          ),
        )
      : null;
  const fragment = document.createDocumentFragment();
  fragment.append(
    facts,
    ...[tracking, timeline(order.timeline, 'upcoming' in order ? order.upcoming : []), items, address].filter(
      (n): n is HTMLElement => Boolean(n),
    ),
  );
  return fragment;
}
