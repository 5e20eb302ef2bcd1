import { setTimeout as sleep } from 'node:timers/promises';
import { Conflict, NotFound } from '../commons/errors';
import type { Stores } from '../store';
import { type Applied, applyEvent, applyOrder, type FedEvent, type FedOrder } from '../orders/domain/feed';
import type { OrderRecord } from '../orders/domain/order';
import { newProfile } from '../profile/domain/profile';
import { keepOrderFacts } from '../profile/service';
import { FEED_LIMITS } from './schemas';

/** What the integration flows need from the app. */
export interface IntegrationDeps {
  stores: Stores;
  now: () => Date;
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
    if (!applied.changed) return { created: false, changed: false, order: applied.record, previousEmail: undefined };
    if (await stores.orders.putIfUnchanged(applied.record, existing))
      return {
        created: !existing,
        changed: true,
        order: { ...applied.record, version: (existing?.version ?? 0) + 1 },
        previousEmail: existing?.email,
      };
    // Lost the race: back off a little, at random, so a crowd of writers spreads out.
    await sleep(Math.random() * 2 * Math.min(attempt + 1, 10));
  }
  throw new Conflict('The order is being changed by too many writers at once; try again');
}

/**
 * Creates or replaces an order a shop sent. A first order for an email also creates that
 * customer's profile from what the shop knows (name, language), unless one exists.
 */
export async function putFedOrder(deps: IntegrationDeps, orderNumber: string, input: FedOrder) {
  const result = await writeOrder(deps, orderNumber, (existing) =>
    applyOrder(existing, orderNumber, input, deps.now()),
  );
  if (result.changed) {
    const { email, name, locale } = input.customer;
    const base = newProfile(email, email, deps.now());
    await deps.stores.customers.ensure({
      ...base,
      name: name ?? base.name,
      locale: locale ?? base.locale,
      orderFacts: {},
    });
    await keepOrderFacts(deps, result.order, result.previousEmail);
  }
  return result;
}

/** Applies one status event to an order (NotFound until the order was put). */
export async function addFedEvent(deps: IntegrationDeps, orderNumber: string, event: FedEvent) {
  const result = await writeOrder(deps, orderNumber, (existing) => {
    if (!existing) throw new NotFound('Order');
    const applied = applyEvent(existing, event, deps.now());
    if (applied.changed && applied.record.timeline.length > FEED_LIMITS.events)
      throw new Conflict(`An order keeps at most ${FEED_LIMITS.events} events`);
    return applied;
  });
  if (result.changed) await keepOrderFacts(deps, result.order);
  return result;
}
