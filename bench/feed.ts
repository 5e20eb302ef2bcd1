import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startLocalPortal } from '../functions/local/portal';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
/** Orders the events spread over: each stays far below the 300-event cap in a 5-second run. */
const ORDERS = 200;

const summary = (r: autocannon.Result) => ({
  rps: Math.round(r.requests.average),
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  non2xx: r.non2xx,
  errors: r.errors,
});

/**
 * The shop feed on the local server: integration events per second and their p99 (each event a
 * conditional order write, the customer's facts kept, a message through the outbox and the drain
 * sending it to the embedded catcher), beside the order-detail read measured in the same run.
 */
export async function benchFeed(): Promise<Record<string, unknown>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'portal-bench-feed-'));
  const portal = await startLocalPortal({
    port: 0,
    dataDir,
    siteDir: false,
    env: { RATE_LIMIT_MULTIPLIER: '1000000', LOG_LEVEL: 'ERROR', DYNAMODB_ENDPOINT: undefined, QUIET_HOURS: 'off' },
    mailCatcher: { smtpPort: 0, webPort: 0 },
  });
  try {
    const login = await fetch(`${portal.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ana@example.com', password: 'demo-password' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const issued = await fetch(`${portal.url}/api/auth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from('demo-integration:demo-integration-secret').toString('base64')}`,
      },
      body: 'grant_type=client_credentials&scope=orders%2Fwrite',
    });
    const { access_token: machine } = (await issued.json()) as { access_token: string };
    const prefix = `BENCH${Date.now().toString(36).toUpperCase()}`;
    const t0 = Date.now() - 86_400_000;
    for (let i = 0; i < ORDERS; i++) {
      const res = await fetch(`${portal.url}/api/integrations/orders/${prefix}${i}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${machine}` },
        body: JSON.stringify({
          customer: { email: `bench${i % 20}@example.com`, name: `Bench Buyer ${i % 20}` },
          placedAt: new Date(t0).toISOString(),
          currency: 'EUR',
          items: [{ sku: 'RUG-1', name: 'Wool rug', quantity: 1, unitPriceCents: 12900 }],
          totalCents: 12900,
        }),
      });
      if (!res.ok) throw new Error(`bench feed: put order ${res.status}`);
    }

    const read = summary(
      await autocannon({
        url: `${portal.url}/api/orders/10023`,
        connections: CONNECTIONS,
        duration: DURATION_S,
        headers: { authorization: `Bearer ${accessToken}` },
      }),
    );
    const types = ['shipped', 'out_for_delivery', 'delivery_attempted', 'delayed'] as const;
    let n = 0;
    const events = summary(
      await autocannon({
        url: portal.url,
        connections: CONNECTIONS,
        duration: DURATION_S,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${machine}` },
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              const i = n++;
              return {
                ...req,
                path: `/api/integrations/orders/${prefix}${i % ORDERS}/events`,
                body: JSON.stringify({
                  eventId: `e${i}`,
                  type: types[i % types.length],
                  // Each event later than the last, so each one is the order's latest and is told.
                  at: new Date(t0 + 60_000 + i * 1000).toISOString(),
                  carrier: 'DHL',
                  trackingNumber: `JD${i}`,
                }),
              };
            },
          },
        ],
      }),
    );
    return {
      durationSeconds: DURATION_S,
      connections: CONNECTIONS,
      orders: ORDERS,
      'order detail (floor)': read,
      'integration event': {
        ...events,
        rpsVsOrderDetail: +(events.rps / Math.max(1, read.rps)).toFixed(3),
        p99VsOrderDetail: +(events.p99Ms / Math.max(1, read.p99Ms)).toFixed(2),
      },
    };
  } finally {
    await portal.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await benchFeed(), null, 2));
}
