import type { Principal } from '../auth/verify';
import { Forbidden } from '../commons/errors';
import type { Stores } from '../store';
import { refreshRelationship } from '../insights/relationship-service';
import { indexCustomer } from '../customers/service';
import type { OrderRecord } from '../orders/domain/order';
import { newProfile, presentProfile, type ProfilePatch, type StoredOrderFacts } from './domain/profile';

/** What the profile flows need from the app. */
export interface ProfileDeps {
  stores: Stores;
  now: () => Date;
}

/** The verified email a customer's profile and orders are keyed by. */
function ownerOf({ email }: Principal) {
  const owner = email?.trim().toLowerCase();
  if (!owner) throw new Forbidden('The token carries no verified email');
  return owner;
}

const factsOf = (order: OrderRecord): StoredOrderFacts => ({
  placedAt: order.placedAt,
  totalCents: order.totalCents,
  status: order.status,
  version: order.version ?? 0,
});

/**
 * Loads (or first creates) the caller's profile, found by the verified email, so a profile and
 * orders a shop fed in before the account existed are theirs on the first sign-in. Tier, stage
 * and spend come from the order facts kept on the same item: one read. A profile without them
 * yet (seeded, or from before they were kept) gets them from its orders, once.
 */
async function load({ stores, now }: ProfileDeps, principal: Principal) {
  const owner = ownerOf(principal);
  const stored = await stores.customers.get(owner);
  // A profile the shop's feed created knows only the email: note who signed in, once (staff see their tickets and chats).
  if (stored && stored.customerId === owner && principal.sub !== owner)
    await stores.directory.linkSubject(owner, principal.sub);
  if (stored?.orderFacts) return { record: stored, orders: Object.values(stored.orderFacts) };
  const [record, orders] = await Promise.all([
    stored ?? stores.customers.ensure(newProfile(principal.sub, owner, now())),
    stores.orders.allOfCustomer(owner),
  ]);
  if (await stores.customers.fillOrderFacts(owner, Object.fromEntries(orders.map((o) => [o.orderNumber, factsOf(o)]))))
    await refreshRelationship({ stores }, owner);
  return { record, orders: orders.map(factsOf) };
}

/**
 * Keeps an order's facts on its customer's item after the order was written (a shop's feed, a
 * cancel): the profile read never has to list orders. A first fact for a customer without the
 * map fills it from their orders; `previousEmail` is where the order was before the shop moved it.
 */
export async function keepOrderFacts(
  { stores }: Pick<ProfileDeps, 'stores'>,
  order: OrderRecord,
  previousEmail?: string,
) {
  if (previousEmail && previousEmail !== order.email) {
    await stores.customers.dropOrderFacts(previousEmail, order.orderNumber);
    await refreshRelationship({ stores }, previousEmail);
  }
  await keepFacts({ stores }, order);
  // The shop-wide relationship figures follow the customer's facts (insights/relationship-service).
  await refreshRelationship({ stores }, order.email);
}

async function keepFacts({ stores }: Pick<ProfileDeps, 'stores'>, order: OrderRecord) {
  const facts = factsOf(order);
  if (await stores.customers.keepOrderFacts(order.email, order.orderNumber, facts)) return;
  const orders = await stores.orders.allOfCustomer(order.email);
  const filled = Object.fromEntries(orders.map((o) => [o.orderNumber, factsOf(o)]));
  if (await stores.customers.fillOrderFacts(order.email, filled)) return;
  // The map exists (someone filled it meanwhile) or newer facts are there: one more try settles it.
  await stores.customers.keepOrderFacts(order.email, order.orderNumber, facts);
}

/** The caller's profile with tier, stage and greeting derived from their orders. */
export async function currentProfile(deps: ProfileDeps, principal: Principal) {
  const { record, orders } = await load(deps, principal);
  return presentProfile(record, orders, deps.now());
}

/** Applies the caller's changes and answers with the new profile. */
export async function updateProfile(deps: ProfileDeps, principal: Principal, patch: ProfilePatch) {
  const { orders } = await load(deps, principal);
  const updated = await deps.stores.customers.update(ownerOf(principal), patch, deps.now());
  if (patch.name !== undefined) await indexCustomer(deps, updated);
  return presentProfile(updated, orders, deps.now());
}
