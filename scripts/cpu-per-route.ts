/**
 * CPU time and DynamoDB round trips per request for the route mix of the cost model
 * (docs/deploy.md "Cost model"): the portal runs in a child process against dynalite in this
 * one, behind a proxy that counts the DynamoDB calls, so the child's CPU time (/proc/PID/stat)
 * is the app's own work (Hono, zod, the SDK, rendering), the database's is not in it.
 *
 * Then, per Lambda memory size, the billed duration it implies: CPU time scaled by the share of a
 * vCPU the size gets (1,769 MB = one vCPU) plus the round trips at ROUND_TRIP_MS each, and the
 * GB-s that costs. Run: `npx tsx scripts/cpu-per-route.ts` (REQUESTS per route, default 200).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDynalite } from '../functions/local/dynalite';

const REQUESTS = Number(process.env.REQUESTS ?? 200);
/** An in-region DynamoDB call from Lambda over a kept-alive connection (assumed, not measured here). */
const ROUND_TRIP_MS = Number(process.env.ROUND_TRIP_MS ?? 5);
const FULL_VCPU_MB = 1769;
const SIZES = [256, 512, 768, 1024, 1769];
const TICK_MS = 10; // USER_HZ 100

let dbCalls = 0;
const ops: Record<string, number> = {};
async function countingProxy(target: string) {
  const url = new URL(target);
  const server = createServer((req, res) => {
    dbCalls++;
    const op = String(req.headers['x-amz-target'] ?? '').replace(/^.*\./, '');
    ops[op] = (ops[op] ?? 0) + 1;
    const out = httpRequest(
      { host: url.hostname, port: url.port, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 500, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(out);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime + stime
}

interface Target {
  name: string;
  fn: string;
  path: string;
  method?: string;
  body?: () => string;
  token?: string;
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'cpu-per-route-'));
  const db = await startDynalite(join(dir, 'dynamodb'));
  const proxy = await countingProxy(db.endpoint);
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      DATA_DIR: join(dir, 'data'),
      DYNAMODB_ENDPOINT: proxy.url,
      RATE_LIMIT_MULTIPLIER: '1000000',
      LOG_LEVEL: 'ERROR',
      MAIL_CATCHER_SMTP_PORT: '0',
      MAIL_CATCHER_WEB_PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/[\d.:]+)\//.exec(out);
      if (m) ok(m[1]!);
    });
    child.on('exit', () => fail(new Error(`portal exited: ${out}`)));
  });
  const pid = child.pid!;
  try {
    const post = async (path: string, body: unknown, headers: Record<string, string> = {}) =>
      (await fetch(base + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }).then((r) => r.json())) as Record<string, string>;
    const login = async (email: string) =>
      (await post('/api/auth/login', { email, password: 'demo-password' })).accessToken!;
    const [ana, agent] = [await login('ana@example.com'), await login('agent@example.com')];
    const basic = Buffer.from('demo-integration:demo-integration-secret').toString('base64');
    const machine = (await fetch(`${base}/api/auth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    }).then((r) => r.json())) as { access_token?: string; accessToken?: string };
    const machineToken = machine.access_token ?? machine.accessToken;
    const { rev } = (await fetch(`${base}/api/faq/revision`).then((r) => r.json())) as { rev: string };
    const found = (await fetch(`${base}/api/faq/search?q=return&source=portal`).then(async (r) => {
      const j = await r.json();
      if (!r.ok) console.error(j);
      return j;
    })) as {
      results: { slug: string }[];
    };
    const tickets = (await fetch(`${base}/api/admin/tickets`, { headers: { authorization: `Bearer ${agent}` } }).then(
      (r) => r.json(),
    )) as { tickets?: { id: string }[] };
    const ticketId = tickets.tickets?.[0]?.id;
    let order = 90000;
    const targets: Target[] = [
      { name: 'health', fn: 'faq', path: '/api/health' },
      { name: 'faq revision', fn: 'faq', path: '/api/faq/revision' },
      { name: 'faq categories', fn: 'faq', path: `/api/faq/categories?locale=en&rev=${rev}` },
      { name: 'faq suggest', fn: 'faq', path: `/api/faq/suggest?q=how%20do%20I%20ret&locale=en&rev=${rev}` },
      { name: 'faq search (portal)', fn: 'faq', path: `/api/faq/search?q=delivery&source=portal&rev=${rev}` },
      { name: 'faq search (person)', fn: 'faq', path: '/api/faq/search?q=how%20do%20I%20return%20an%20item' },
      { name: 'faq article', fn: 'faq', path: `/api/faq/articles/${found.results[0]?.slug}?locale=en` },
      { name: 'profile', fn: 'customer', path: '/api/me', token: ana },
      { name: 'orders', fn: 'customer', path: '/api/orders', token: ana },
      { name: 'order detail', fn: 'customer', path: '/api/orders/10023', token: ana },
      { name: 'invoice pdf', fn: 'customer', path: '/api/orders/10023/invoice', token: ana },
      {
        name: 'chat turn',
        fn: 'chat',
        path: '/api/chat',
        method: 'POST',
        body: () => JSON.stringify({ message: 'how long does delivery take to Germany?' }),
      },
      { name: 'ticket queue', fn: 'admin', path: '/api/admin/tickets', token: agent },
      ...(ticketId ? [{ name: 'ticket page', fn: 'admin', path: `/api/admin/tickets/${ticketId}`, token: agent }] : []),
      {
        name: 'order feed (PUT)',
        fn: 'integration',
        path: '/api/integrations/orders/{n}',
        method: 'PUT',
        token: machineToken,
        body: () =>
          JSON.stringify({
            customer: { email: 'ben@example.com' },
            placedAt: '2026-11-01T10:00:00Z',
            currency: 'EUR',
            items: [{ name: 'Mug', quantity: 2, unitPriceCents: 1200 }],
            totalCents: 2400,
          }),
      },
    ];
    const send = (t: Target) => {
      const path = t.path.replace('{n}', String(order++));
      return fetch(base + path, {
        method: t.method ?? 'GET',
        headers: {
          ...(t.body ? { 'content-type': 'application/json' } : {}),
          ...(t.token ? { authorization: `Bearer ${t.token}` } : {}),
        },
        body: t.body?.(),
      }).then(async (r) => {
        const body = await r.arrayBuffer();
        if (!r.ok) throw new Error(`${t.name}: ${r.status}`);
        // What a viewer downloads: the body (uncompressed) and the response headers.
        let headerBytes = 0;
        r.headers.forEach((v, k) => {
          headerBytes += k.length + v.length + 4;
        });
        return { body: body.byteLength, headers: headerBytes };
      });
    };
    // The child's CPU while idle (outbox drain, mail catcher): subtracted per millisecond.
    const idleStart = await cpuMs(pid);
    await new Promise((ok) => setTimeout(ok, 3000));
    const idlePerMs = ((await cpuMs(pid)) - idleStart) / 3000;
    const rows = [];
    for (const t of targets) {
      for (let i = 0; i < 20; i++) await send(t); // warm: JIT, lazy modules, the search index
      const [cpu0, calls0, wall0] = [await cpuMs(pid), dbCalls, performance.now()];
      const ops0 = { ...ops };
      let size = { body: 0, headers: 0 };
      for (let i = 0; i < REQUESTS; i++) size = await send(t);
      const wall = performance.now() - wall0;
      const cpu = Math.max(0, (await cpuMs(pid)) - cpu0 - idlePerMs * wall) / REQUESTS;
      const roundTrips = (dbCalls - calls0) / REQUESTS;
      const billed = Object.fromEntries(
        SIZES.map((mb) => {
          const ms = Math.ceil(cpu * Math.max(1, FULL_VCPU_MB / mb) + roundTrips * ROUND_TRIP_MS);
          return [mb, { ms, gbs: +((mb / 1024) * (ms / 1000)).toFixed(5) }];
        }),
      );
      const perOp = Object.fromEntries(
        Object.entries(ops)
          .map(([op, n]) => [op, +((n - (ops0[op] ?? 0)) / REQUESTS).toFixed(2)] as const)
          .filter(([, n]) => n > 0),
      );
      rows.push({
        route: t.name,
        fn: t.fn,
        cpuMs: +cpu.toFixed(2),
        roundTrips,
        ops: perOp,
        bodyBytes: size.body,
        headerBytes: size.headers,
        wallMs: +(wall / REQUESTS).toFixed(2),
        billed,
      });
      console.error(
        `${t.name}: ${cpu.toFixed(2)} ms CPU, ${roundTrips} round trips, ${(wall / REQUESTS).toFixed(1)} ms wall`,
      );
    }
    const rss = /VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1];
    console.log(
      JSON.stringify(
        {
          rssMbAllAreas: Math.round(Number(rss) / 1024),
          requests: REQUESTS,
          roundTripMs: ROUND_TRIP_MS,
          idleCpuPerS: +(idlePerMs * 1000).toFixed(1),
          rows,
        },
        null,
        2,
      ),
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((ok) => child.once('exit', ok));
    proxy.close();
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
