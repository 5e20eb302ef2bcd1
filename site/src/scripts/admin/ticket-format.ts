import { h } from '../../lib/dom';
import { intlLocale } from '../../lib/ui';
import { tr } from './i18n';
import type { TicketPriority, TicketRow, TicketStatus } from '../../lib/api/types';

/** A ticket's status as a badge. */
export const statusBadge = (s: TicketStatus) =>
  h('span', { class: 'badge', 'data-ticket': s }, tr(`tickets.status.${s}`));

export const priorityLabel = (p: TicketPriority | undefined) => tr(`tickets.priority.${p ?? 'normal'}`);

/** Minutes as "3 d 4 h", "2 h 5 min" or "7 min", in the page's language. */
export function duration(minutes: number): string {
  const unit = (unit: string, n: number) =>
    new Intl.NumberFormat(intlLocale(), { style: 'unit', unit, unitDisplay: 'narrow' }).format(n);
  const m = Math.abs(minutes);
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  if (days) return `${unit('day', days)} ${unit('hour', hours)}`;
  if (hours) return `${unit('hour', hours)} ${unit('minute', m % 60)}`;
  return unit('minute', m);
}

/** Time left to the next SLA target, flagged when past it. */
export function slaCell(sla: TicketRow['sla']): Node {
  if (sla.minutesLeft === undefined) return h('span', {}, tr('tickets.slaNone'));
  if (sla.breached)
    return h(
      'span',
      {},
      h('span', { class: 'badge', 'data-breached': '' }, tr('tickets.breached')),
      ' ',
      tr('tickets.slaOver', { time: duration(sla.minutesLeft) }),
    );
  return h('span', {}, tr('tickets.slaLeft', { time: duration(sla.minutesLeft) }));
}
