import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { addFedEvent, type IntegrationDeps, putFedOrder } from '../functions/integrations/service';
import { applyOrder, type FedOrder } from '../functions/orders/domain/feed';
import { refreshRelationship } from '../functions/insights/relationship-service';
import { rebuildRelationship } from '../functions/insights/rebuild-service';
import { newProfile } from '../functions/profile/domain/profile';
import { type Delta, deltaBetween, summarise } from '../functions/insights/domain/customer-summary';
import { startLocalPortal } from '../functions/local/portal';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
/** Customer counts to measure at (`BENCH_REL_SIZES=10000,100000`), each seeded on top of the last. */
const SIZES = (process.env.BENCH_REL_SIZES ?? '10000,100000').split(',').map(Number);
/** Orders fed at once while seeding (each one the integration API's whole write path). */
const SEED_CONCURRENCY = Number(process.env.BENCH_REL_CONCURRENCY ?? 24);
/**
 * How customers are seeded: `stores` (default, see `seeder`) writes orders, profiles with their
 * order facts, summaries and the aggregates through the stores, batched; `feed` sends every
 * order through the integration service whole (also the staff search index and the retry
 * loop), about five times the requests.
 */
const SEED_MODE = process.env.BENCH_REL_SEED === 'feed' ? 'feed' : 'stores';
/** Order events per kind in the cost measure (each run once with and once without the aggregates). */
const COST_EVENTS = Number(process.env.BENCH_REL_COST_EVENTS ?? 300);
const DAY = 86_400_000;

const summary = (r: autocannon.Result) => ({
  rps: Math.round(r.requests.average),
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  non2xx: r.non2xx,
  errors: r.errors,
});

/**
 * Counts the DynamoDB requests of the real client and the capacity units DynamoDB (here dynalite)
 * says they consumed: a middleware asks every item operation for `ReturnConsumedCapacity: TOTAL`.
 * dynalite reports units for item reads and writes (not for Query or Scan, which these paths do
 * not use per event), and for the table only: on AWS an item whose index entry changes also
 * costs the index's write units.
 */
function meter(doc: DynamoDBDocumentClient) {
  const tally = { on: false, requests: 0, readUnits: 0, writeUnits: 0, byCommand: {} as Record<string, number> };
  const READS = new Set(['GetItemCommand', 'BatchGetItemCommand', 'QueryCommand', 'ScanCommand']);
  const WITH_CAPACITY = new Set([
    'GetItemCommand',
    'BatchGetItemCommand',
    'PutItemCommand',
    'UpdateItemCommand',
    'DeleteItemCommand',
    'BatchWriteItemCommand',
    'QueryCommand',
    'ScanCommand',
    'TransactWriteItemsCommand',
  ]);
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName ?? '');
      const input = args.input as Record<string, unknown>;
      if (tally.on && WITH_CAPACITY.has(name)) input.ReturnConsumedCapacity = 'TOTAL';
      const out = await next(args);
      if (tally.on) {
        tally.requests++;
        tally.byCommand[name] = (tally.byCommand[name] ?? 0) + 1;
        const consumed = (out.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
        const units = (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []).reduce(
          (n: number, c: { CapacityUnits?: number }) => n + (c.CapacityUnits ?? 0),
          0,
        );
        if (READS.has(name)) tally.readUnits += units;
        else tally.writeUnits += units;
      }
      return out;
    },
    { step: 'initialize', name: 'benchCapacityMeter' },
  );
  return {
    async measure(run: () => Promise<void>) {
      Object.assign(tally, { on: true, requests: 0, readUnits: 0, writeUnits: 0, byCommand: {} });
      const t0 = performance.now();
      await run();
      const ms = performance.now() - t0;
      tally.on = false;
      return {
        ms,
        requests: tally.requests,
        readUnits: tally.readUnits,
        writeUnits: tally.writeUnits,
        byCommand: { ...tally.byCommand },
      };
    },
  };
}

type Meter = ReturnType<typeof meter>;

