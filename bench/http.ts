import { readFileSync } from 'node:fs';
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
  /** Whose token: the customer's (default) or an agent's. */
  as?: 'agent';
  /** Paths taken in turn instead of `path` (each request is then built anew, as autocannon does). */
  paths?: readonly string[];
}

/**
 * Searches no answer cache can hold: every query of the search evaluation set, in its locale, at
 * ten page sizes (1,530 distinct searches, far more than an engine remembers, and asked in
 * turn, so the least recently used one is always the next).
 */
function uncachedSearchPaths(): string[] {
  const set = JSON.parse(readFileSync(new URL('../eval/data/search-set.json', import.meta.url), 'utf8')) as {
    queries: Record<string, { q: string }[]>;
  };
  const paths: string[] = [];
  for (let limit = 5; limit < 15; limit++)
    for (const [locale, queries] of Object.entries(set.queries))
      for (const { q } of queries)
        paths.push(`/api/faq/search?q=${encodeURIComponent(q)}&locale=${locale}&limit=${String(limit)}`);
  return paths;
}

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
/** The key issue 13 reads: one GetItem through the app's document client. */
const DB_FLOOR = 'dynamodb get (floor)';
const CONNECTIONS = 10;

type Measured = Awaited<ReturnType<typeof run>>;

/** The run with the median throughput (its p99 beside it, so the two stay one measurement). */
function median(runs: Measured[]): Measured {
  const sorted = [...runs].sort((a, b) => a.rps - b.rps);
  return sorted[Math.floor(sorted.length / 2)] as Measured;
}

/** An autocannon request setup that gives each request the next of `paths`. */
function inTurn(paths: readonly string[]) {
  let next = 0;
  return <R extends { path?: string }>(request: R): R => {
    request.path = paths[next++ % paths.length];
    return request;
  };
}

