import { DEFAULT_LOCALE, type Locale } from '../../../locales/registry';
import {
  type OrderLine,
  type OrderRecord,
  type OrderStatus,
  RETURN_STEPS,
  type ReturnStep,
  type TimelineEvent,
} from './order';
import { applyReturnEvent } from './returns';

/** The id of the step a shop's order write puts on the timeline (at `placedAt`); no event id can be it. */
export const ORDER_STEP_ID = '#order';

/** An order as a shop sends it (PUT /api/integrations/orders/{orderNumber}). */
export interface FedOrder {
  customer: { email: string; name?: string; locale?: Locale };
  placedAt: string;
  currency: string;
  items: { sku?: string; name: string; quantity: number; unitPriceCents: number }[];
  totalCents: number;
  shippingAddress?: OrderRecord['shippingAddress'];
  status?: OrderStatus;
  expectedDelivery?: string;
}

/** A status event as a shop sends it (POST .../events); a return's step names its `rmaId`. */
export interface FedEvent {
  eventId: string;
  type: OrderStatus | ReturnStep;
  rmaId?: string;
  at: string;
  carrier?: string;
  trackingNumber?: string;
  trackingUrl?: string;
  expectedDelivery?: string;
  note?: string;
}

/**
 * Line ids that stay put when the shop sends the order again: the SKU (with `-2`, `-3` for a
 * repeated SKU), else the line's position.
 */
export function withLineIds(items: FedOrder['items']): OrderLine[] {
  const seen = new Map<string, number>();
  return items.map((item, i) => {
    if (!item.sku) return { lineId: `L${i + 1}`, ...item };
    const n = (seen.get(item.sku) ?? 0) + 1;
    seen.set(item.sku, n);
    return { lineId: n === 1 ? item.sku : `${item.sku}-${n}`, ...item };
  });
}

const isReturnStep = (type: string): type is ReturnStep => (RETURN_STEPS as readonly string[]).includes(type);

/** Times kept in one form (UTC, milliseconds), so they sort as strings too. */
const iso = (at: string) => new Date(at).toISOString();

const byTime = (a: TimelineEvent, b: TimelineEvent) =>
  Date.parse(a.at) - Date.parse(b.at) || (a.eventId ?? '').localeCompare(b.eventId ?? '');

/**
 * Derives what follows from the timeline: the timeline in time order, the status of its latest
 * step, and the tracking and expected date of the latest step that gave one. Pure; the order
 * events arrived in never matters.
 */
function settle(record: OrderRecord, trackingUrls: Record<string, string | undefined> = {}): OrderRecord {
  const timeline = [...record.timeline].sort(byTime);
  const latest = timeline.at(-1);
  const tracked = timeline.findLast((e) => e.carrier || e.trackingNumber);
  const tracking = tracked
    ? {
        carrier: tracked.carrier ?? record.tracking?.carrier ?? '',
        trackingNumber: tracked.trackingNumber ?? record.tracking?.trackingNumber ?? '',
        ...((trackingUrls[tracked.eventId ?? ''] ?? record.tracking?.url)
          ? { url: trackingUrls[tracked.eventId ?? ''] ?? record.tracking?.url }
          : {}),
      }
    : record.tracking;
  return { ...record, timeline, status: latest?.status ?? record.status, ...(tracking ? { tracking } : {}) };
}

/** The parts of a record a repeat must reproduce exactly for it to be "no change". */
const comparable = ({ updatedAt: _u, version: _v, ...rest }: OrderRecord) => JSON.stringify(rest);

export type Applied = { changed: false; record: OrderRecord } | { changed: true; record: OrderRecord };

/**
 * Creates or replaces an order from what the shop sent. The shop's own facts (customer, lines,
 * totals, address) are replaced; the events already applied stay on the timeline, so a replace
 * never loses a shipment. The same body twice changes nothing.
 */
export function applyOrder(
  existing: OrderRecord | undefined,
  orderNumber: string,
  input: FedOrder,
  now: Date,
): Applied {
  const placedAt = iso(input.placedAt);
  const step: TimelineEvent = { status: input.status ?? 'placed', at: placedAt, eventId: ORDER_STEP_ID };
  const kept = (existing?.timeline ?? []).filter((e) => e.eventId !== ORDER_STEP_ID);
  const next = settle({
    orderNumber,
    email: input.customer.email.trim().toLowerCase(),
    locale: input.customer.locale ?? existing?.locale ?? DEFAULT_LOCALE,
    placedAt,
    status: step.status,
    currency: input.currency,
    items: withLineIds(input.items),
    totalCents: input.totalCents,
    ...(input.shippingAddress ? { shippingAddress: input.shippingAddress } : {}),
    ...(existing?.tracking ? { tracking: existing.tracking } : {}),
    ...(existing?.returns ? { returns: existing.returns } : {}),
    ...(existing?.invoice ? { invoice: existing.invoice } : {}),
    ...((input.expectedDelivery ?? existing?.expectedDelivery)
      ? { expectedDelivery: input.expectedDelivery ?? existing?.expectedDelivery }
      : {}),
    timeline: [step, ...kept],
    updatedAt: now.toISOString(),
    version: existing?.version ?? 0,
  });
  if (existing && comparable(next) === comparable(existing)) return { changed: false, record: existing };
  return { changed: true, record: next };
}

/**
 * Applies one status event. The same event id twice changes nothing; events arriving out of
 * order leave the order in the state of the latest `at`, with the timeline in time order.
 */
export function applyEvent(record: OrderRecord, event: FedEvent, now: Date): Applied {
  const { type } = event;
  if (isReturnStep(type)) return applyReturnEvent(record, { ...event, type }, now);
  if (record.timeline.some((e) => e.eventId === event.eventId)) return { changed: false, record };
  const step: TimelineEvent = {
    status: type,
    at: iso(event.at),
    eventId: event.eventId,
    ...(event.carrier ? { carrier: event.carrier } : {}),
    ...(event.trackingNumber ? { trackingNumber: event.trackingNumber } : {}),
    ...(event.note ? { note: event.note } : {}),
  };
  const next = settle(
    { ...record, timeline: [...record.timeline, step], updatedAt: now.toISOString() },
    { [event.eventId]: event.trackingUrl },
  );
  const newest = next.timeline.at(-1)?.eventId === event.eventId;
  return {
    changed: true,
    record: {
      ...next,
      ...(event.expectedDelivery && newest ? { expectedDelivery: event.expectedDelivery } : {}),
    },
  };
}