async function inParallel(n: number, concurrency: number, run: (i: number) => Promise<unknown>) {
  let next = 0;
  const worker = async () => {
    while (next < n) await run(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
}

/** Customer i's order j: placed over the last three years, spends spread over two decades. */
function orderOf(prefix: string, i: number, j: number, now: number): FedOrder {
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
const ordersOf = (i: number) => (i % 3 === 0 ? 2 : 1);

/**
 * Seeds customers with their orders, as the feed leaves them for the relationship figures. In
 * `stores` mode each customer's orders and profile (with its order facts) are put through the
 * stores, the summary swapped in with `swapSummary` as `refreshRelationship` does, and the
 * customers' deltas (`deltaBetween`) added to the counter items once per `FLUSH_EVERY` customers
 * instead of four ADDs per customer: the same store calls, batched.
 */
function seeder(deps: IntegrationDeps, prefix: string, now: number) {
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

async function tokenOf(url: string, email: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo-password' }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** The integration write path with the relationship step taken out: a customer with no item to it. */
function withoutAggregates(deps: IntegrationDeps): IntegrationDeps {
  const relationship = {
    ...deps.stores.relationship,
    customerState: async () => ({ exists: false, facts: [], summary: null, version: 0 }),
  };
  return { ...deps, stores: { ...deps.stores, relationship } };
}

/**
 * What keeping the aggregates costs per order event: the same events through the integration
 * service, once as is and once with the relationship step taken out, counting requests and
 * capacity units per event and events per second (10 at once), alternating the two to share the
 * machine's noise. Three kinds: a first order (a new customer: summary swap and counter adds), a
 * status event that leaves the summary alone (one consistent read), a cancel (swap and adds).
 */
async function costPerEvent(deps: IntegrationDeps, m: Meter) {
  const now = Date.now();
  const kinds = {
    'first order (put)': (tag: string, d: IntegrationDeps) => (i: number) =>
      putFedOrder(d, `C${tag}${i}`, orderOf(`cost${tag}`, i, 0, now)),
    'status event (shipped)': (tag: string, d: IntegrationDeps) => (i: number) =>
      addFedEvent(d, `C${tag}${i}`, {
        eventId: `s${tag}${i}`,
        type: 'shipped',
        at: new Date(now - DAY / 2).toISOString(),
      }),
    'cancel event': (tag: string, d: IntegrationDeps) => (i: number) =>
      addFedEvent(d, `C${tag}${i}`, {
        eventId: `c${tag}${i}`,
        type: 'cancelled',
        at: new Date(now - DAY / 4).toISOString(),
      }),
  } as const;
  const variants = { with: deps, without: withoutAggregates(deps) };
  type Variant = keyof typeof variants;
  interface Measured {
    eventsPerSecond: number[];
    perEvent: { requests: number; readUnits: number; writeUnits: number; byCommand: Record<string, number> };
  }
  const perEvent = (n: number) => +(n / COST_EVENTS).toFixed(2);
  const rows = new Map<string, Partial<Record<Variant, Measured>>>();
  for (const round of [1, 2]) {
    for (const name of ['with', 'without'] as const) {
      const tag = `${name}${round}x${now.toString(36)}`;
      for (const [kind, make] of Object.entries(kinds)) {
        const run = make(tag, variants[name]);
        const r = await m.measure(() => inParallel(COST_EVENTS, CONNECTIONS, run));
        const row = rows.get(kind) ?? {};
        rows.set(kind, row);
        const mine: Measured = row[name] ?? {
          eventsPerSecond: [],
          perEvent: { requests: 0, readUnits: 0, writeUnits: 0, byCommand: {} },
        };
        row[name] = mine;
        mine.eventsPerSecond.push(Math.round((COST_EVENTS / r.ms) * 1000));
        mine.perEvent = {
          requests: perEvent(r.requests),
          readUnits: perEvent(r.readUnits),
          writeUnits: perEvent(r.writeUnits),
          byCommand: Object.fromEntries(Object.entries(r.byCommand).map(([c, n]) => [c, perEvent(n)])),
        };
      }
    }
  }
  const out: Record<string, unknown> = {};
  for (const [kind, row] of rows) {
    const w = row.with as Measured;
    const wo = row.without as Measured;
    const diff = (k: 'requests' | 'readUnits' | 'writeUnits') => +(w.perEvent[k] - wo.perEvent[k]).toFixed(2);
    out[kind] = {
      with: w,
      without: wo,
      aggregates: {
        extraRequests: diff('requests'),
        extraReadUnits: diff('readUnits'),
        extraWriteUnits: diff('writeUnits'),
        throughputWithVsWithout: +(Math.max(...w.eventsPerSecond) / Math.max(...wo.eventsPerSecond)).toFixed(2),
      },
    };
  }
  return { eventsPerKind: COST_EVENTS, concurrency: CONNECTIONS, ...out };
}

/**
 * The relationship insights read at growing numbers of customers, seeded through the stores (see
 * `seeder`, `SEED_CONCURRENCY` customers at once), beside the order-detail
 * read in the same run: the read takes a fixed set of counter items, so it should not grow with
 * customers. Then the rebuild check over the largest table, and the cost per order event of keeping
 * the aggregates.
 */
export async function benchRelationship(): Promise<Record<string, unknown>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'portal-bench-rel-'));
  const portal = await startLocalPortal({
    port: 0,
    dataDir,
    siteDir: false,
    env: {
      RATE_LIMIT_MULTIPLIER: '1000000',
      LOG_LEVEL: 'ERROR',
      DYNAMODB_ENDPOINT: undefined,
      QUIET_HOURS: 'off',
      SEED_HISTORY_CUSTOMERS: '0',
    },
    mailCatcher: { smtpPort: 0, webPort: 0 },
    outboxDrain: false,
  });
  try {
    const deps = portal.deps as unknown as IntegrationDeps;
    const doc = portal.deps.stores.db.doc;
    const m = meter(doc);
    const [admin, customer] = await Promise.all([
      tokenOf(portal.url, 'admin@example.com'),
      tokenOf(portal.url, 'ana@example.com'),
    ]);
    const prefix = `R${Date.now().toString(36)}`;
    const now = Date.now();
    const sizes: Record<string, unknown>[] = [];
    let seeded = 0;
    for (const size of SIZES) {
      const t0 = performance.now();
      const from = seeded;
      const seed = seeder(deps, prefix, now);
      await inParallel(size - from, SEED_CONCURRENCY, (k) => seed.customer(from + k));
      await seed.done();
      seeded = size;
      const seedSeconds = (performance.now() - t0) / 1000;
      const one = await m.measure(async () => {
        const r = await fetch(`${portal.url}/api/admin/insights/relationship`, {
          headers: { authorization: `Bearer ${admin}` },
        });
        if (!r.ok) throw new Error(`relationship read: ${r.status}`);
        const figures = (await r.json()) as { customers: number };
        if (figures.customers < size)
          throw new Error(`relationship read counts ${figures.customers} customers, want ${size}+`);
      });
      const run = (path: string, token: string) =>
        autocannon({
          url: portal.url + path,
          connections: CONNECTIONS,
          duration: DURATION_S,
          headers: { authorization: `Bearer ${token}` },
        });
      const detail = summary(await run('/api/orders/10023', customer));
      const insights = summary(await run('/api/admin/insights/relationship', admin));
      sizes.push({
        customers: size,
        seedSeconds: Math.round(seedSeconds),
        seededOrdersPerSecond: Math.round(
          Array.from({ length: size - from }, (_, k) => ordersOf(from + k)).reduce((a, b) => a + b, 0) / seedSeconds,
        ),
        'order detail (floor)': detail,
        'relationship insights': {
          ...insights,
          dynamoRequests: one.requests,
          readUnits: one.readUnits,
          rpsVsOrderDetail: +(insights.rps / Math.max(1, detail.rps)).toFixed(3),
          p99VsOrderDetail: +(insights.p99Ms / Math.max(1, detail.p99Ms)).toFixed(2),
        },
      });
      console.error(JSON.stringify(sizes.at(-1)));
    }
    // The rebuild check over the largest table (before the cost runs, whose "without" customers
    // have no summaries on purpose): how long it takes, and that the seeded figures hold.
    const t0 = performance.now();
    const check = await rebuildRelationship({ stores: portal.deps.stores }, { segments: 4 });
    const rebuild = {
      customers: check.customers,
      orders: check.orders,
      seconds: Math.round((performance.now() - t0) / 100) / 10,
      differences: check.parts.length + check.summaries.length,
    };
    const cost = await costPerEvent(deps, m);
    return {
      rebuild,
      durationSeconds: DURATION_S,
      connections: CONNECTIONS,
      seedConcurrency: SEED_CONCURRENCY,
      seedMode: SEED_MODE,
      sizes,
      costPerOrderEvent: cost,
    };
  } finally {
    await portal.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await benchRelationship(), null, 2));
}
