import { NotFound } from '../commons/errors';
import type { Config } from '../config';
import { withLookupSlot } from '../limits/service';
import type { Locale } from '../../locales/registry';
import type { Stores } from '../store';
import { keepOrderFacts } from '../profile/service';
import { type CancelReason, decideCancel } from './domain/cancel';
import { recordLeaving } from '../insights/service';
import { CANCELLABLE_STATUSES, type OrderRecord } from './domain/order';

/** What the order flows need from the app. */
export interface OrdersDeps {
  stores: Stores;
  config: Config;
  now: () => Date;
}

/**
 * The customer's own order, or undefined: another customer's order is indistinguishable from
 * a missing one. The one ownership check of orders (routes and the chatbot both use it): an
 * order is theirs when it was placed for the verified email they signed in with.
 */
export async function findOwnOrder({ stores }: OrdersDeps, ownerEmail: string, orderNumber: string) {
  const order = await stores.orders.get(orderNumber);
  return order && ownerEmail && order.email.toLowerCase() === ownerEmail.toLowerCase() ? order : undefined;
}

/** The rules the owner's view of an order is judged by: the shop's return window, and now. */
export const detailRules = ({ config, now }: OrdersDeps) => ({
  returnWindowDays: config.RETURN_WINDOW_DAYS,
  now: now(),
});

/** The customer's own order, or NotFound. */
export async function ownOrder(deps: OrdersDeps, ownerEmail: string, orderNumber: string): Promise<OrderRecord> {
  const order = await findOwnOrder(deps, ownerEmail, orderNumber);
  if (!order) throw new NotFound('Order');
  return order;
}

/** A page of the customer's orders, newest first. */
export const listOwnOrders = ({ stores }: OrdersDeps, ownerEmail: string, limit: number, cursor?: string) =>
  stores.orders.listByCustomer(ownerEmail, limit, cursor);

export type CancelOutcome =
  | { kind: 'cancelled' | 'unchanged'; order: OrderRecord }
  | { kind: 'refused'; reason: string; order: OrderRecord };

/**
 * Cancels an own order (NotFound when it is not theirs): one conditional write that only wins
 * while the order is still cancellable. Repeating it, or losing a race, changes nothing and says
 * why from what is stored now. The one cancel flow: the route and the chatbot both use it.
 */
export async function cancelOwnOrder(
  deps: OrdersDeps,
  ownerEmail: string,
  orderNumber: string,
  locale: Locale,
  why: { reason?: CancelReason; comment?: string } = {},
): Promise<CancelOutcome> {
  const order = await ownOrder(deps, ownerEmail, orderNumber);
  const decision = decideCancel(order, locale, deps.now());
  if (decision.kind === 'already-cancelled') return { kind: 'unchanged', order };
  if (decision.kind === 'refused') return { kind: 'refused', reason: decision.reason, order };
  const cancelled = await deps.stores.orders.cancel(orderNumber, ownerEmail, decision.event, CANCELLABLE_STATUSES);
  if (cancelled) {
    // Only the cancel that won counts its reason: a repeat or a lost race counts nothing.
    await Promise.all([
      keepOrderFacts(deps, cancelled),
      why.reason || why.comment ? recordLeaving(deps, 'cancel', why.reason ?? 'other', why.comment) : undefined,
    ]);
    return { kind: 'cancelled', order: cancelled };
  }
  // Lost a race (another cancel, or it shipped meanwhile): decide again on what is stored now.
  const fresh = await ownOrder(deps, ownerEmail, orderNumber);
  const again = decideCancel(fresh, locale, deps.now());
  return again.kind === 'refused'
    ? { kind: 'refused', reason: again.reason, order: fresh }
    : { kind: 'unchanged', order: fresh };
}

/**
 * A guest's order by number and the order's email, for the lookup route and the chatbot alike.
 * An unknown order and a wrong email both give undefined and both count as a failed try. The
 * failure slot is taken before anything is read (given back when the order is found), so a
 * client with no slot left gets 429 however many tries it sends at once.
 */
export async function findGuestOrder(
  deps: OrdersDeps,
  client: string,
  orderNumber: string,
  email: string,
): Promise<OrderRecord | undefined> {
  return withLookupSlot(deps, client, async () => {
    const order = await deps.stores.orders.get(orderNumber);
    return order && order.email.toLowerCase() === email.trim().toLowerCase() ? order : undefined;
  });
}
