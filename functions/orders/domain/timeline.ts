import { pack } from '../../../locales/packs';
import type { Locale } from '../../../locales/registry';
import { CANCELLABLE_STATUSES, SHIPPED_OR_LATER, type OrderRecord, type TimelineEvent } from './order';

const fill = (template: string, values: Record<string, string | undefined>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '—');

/** One timeline event in plain words, in the customer's language. */
export function describeEvent(event: TimelineEvent, record: OrderRecord, locale: Locale) {
  const text = pack(locale).orders.status[event.status];
  const description = fill(text.done, {
    carrier: event.carrier ?? record.tracking?.carrier,
    tracking: event.trackingNumber ?? record.tracking?.trackingNumber,
    date: record.expectedDelivery,
    location: event.location,
  });
  return { ...event, title: text.title, description };
}

/** Events oldest first; a stored timeline is append-only but seeds may come unordered. */
const sortedTimeline = (record: OrderRecord) => [...record.timeline].sort((a, b) => a.at.localeCompare(b.at));

export function deliveredAt(record: OrderRecord): string | undefined {
  return record.status === 'delivered' ? record.timeline.findLast((e) => e.status === 'delivered')?.at : undefined;
}

/** Whether the order still allows a cancel, and if not, why (in the customer's language). */
export function cancellability(record: OrderRecord, locale: Locale): { canCancel: boolean; cancelReason?: string } {
  if (CANCELLABLE_STATUSES.includes(record.status)) return { canCancel: true };
  if (record.status === 'cancelled') return { canCancel: false };
  const refused = pack(locale).orders.cancelRefused;
  const reason =
    record.status === 'delivered'
      ? refused.delivered
      : SHIPPED_OR_LATER.includes(record.status) && record.status !== 'returned'
        ? refused.shipped
        : refused.closed;
  return { canCancel: false, cancelReason: reason };
}

/** The list view of an order. */
export function toSummary(record: OrderRecord, locale: Locale) {
  const finished = ['delivered', 'cancelled', 'returned'].includes(record.status);
  return {
    orderNumber: record.orderNumber,
    status: record.status,
    statusText: pack(locale).orders.status[record.status].title,
    placedAt: record.placedAt,
    expectedDelivery: finished ? undefined : record.expectedDelivery,
    deliveredAt: deliveredAt(record),
    tracking: record.tracking,
    itemCount: record.items.reduce((n, item) => n + item.quantity, 0),
    totalCents: record.totalCents,
    currency: record.currency,
  };
}

/** The owner's full view: items, address, the described timeline and what they can still do. */
export function toDetail(record: OrderRecord, locale: Locale) {
  return {
    ...toSummary(record, locale),
    items: record.items,
    shippingAddress: record.shippingAddress,
    timeline: sortedTimeline(record).map((event) => describeEvent(event, record, locale)),
    actions: cancellability(record, locale),
  };
}

/** A guest's view: status and timeline only; no address, name or prices of lines. */
export function toGuestView(record: OrderRecord, locale: Locale) {
  return {
    ...toSummary(record, locale),
    items: record.items.map(({ name, quantity }) => ({ name, quantity })),
    timeline: sortedTimeline(record).map((event) => describeEvent(event, record, locale)),
  };
}
