import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startLocalPortal } from '../functions/local/portal';
import { benchFloorArea } from './floor-area';

interface Target {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  body?: string;
  auth?: boolean;
}

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
/** The key issue 13 reads: one GetItem through the app's document client. */
const DB_FLOOR = 'dynamodb get (floor)';
const CONNECTIONS = 10;

async function run(url: string, target: Target, token: string) {
  const result = await autocannon({
    url: url + target.path,
    method: target.method ?? 'GET',
    connections: CONNECTIONS,
    duration: DURATION_S,
    body: target.body,
    headers: { 'content-type': 'application/json', ...(target.auth ? { authorization: `Bearer ${token}` } : {}) },
  });
  return {
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * Throughput and p99 of the main routes on the local server (one process, dynalite over HTTP),
 * each as a ratio against the bare /api/health floor measured in the same run.
 */
export async function benchHttp(): Promise<Record<string, unknown>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'portal-bench-'));
  const portal = await startLocalPortal({
    port: 0,
    dataDir,
    siteDir: false,
    extraAreas: [benchFloorArea],
    // Free ports: the bench may run beside `npm start`.
    mailCatcher: { smtpPort: 0, webPort: 0 },
    env: { RATE_LIMIT_MULTIPLIER: '1000000', LOG_LEVEL: 'ERROR', DYNAMODB_ENDPOINT: undefined },
  });
  try {
    const login = await fetch(`${portal.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ana@example.com', password: 'demo-password' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const targets: Target[] = [
      { name: 'health (floor)', path: '/api/health' },
      { name: DB_FLOOR, path: '/api/bench/floor' },
      { name: 'order detail', path: '/api/orders/10023', auth: true },
      { name: 'profile', path: '/api/me', auth: true },
      { name: 'faq search', path: '/api/faq/search?q=how%20do%20I%20return%20an%20item&locale=en' },
      {
        name: 'chat turn',
        path: '/api/chat',
        method: 'POST',
        body: JSON.stringify({ message: 'how long does delivery take to Germany?' }),
      },
    ];
    const out: Record<string, unknown> = {};
    let floor: Awaited<ReturnType<typeof run>> | undefined;
    let dbFloor: Awaited<ReturnType<typeof run>> | undefined;
    for (const target of targets) {
      const r = await run(portal.url, target, accessToken);
      floor ??= r;
      if (target.name === DB_FLOOR) dbFloor = r;
      out[target.name] = {
        ...r,
        rpsVsFloor: +(r.rps / floor.rps).toFixed(3),
        p99VsFloor: +(r.p99Ms / Math.max(1, floor.p99Ms)).toFixed(2),
        // DB-backed routes beside one GetItem through the same client (issue 13's floor).
        ...(dbFloor && target.name !== DB_FLOOR
          ? {
              rpsVsDbFloor: +(r.rps / dbFloor.rps).toFixed(3),
              p99VsDbFloor: +(r.p99Ms / Math.max(1, dbFloor.p99Ms)).toFixed(2),
            }
          : {}),
      };
    }
    return { durationSeconds: DURATION_S, connections: CONNECTIONS, routes: out };
  } finally {
    await portal.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await benchHttp(), null, 2));
}