async function run(url: string, target: Target, tokens: { customer: string; agent: string }) {
  const token = target.as === 'agent' ? tokens.agent : tokens.customer;
  const result = await autocannon({
    url: url + target.path,
    method: target.method ?? 'GET',
    connections: CONNECTIONS,
    duration: DURATION_S,
    body: target.body,
    headers: { 'content-type': 'application/json', ...(target.auth ? { authorization: `Bearer ${token}` } : {}) },
    ...(target.paths ? { requests: [{ setupRequest: inTurn(target.paths) }] } : {}),
  });
  return {
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
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

/** A queue of TICKETS handoffs; the last one gets MESSAGES replies and notes. Returns its id. */
const TICKETS = 40;
const MESSAGES = 20;
async function arrangeTickets(url: string, customer: string, agent: string): Promise<string> {
  const post = (path: string, body: unknown, token?: string) =>
    fetch(`${url}/api${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    }).then((r) => r.json() as Promise<{ sessionId: string; handoff?: { ticketId: string } }>);
  let last = '';
  for (let i = 0; i < TICKETS; i++) {
    let sessionId: string | undefined;
    for (const message of ['I want to talk to a human', `My parcel ${i} arrived damaged`, 'no', 'no', 'no']) {
      const r = await post('/chat', { message, sessionId }, i % 2 ? customer : undefined);
      sessionId = r.sessionId;
      if (r.handoff) {
        last = r.handoff.ticketId;
        break;
      }
    }
  }
  for (let i = 0; i < MESSAGES; i++)
    await post(`/admin/tickets/${last}/replies`, { body: `Reply **${i}**`, internal: i % 3 === 0 }, agent);
  return last;
}

/**
 * A return of one line of ana's delivered order 10022, made once, so the bench can read its label
 * and ask for the same return again (the idempotent repeat is the return route's steady state).
 */
async function arrangeReturn(url: string, customer: string) {
  const auth = { 'content-type': 'application/json', authorization: `Bearer ${customer}` };
  const order = (await (await fetch(`${url}/api/orders/10022`, { headers: auth })).json()) as {
    items: { lineId?: string; returnableQuantity: number }[];
  };
  const line = order.items.find((i) => i.lineId && i.returnableQuantity > 0);
  const body = JSON.stringify({
    items: [{ lineId: line?.lineId, quantity: 1 }],
    reason: 'changed_mind',
    resolution: 'refund',
  });
  const res = await fetch(`${url}/api/orders/10022/returns`, { method: 'POST', headers: auth, body });
  const { rmaId } = (await res.json()) as { rmaId: string };
  const pdf = await fetch(`${url}/api/orders/10023/invoice`, { headers: auth });
  return { rmaId, body, invoiceBytes: (await pdf.arrayBuffer()).byteLength };
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
    const agentToken = await tokenOf(portal.url, 'agent@example.com');
    const ticketId = await arrangeTickets(portal.url, accessToken, agentToken);
    const ret = await arrangeReturn(portal.url, accessToken);
    const health: Target = { name: 'health (floor)', path: '/api/health' };
    const dbFloorTarget: Target = { name: DB_FLOOR, path: '/api/bench/floor' };
    const routes: Target[] = [
      { name: 'order detail', path: '/api/orders/10023', auth: true },
      { name: 'profile', path: '/api/me', auth: true },
      // Self-service beside the order-detail read (issue 14): the invoice PDF rendered per request,
      // the same return asked again (answered 200, nothing written) and its label with the QR code.
      { name: 'invoice pdf', path: '/api/orders/10023/invoice', auth: true },
      { name: 'return (repeat)', path: '/api/orders/10022/returns', method: 'POST', body: ret.body, auth: true },
      { name: 'return label', path: `/api/orders/10022/returns/${ret.rmaId}`, auth: true },
      { name: 'ticket queue', path: '/api/admin/tickets', auth: true, as: 'agent' },
      { name: 'ticket page', path: `/api/admin/tickets/${ticketId}`, auth: true, as: 'agent' },
      { name: 'faq search', path: '/api/faq/search?q=how%20do%20I%20return%20an%20item&locale=en' },
      // What a search costs when it is not a repeat: the engine, its snippets and the tally, every time.
      { name: 'faq search (uncached mix)', path: '/api/faq/search', paths: uncachedSearchPaths() },
      {
        name: 'chat turn',
        path: '/api/chat',
        method: 'POST',
        body: JSON.stringify({ message: 'how long does delivery take to Germany?' }),
      },
    ];
    // Each route is measured right after its two floors, and its ratios are against those
    // adjacent runs: on a shared machine the load drifts within a minute, and a floor measured
    // once at the start made late routes look slower than they are. The floors' own figures are
    // the medians of all their runs.
    const tokens = { customer: accessToken, agent: agentToken };
    const floorRuns: Measured[] = [];
    const dbFloorRuns: Measured[] = [];
    const out: Record<string, unknown> = {};
    for (const target of routes) {
      const floor = await run(portal.url, health, tokens);
      const dbFloor = await run(portal.url, dbFloorTarget, tokens);
      const r = await run(portal.url, target, tokens);
      floorRuns.push(floor);
      dbFloorRuns.push(dbFloor);
      out[target.name] = {
        ...r,
        rpsVsFloor: +(r.rps / floor.rps).toFixed(3),
        p99VsFloor: +(r.p99Ms / Math.max(1, floor.p99Ms)).toFixed(2),
        // DB-backed routes beside one GetItem through the same client (issue 13's floor).
        rpsVsDbFloor: +(r.rps / dbFloor.rps).toFixed(3),
        p99VsDbFloor: +(r.p99Ms / Math.max(1, dbFloor.p99Ms)).toFixed(2),
      };
    }
    const medianFloor = median(floorRuns);
    const medianDbFloor = median(dbFloorRuns);
    out[health.name] = { ...medianFloor, rpsVsFloor: 1, p99VsFloor: 1, runs: floorRuns.length };
    out[DB_FLOOR] = {
      ...medianDbFloor,
      rpsVsFloor: +(medianDbFloor.rps / medianFloor.rps).toFixed(3),
      p99VsFloor: +(medianDbFloor.p99Ms / Math.max(1, medianFloor.p99Ms)).toFixed(2),
      runs: dbFloorRuns.length,
    };
    const detail = out['order detail'] as { rps: number; p99Ms: number };
    const vsDetail = (name: string) => {
      const r = out[name] as { rps: number; p99Ms: number };
      return { rps: +(r.rps / detail.rps).toFixed(3), p99: +(r.p99Ms / Math.max(1, detail.p99Ms)).toFixed(2) };
    };
    return {
      durationSeconds: DURATION_S,
      connections: CONNECTIONS,
      routes: out,
      // The agent workspace's reads beside the customer's order-detail read, same run.
      ticketsVsOrderDetail: { queue: vsDetail('ticket queue'), page: vsDetail('ticket page') },
      selfServiceVsOrderDetail: {
        invoicePdf: vsDetail('invoice pdf'),
        returnRepeat: vsDetail('return (repeat)'),
        returnLabel: vsDetail('return label'),
        invoicePdfBytes: ret.invoiceBytes,
      },
    };
  } finally {
    await portal.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await benchHttp(), null, 2));
}
