import { type IntegrationDeps, putFedOrder } from '../functions/integrations/service';
import { applyOrder, type FedOrder } from '../functions/orders/domain/feed';
import { refreshRelationship } from '../functions/insights/relationship-service';
import { newProfile } from '../functions/profile/domain/profile';
import { type Delta, deltaBetween, summarise } from '../functions/insights/domain/customer-summary';

const DAY = 86_400_000;

/**
 * How customers are seeded: `stores` (default, see `seeder`) writes orders, profiles with their
 * order facts, summaries and the aggregates through the stores, batched; `feed` sends every
 * order through the integration service whole (also the staff search index and the retry
 * loop), about five times the requests.
 */
export const SEED_MODE = process.env.BENCH_REL_SEED === 'feed' ? 'feed' : 'stores';

/** Runs `run(0)` to `run(n - 1)`, `concurrency` at a time. */
export async function inParallel(n: number, concurrency: number, run: (i: number) => Promise<unknown>) {
  let next = 0;
  const worker = async () => {
    while (next < n) await run(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
}

/** Customer i's order j: placed over the last three years, spends spread over two decades. */
export function orderOf(prefix: string, i: number, j: number, now: number): FedOrder {
  const cents = 1_000 + ((i * 7_919 + j * 104_729) % 200_000);
  return {
    customer: { email: `${prefix.toLowerCase()}-${i}@bench.example`, name: `Bench Customer ${i}` },
    placedAt: new Date(now - ((i * 37 + j * 211) % 1_095) * DAY - j * DAY).toISOString(),
    currency: 'EUR',
    items: [{ sku: 'RUG-1', name: 'Wool rug', quantity: 1, unitPriceCents: cents }],
    totalCents: cents,
  };
}
/** Every third customer has a second order. */
export const ordersOf = (i: number) => (i % 3 === 0 ? 2 : 1);

/**
 * Seeds customers with their orders, as the feed leaves them for the relationship figures. In
 * `stores` mode each customer's orders and profile (with its order facts) are put through the
 * stores, the summary swapped in with `swapSummary` as `refreshRelationship` does, and the
 * customers' deltas (`deltaBetween`) added to the counter items once per `FLUSH_EVERY` customers
 * instead of four ADDs per customer: the same store calls, batched.
 */
export function seeder(deps: IntegrationDeps, prefix: string, now: number) {
  const FLUSH_EVERY = 500;
  let pending: Delta = {};
  let waiting = 0;
  const flushes: Promise<void>[] = [];
  const flush = () => {
    const delta = pending;
    pending = {};
    waiting = 0;
    flushes.push(deps.stores.relationship.add(delta));
  };
  const merge = (delta: Delta) => {
    for (const [part, attrs] of Object.entries(delta)) {
      const item = pending[part] ?? {};
      pending[part] = item;
      for (const [attr, n] of Object.entries(attrs)) item[attr] = (item[attr] ?? 0) + n;
    }
    if (++waiting >= FLUSH_EVERY) flush();
  };
  return {
    async customer(i: number) {
      const orders = Array.from({ length: ordersOf(i) }, (_, j) => ({
        n: `${prefix}${i}x${j}`,
        input: orderOf(prefix, i, j, now),
      }));
      if (SEED_MODE === 'feed') {
        for (const o of orders) await putFedOrder(deps, o.n, o.input);
        return;
      }
      const at = new Date(now);
      const records = orders.map((o) => applyOrder(undefined, o.n, o.input, at).record);
      await Promise.all(records.map((r) => deps.stores.orders.putIfUnchanged(r, undefined)));
      const { email, name } = orders[0]?.input.customer ?? { email: '' };
      const orderFacts = Object.fromEntries(
        records.map((r) => [
          r.orderNumber,
          { placedAt: r.placedAt, totalCents: r.totalCents, status: r.status, version: 1 },
        ]),
      );
      const profile = { ...newProfile(email, email, at), name: name ?? email, orderFacts };
      // A new item has no summary yet (version 0): swap one in and keep its delta for the next ADD.
      if ((await deps.stores.customers.ensure(profile)) !== profile) {
        await refreshRelationship(deps, email);
        return;
      }
      const summary = summarise(Object.values(orderFacts));
      if (!(await deps.stores.relationship.swapSummary(email, 0, summary))) throw new Error(`seed: ${email} changed`);
      merge(deltaBetween(null, summary));
    },
    async done() {
      flush();
      await Promise.all(flushes);
    },
  };
}
