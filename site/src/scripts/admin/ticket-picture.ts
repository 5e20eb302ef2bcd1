/** The customer's picture beside a ticket: what the portal knows, so the agent never asks. */
import { h } from '../../lib/dom';
import { dateTime, day, money } from '../../lib/format';
import { localHref } from '../../lib/ui';
import { localeName, tr } from './i18n';
import { statusBadge } from './ticket-format';
import type { Ticket } from '../../lib/api/types';

export function picture(ticket: Ticket): Node[] {
  const c = ticket.customer;
  if (!c)
    return [
      h(
        'p',
        {},
        ticket.contact.email ? tr('ticket.guestContact', { email: ticket.contact.email }) : tr('ticket.noContact'),
      ),
    ];
  const facts: [string, string][] = [
    [tr('tickets.contact'), `${c.name}, ${c.email}`],
    [tr('admin.field.locale'), localeName(c.locale)],
    [tr('ticket.tier'), c.tier],
    [tr('ticket.stage'), c.stage],
    [tr('ticket.since'), day(c.customerSince)],
    [
      tr('ticket.orders'),
      `${c.orderCount} · ${money(c.spentLast12MonthsCents, c.openOrders[0]?.currency ?? c.recentOrders[0]?.currency ?? 'USD')}`,
    ],
  ];
  if (c.namedAgent) facts.push([tr('ticket.namedAgent'), c.namedAgent]);
  const orders = c.openOrders.length ? c.openOrders : [];
  return [
    h('dl', { class: 'facts' }, ...facts.flatMap(([dt, dd]) => [h('dt', {}, dt), h('dd', {}, dd)])),
    h('h3', {}, tr('ticket.openOrders')),
    orders.length
      ? h(
          'ul',
          {},
          ...orders.map((o) =>
            h(
              'li',
              { 'data-order': o.orderNumber },
              `${o.orderNumber} · ${o.statusText} · ${day(o.placedAt)}${o.expectedDelivery ? ` → ${day(o.expectedDelivery)}` : ''}`,
            ),
          ),
        )
      : h('p', {}, tr('admin.none')),
    h('h3', {}, tr('ticket.earlier')),
    c.earlierTickets.length
      ? h(
          'ul',
          {},
          ...c.earlierTickets.map((e) =>
            h(
              'li',
              {},
              h('a', { href: localHref(`admin/tickets/view/?id=${encodeURIComponent(e.id)}`) }, e.id),
              ' ',
              statusBadge(e.status),
              ` ${e.reason} · ${dateTime(e.createdAt)}${e.csat ? ` · ${tr('ticket.csat', { score: e.csat })}` : ''}`,
            ),
          ),
        )
      : h('p', {}, tr('admin.none')),
  ];
}
