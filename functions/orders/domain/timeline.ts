import { pack } from '../../../locales/packs';
import type { Locale } from '../../../locales/registry';
import { addressChangeability } from './address';
import { invoiceability } from './invoice';
import {
  CANCELLABLE_STATUSES,
  type OrderRecord,
  type OrderStatus,
  RETURN_STEPS,
  type ReturnEvent,
  type ReturnRecord,
  SHIPPED_OR_LATER,
  type TimelineEvent,
} from './order';
import { returnability, returnableQuantity, returnWindow } from './returns';
import { fill } from './text';

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

/** The site page with a return's printable label. */
export const labelPath = (locale: Locale, orderNumber: string, rmaId: string) =>
  `/${locale}/orders/return/?n=${encodeURIComponent(orderNumber)}&rma=${encodeURIComponent(rmaId)}`;

/** One step of a return on the order's timeline, in the customer's language. */
function describeReturnEvent(event: ReturnEvent, ret: ReturnRecord, locale: Locale) {
  const text = pack(locale).orders.returnStep[event.step];
  return {
    status: event.step,
    at: event.at,
    rmaId: ret.rmaId,
    ...(event.note ? { note: event.note } : {}),
    title: text.title,
    description: fill(text.done, { rma: ret.rmaId }),
  };
}

/** The usual journey of a parcel; a delay or a failed attempt sits on it where it happened. */
const JOURNEY: OrderStatus[] = ['placed', 'paid', 'packed', 'shipped', 'out_for_delivery', 'delivered'];
const ON_JOURNEY: Partial<Record<OrderStatus, OrderStatus>> = {
  delayed: 'shipped',
  delivery_attempted: 'out_for_delivery',
};

/**
 * What happens next: the steps the order (and each open return) has still to go through, in
 * order, the arrival with its expected date. Nothing for an order whose journey ended.
 */
function upcoming(record: OrderRecord, locale: Locale) {
  const text = pack(locale).orders;
  const at = JOURNEY.indexOf(ON_JOURNEY[record.status] ?? record.status);
  const order =
    at < 0 || record.status === 'delivered'
      ? []
      : JOURNEY.slice(at + 1).map((status) => ({
          status,
          title: text.status[status].title,
          ...(status === 'delivered' && record.expectedDelivery ? { expectedDate: record.expectedDelivery } : {}),
        }));
  const returns = (record.returns ?? []).flatMap((ret) =>
    RETURN_STEPS.slice(RETURN_STEPS.indexOf(ret.status) + 1).map((status) => ({
      status,
      title: text.returnStep[status].title,
      rmaId: ret.rmaId,
    })),
  );
  return [...order, ...returns];
}

/** The rules the owner's view is judged by: the shop's return window and the moment of asking. */
export interface DetailRules {
  returnWindowDays: number;
  now: Date;
}

/** A return as its owner sees it, with the link to its label. */
export function returnView(record: OrderRecord, ret: ReturnRecord, locale: Locale) {
  const text = pack(locale).orders;
  return {
    rmaId: ret.rmaId,
    status: ret.status,
    statusText: text.returnStep[ret.status].title,
    items: ret.items.map((i) => ({
      ...i,
      name: record.items.find((l) => l.lineId === i.lineId)?.name ?? i.lineId,
    })),
    reason: ret.reason,
    reasonText: text.returnReason[ret.reason],
    resolution: ret.resolution,
    createdAt: ret.createdAt,
    labelUrl: labelPath(locale, record.orderNumber, ret.rmaId),
  };
}

/**
 * The owner's full view: items (with how many can still go back), address, the described
 * timeline with its returns, what happens next, and every action with the reason it is not
 * possible when it is not.
 */
export function toDetail(record: OrderRecord, locale: Locale, rules: DetailRules) {
  const window = returnWindow(record, rules.returnWindowDays, rules.now);
  const returnSteps = (record.returns ?? []).flatMap((ret) =>
    ret.events.map((event) => describeReturnEvent(event, ret, locale)),
  );
  const returnCheck = returnability(record, { windowDays: rules.returnWindowDays, now: rules.now, locale });
  return {
    ...toSummary(record, locale),
    items: record.items.map((line) => ({ ...line, returnableQuantity: returnableQuantity(record, line) })),
    shippingAddress: record.shippingAddress,
    timeline: [...sortedTimeline(record).map((event) => describeEvent(event, record, locale)), ...returnSteps].sort(
      (a, b) => a.at.localeCompare(b.at),
    ),
    upcoming: upcoming(record, locale),
    returns: (record.returns ?? []).map((ret) => returnView(record, ret, locale)),
    ...(window ? { returnWindow: window } : {}),
    actions: {
      ...cancellability(record, locale),
      canReturn: returnCheck.canReturn,
      ...(returnCheck.reason ? { returnReason: returnCheck.reason } : {}),
      ...addressChangeability(record, locale),
      ...invoiceability(record, locale),
    },
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
