import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

/**
 * `npm run bench -- reliability`: the long half of the reliability suite (the quick half runs in
 * `npm test`). Against the local server as `npm start` runs it, in its own process:
 * 1. load: 60 s x 100 connections over a mix of reads and writes; every answer must be 2xx, with
 *    the server's RSS before and after (the dynalite iterator leak grew it by ~200 MB per 2,000
 *    profile reads);
 * 2. crash: writers create FAQ drafts and edit a profile, the server is killed with SIGKILL
 *    mid-write and restarted on the same DATA_DIR; every acknowledged write must be there.
 * Knobs: RELIABILITY_SECONDS (60), RELIABILITY_CONNECTIONS (100), PORTAL_ROOT (another checkout
 * to measure, for before/after figures).
 */
const SECONDS = Number(process.env.RELIABILITY_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.RELIABILITY_CONNECTIONS ?? 100);
const ROOT = resolve(process.env.PORTAL_ROOT ?? fileURLToPath(new URL('..', import.meta.url)));
const CRASH_AFTER_MS = 4000;
const WRITERS = 10;

interface Server {
  url: string;
  child: ChildProcess;
  rssMb(): number;
}

/** Starts `functions/local/main.ts` (what `npm start` runs after the site build) on a free port. */
async function startServer(dataDir: string, port = 0): Promise<Server> {
  const { DYNAMODB_ENDPOINT: _elsewhere, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/main.ts'], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), DATA_DIR: dataDir, RATE_LIMIT_MULTIPLIER: '1000000', LOG_LEVEL: 'ERROR' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start in 60 s:\n${log}`)), 60_000);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      const found = /running at (http:\/\/[\d.]+:\d+)/.exec(log);
      if (found?.[1]) {
        clearTimeout(timer);
        ok(found[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(new Error(`server exited (${code}) before it started:\n${log}`)));
  });
  const pid = child.pid ?? 0;
  return {
    url,
    child,
    rssMb: () => {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return Math.round(Number(kb) / 1024);
    },
  };
}

const stopServer = (server: Server, signal: NodeJS.Signals) =>
  new Promise<void>((ok) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return ok();
    server.child.once('exit', () => ok());
    server.child.kill(signal);
  });

async function api(url: string, method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(url + path, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

async function login(url: string, email: string) {
  const reply = await api(url, 'POST', '/api/auth/login', undefined, { email, password: 'demo-password' });
  if (reply.status !== 200) throw new Error(`login ${email}: ${reply.status}`);
  return String(reply.json?.accessToken);
}

/** The load: what a customer's visit does, reads and writes, every answer expected 2xx. */
function mix(token: string): autocannon.Request[] {
  const auth = { authorization: `Bearer ${token}` };
  const json = { 'content-type': 'application/json' };
  return [
    { method: 'GET', path: '/api/me', headers: auth },
    { method: 'GET', path: '/api/orders', headers: auth },
    { method: 'GET', path: '/api/orders/10023', headers: auth },
    { method: 'GET', path: '/api/faq/search?q=how%20do%20I%20return%20an%20item&locale=en' },
    {
      method: 'POST',
      path: '/api/chat',
      headers: json,
      body: JSON.stringify({ message: 'how long does delivery take?' }),
    },
    {
      method: 'PATCH',
      path: '/api/me',
      headers: { ...auth, ...json },
      body: JSON.stringify({ preferences: { newsletter: true } }),
    },
  ];
}

async function load(url: string, token: string, seconds: number, connections: number) {
  const result = await autocannon({ url, connections, duration: seconds, requests: mix(token), timeout: 30 });
  return {
    seconds,
    connections,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, (stats as { count: number }).count]),
    ),
  };
}

/** Writers that record what the server acknowledged, until the server goes away. */
function startWriters(url: string, admin: string, customer: string) {
  const acked: string[] = [];
  let lastName = -1;
  let stop = false;
  const faq = Array.from({ length: WRITERS }, async (_, w) => {
    for (let n = 0; !stop; n++) {
      const slug = `crash-${w}-${n}`;
      const reply = await api(url, 'POST', '/api/admin/faq', admin, {
        slug,
        locale: 'en',
        question: `Crash probe ${w} ${n}?`,
        answer: 'A plain answer.',
        category: 'account',
        tags: ['crash'],
      }).catch(() => undefined);
      if (!reply) return;
      if (reply.status === 201) acked.push(slug);
    }
  });
  const profile = (async () => {
    for (let n = 0; !stop; n++) {
      const reply = await api(url, 'PATCH', '/api/me', customer, { name: `Crash ${n}` }).catch(() => undefined);
      if (!reply) return;
      if (reply.status === 200) lastName = n;
    }
  })();
  return {
    acked,
    lastName: () => lastName,
    async settle() {
      stop = true;
      await Promise.all([...faq, profile]);
    },
  };
}

export async function benchReliability(): Promise<Record<string, unknown>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'portal-reliability-'));
  let server = await startServer(dataDir);
  try {
    const customer = await login(server.url, 'ana@example.com');
    const admin = await login(server.url, 'admin@example.com');
    const rssMb: Record<string, number> = { started: server.rssMb() };
    const warmup = await load(server.url, customer, 5, 10);
    rssMb.afterWarmup = server.rssMb();
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(server.rssMb()), 10_000);
    const main = await load(server.url, customer, SECONDS, CONNECTIONS).finally(() => clearInterval(sampler));
    rssMb.afterLoad = server.rssMb();
    await new Promise((ok) => setTimeout(ok, 5000));
    rssMb.afterIdle = server.rssMb();

    // The crash: SIGKILL while the writers are mid-request, then a restart on the same data.
    const writers = startWriters(server.url, admin, customer);
    await new Promise((ok) => setTimeout(ok, CRASH_AFTER_MS));
    await stopServer(server, 'SIGKILL');
    await writers.settle();
    const t0 = performance.now();
    // Same port, so the same issuer: the identity provider's keys live in DATA_DIR and the
    // tokens from before the crash still verify.
    server = await startServer(dataDir, Number(new URL(server.url).port));
    const restartMs = Math.round(performance.now() - t0);
    const found = await Promise.all(
      writers.acked.map(async (slug) => (await api(server.url, 'GET', `/api/admin/faq/${slug}/en`, admin)).status),
    );
    const missing = writers.acked.filter((_, i) => found[i] !== 200);
    const name = String((await api(server.url, 'GET', '/api/me', customer)).json?.name);
    const lastName = writers.lastName();
    const profileKept = name === `Crash ${lastName}` || name === `Crash ${lastName + 1}`;

    const loadOk = main.errors === 0 && main.timeouts === 0 && main.non2xx === 0;
    const crashOk = missing.length === 0 && writers.acked.length > 0 && profileKept;
    const summary = {
      ok: loadOk && crashOk,
      warmup,
      load: { ...main, ok: loadOk },
      rssMb: { ...rssMb, growthDuringLoad: rssMb.afterLoad - rssMb.afterWarmup, every10sDuringLoad: samples },
      crash: {
        signal: 'SIGKILL',
        afterMs: CRASH_AFTER_MS,
        acknowledgedFaqCreates: writers.acked.length,
        foundAfterRestart: found.filter((s) => s === 200).length,
        missing: missing.slice(0, 20),
        lastAcknowledgedProfileName: `Crash ${lastName}`,
        profileNameAfterRestart: name,
        restartMs,
        ok: crashOk,
      },
    };
    if (!summary.ok) process.exitCode = 1;
    return summary;
  } finally {
    await stopServer(server, 'SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await benchReliability(), null, 2));
}
