import { setTimeout as sleep } from 'node:timers/promises';
import { Conflict, NotFound } from '../commons/errors';
import type { Stores } from '../store';
import { type Applied, applyEvent, applyOrder, type FedEvent, type FedOrder } from '../orders/domain/feed';
import type { OrderRecord } from '../orders/domain/order';
import { newProfile } from '../profile/domain/profile';
import { keepOrderFacts } from '../profile/service';
import { ensureCustomer } from '../customers/service';
import { enqueue, type OutboxDeps } from '../outbox/service';
import { MESSAGE_KINDS, type MessageKind } from '../outbox/domain/message';
import { FEED_LIMITS } from './schemas';
import { inviteAfterDelivery } from '../insights/nps-service';
import { recordLeaving } from '../insights/service';
import { leavingReasonOf, type ShopCancelReason } from './domain/cancel-reason';

/** What the integration flows need from the app (the outbox, to tell customers what changed). */
export type IntegrationDeps = OutboxDeps & { stores: Stores; now: () => Date };

/** The message an event's status is worth, if any ('returned' is the refund the customer waits for). */
const messageKindOf = (status: FedEvent['type']): MessageKind | undefined =>
  status === 'returned'
    ? 'refund_issued'
    : (MESSAGE_KINDS as readonly string[]).includes(status)
      ? (status as MessageKind)
      : undefined;

/**
 * Tells the customer about the event that now decides the order's state, through the outbox. The
 * message id comes from the event id, so this runs on every delivery of the event, changed or
 * not: a crash after the order write and before this line is mended by the shop's retry of the
 * event it got no answer for, and a replay never enqueues twice. An older event arriving late
 * (not the order's latest) tells nobody anything.
 */
async function tellCustomer(deps: IntegrationDeps, order: OrderRecord, event: FedEvent): Promise<void> {
  const kind = messageKindOf(event.type);
  if (!kind || order.status !== event.type) return;
  const profile = await deps.stores.customers.get(order.email);
  await enqueue(
    deps,
    {
      kind,
      to: order.email,
      customerId: order.email,
      locale: profile?.locale ?? order.locale,
      key: [order.orderNumber, event.eventId, kind],
      facts: {
        orderNumber: order.orderNumber,
        name: profile?.name,
        carrier: order.tracking?.carrier,
        trackingNumber: order.tracking?.trackingNumber,
        trackingUrl: order.tracking?.url,
        expectedDelivery: order.expectedDelivery,
        amountCents: kind === 'refund_issued' ? order.totalCents : undefined,
        currency: order.currency,
      },
    },
    { profile },
  );
}

const MAX_ATTEMPTS = 100;

/**
 * Read, apply, write only if nobody wrote in between (the order's version), else again: two
 * writes to one order at the same moment never lose one. The apply step is pure and idempotent,
 * so a retry after a lost race is safe.
 */
async function writeOrder(
  { stores }: IntegrationDeps,
  orderNumber: string,
  apply: (existing: OrderRecord | undefined) => Applied,
) {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const existing = await stores.orders.get(orderNumber);
    const applied = apply(existing);
    if (!applied.changed)
      return {
        created: false,
        changed: false,
        order: applied.record,
        previousEmail: undefined,
        previousStatus: undefined,
      };
    if (await stores.orders.putIfUnchanged(applied.record, existing))
      return {
        created: !existing,
        changed: true,
        order: { ...applied.record, version: (existing?.version ?? 0) + 1 },
        previousEmail: existing?.email,
        previousStatus: existing?.status,
      };
    // Lost the race: back off a little, at random, so a crowd of writers spreads out.
    await sleep(Math.random() * 2 * Math.min(attempt + 1, 10));
  }
  throw new Conflict('The order is being changed by too many writers at once; try again');
}

/** Counts a shop's cancel among the reasons customers leave, when it is the customer's (see leavingReasonOf). */
async function countShopCancel(
  deps: IntegrationDeps,
  result: { changed: boolean; order: OrderRecord; previousStatus?: OrderRecord['status'] },
  reason: ShopCancelReason | undefined,
) {
  const leaving = result.changed ? leavingReasonOf(result.previousStatus, result.order.status, reason) : undefined;
  if (leaving) await recordLeaving(deps, 'cancel', leaving);
}

/**
 * Creates or replaces an order a shop sent. A first order for an email also creates that
 * customer's profile from what the shop knows (name, language), unless one exists. A Shopify
 * order that arrives cancelled may say why (`cancelReason`).
 */
export async function putFedOrder(
  deps: IntegrationDeps,
  orderNumber: string,
  input: FedOrder,
  { cancelReason }: { cancelReason?: ShopCancelReason } = {},
) {
  const result = await writeOrder(deps, orderNumber, (existing) =>
    applyOrder(existing, orderNumber, input, deps.now()),
  );
  if (result.changed) {
    const { email, name, locale } = input.customer;
    const base = newProfile(email, email, deps.now());
    await ensureCustomer(deps, {
      ...base,
      name: name ?? base.name,
      locale: locale ?? base.locale,
      orderFacts: {},
    });
    await keepOrderFacts(deps, result.order, result.previousEmail);
    await countShopCancel(deps, result, cancelReason);
  }
  return result;
}

/**
 * Applies one status event to an order (NotFound until the order was put); a cancel may say why
 * (`cancelReason`, Shopify's words).
 */
export async function addFedEvent(
  deps: IntegrationDeps,
  orderNumber: string,
  event: FedEvent & { cancelReason?: ShopCancelReason },
) {
  const result = await writeOrder(deps, orderNumber, (existing) => {
    if (!existing) throw new NotFound('Order');
    const applied = applyEvent(existing, event, deps.now());
    if (applied.changed && applied.record.timeline.length > FEED_LIMITS.events)
      throw new Conflict(`An order keeps at most ${FEED_LIMITS.events} events`);
    return applied;
  });
  // Both follow from the written order and are safe to repeat, so they go out together.
  await Promise.all([
    result.changed ? keepOrderFacts(deps, result.order) : undefined,
    tellCustomer(deps, result.order, event),
    inviteAfterDelivery(deps, result.order, event),
    countShopCancel(deps, result, event.cancelReason),
  ]);
  return result;
}
