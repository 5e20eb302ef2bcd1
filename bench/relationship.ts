import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { IntegrationDeps } from '../functions/integrations/service';
import { rebuildRelationship } from '../functions/insights/rebuild-service';
import { startLocalPortal } from '../functions/local/portal';
import { meter } from './dynamo-meter';
import { costPerEvent } from './relationship-cost';
import { inParallel, ordersOf, SEED_MODE, seeder } from './relationship-seed';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
/** Customer counts to measure at (`BENCH_REL_SIZES=10000,100000`), each seeded on top of the last. */
const SIZES = (process.env.BENCH_REL_SIZES ?? '10000,100000').split(',').map(Number);
/** Customers seeded at once. */
const SEED_CONCURRENCY = Number(process.env.BENCH_REL_CONCURRENCY ?? 24);

const summary = (r: autocannon.Result) => ({
  rps: Math.round(r.requests.average),
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  non2xx: r.non2xx,
  errors: r.errors,
});

async function tokenOf(url: string, email: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo-password' }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
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
