/**
 * Lambda cold-start budget: what each entry in functions/lambda parses at init (its entry file and
 * the chunks that imports statically; chunks behind `await import()` load on first use) and how
 * long its module init takes, against a FLOOR bundle holding only the DynamoDB document client
 * (bench/floor-lambda.ts), built by the same `bundleLambda` as the deployed functions and timed in
 * the same run, interleaved.
 * Run directly: `npx tsx bench/bundles.ts` (add `--check` to exit 1 when over the target).
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { BUNDLE_ENTRY_FILE, bundleLambda, initOutputs } from '../infra/constructs/bundling.js';
import { AREAS } from '../infra/routes.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, '.bench', 'bundles');
/** App init may cost at most this multiple of the floor's (issue 13). */
export const INIT_TARGET_RATIO = 1.5;
/** The admin console and the API docs carry the most routes: they may take a little longer. */
export const INIT_TARGET_RATIOS: Readonly<Record<string, number>> = { admin: 2, docs: 2 };
const RUNS = 11;

/** What Lambda gives the function at init; no credentials are needed to load a module. */
const LAMBDA_ENV = {
  PATH: process.env.PATH ?? '',
  AWS_REGION: 'eu-central-1',
  TABLE_NAME: 'portal',
  JWT_ISSUER: 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_example',
  JWT_AUDIENCE: 'exampleclientid',
  LOCAL_AUTH: 'false',
  LOG_SERVICE_NAME: 'portal-bench',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  NODE_OPTIONS: '--enable-source-maps',
};

/** The deployed entries: one per area (infra/routes.ts) and the outbox drain. */
const entries = (): string[] => [...Object.keys(AREAS), 'outbox'].sort();

/** An API Gateway request for the health check: needs no table, so it runs offline. */
const HEALTH_EVENT = {
  version: '2.0',
  routeKey: '$default',
  rawPath: '/api/health',
  rawQueryString: '',
  headers: { host: 'bench' },
  requestContext: {
    http: { method: 'GET', path: '/api/health', sourceIp: '127.0.0.1' },
    requestId: 'bench',
    stage: '$default',
  },
  isBase64Encoded: false,
};

/**
 * Module init in a fresh process, and (API functions) the first request after it: for the docs
 * function, whose app is built with its first request, that is where its cost went.
 */
async function coldStart(
  dir: string,
  request: boolean,
): Promise<{ init: number; cpu: number; first: number; firstCpu: number }> {
  const file = join(dir, BUNDLE_ENTRY_FILE);
  const script = `const c = process.cpuUsage(); const t = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(file).href)}); const i = performance.now() - t; const u = process.cpuUsage(c);
let f = 0; const c2 = process.cpuUsage(); if (${request}) { const t2 = performance.now(); await m.handler(${JSON.stringify(HEALTH_EVENT)}, { awsRequestId: 'bench' }); f = performance.now() - t2; } const u2 = process.cpuUsage(c2);
console.log(i + ' ' + f + ' ' + (u.user + u.system) / 1000 + ' ' + (u2.user + u2.system) / 1000);`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...LAMBDA_ENV, LOG_LEVEL: 'ERROR' },
    cwd: dir,
  });
  const [init, first, cpu, firstCpu] = (stdout.trim().split('\n').pop() ?? '').split(' ').map(Number);
  return {
    init: init ?? Number.NaN,
    cpu: cpu ?? Number.NaN,
    first: first ?? Number.NaN,
    firstCpu: firstCpu ?? Number.NaN,
  };
}

/** Minified and gzipped bytes of some output files. */
function sizeOf(files: readonly string[]): { bytes: number; gzip: number } {
  let bytes = 0;
  let gzip = 0;
  for (const f of files) {
    const body = readFileSync(join(ROOT, f));
    bytes += body.length;
    gzip += gzipSync(body).length;
  }
  return { bytes, gzip };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Builds every bundle, then times module init (median of 11 fresh processes, interleaved). */
export async function benchBundles(): Promise<Record<string, unknown>> {
  rmSync(OUT, { recursive: true, force: true });
  const builds: Record<string, { dir: string; meta: Metafile }> = {};
  const build = async (name: string, entry: string) => {
    const dir = join(OUT, name);
    builds[name] = { dir, meta: await bundleLambda(entry, dir) };
  };
  await build('floor', join(ROOT, 'bench/floor-lambda.ts'));
  for (const name of entries()) await build(name, join(ROOT, 'functions/lambda', `${name}.ts`));
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(builds).map((n) => [n, []]));
  const firsts: Record<string, number[]> = Object.fromEntries(Object.keys(builds).map((n) => [n, []]));
  const cpus: Record<string, number[]> = Object.fromEntries(Object.keys(builds).map((n) => [n, []]));
  const colds: Record<string, number[]> = Object.fromEntries(Object.keys(builds).map((n) => [n, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, { dir }] of Object.entries(builds)) {
      const { init, cpu, first, firstCpu } = await coldStart(dir, name !== 'floor' && name !== 'outbox');
      samples[name]!.push(init);
      cpus[name]!.push(cpu);
      firsts[name]!.push(first);
      colds[name]!.push(cpu + firstCpu);
    }
  }
  const floorInit = median(samples.floor!);
  const floorCpu = median(cpus.floor!);
  const floorSize = sizeOf(initOutputs(builds.floor!.meta));
  const bundles = Object.fromEntries(
    Object.entries(builds).map(([name, { meta }]) => {
      const js = Object.keys(meta.outputs).filter((f) => f.endsWith('.mjs'));
      const atInit = sizeOf(initOutputs(meta));
      const all = sizeOf(js);
      const init = median(samples[name]!);
      return [
        name,
        {
          initKiB: round(atInit.bytes / 1024),
          initGzipKiB: round(atInit.gzip / 1024),
          totalKiB: round(all.bytes / 1024),
          chunks: js.length - 1,
          initMs: round(init),
          /** The first request after init (GET /api/health; none for the floor and the outbox drain). */
          firstRequestMs: round(median(firsts[name]!)),
          initRatio: round(init / floorInit, 2),
          /**
           * The same in CPU time (all threads): on a busy machine wall time mostly measures waiting
           * for a core, which hits a short init (the floor's) less often than a long one.
           */
          initCpuMs: round(median(cpus[name]!)),
          initCpuRatio: round(median(cpus[name]!) / floorCpu, 2),
          targetInitRatio: name === 'floor' ? 1 : (INIT_TARGET_RATIOS[name] ?? INIT_TARGET_RATIO),
          initKiBRatio: round(atInit.bytes / floorSize.bytes, 2),
          /**
           * A cold request in CPU time: init plus the first request (GET /api/health), against the
           * floor's init. Work moved from init to the first request (docs builds its app there) shows here.
           */
          coldCpuMs: round(median(colds[name]!)),
          coldCpuRatio: round(median(colds[name]!) / floorCpu, 2),
        },
      ];
    }),
  );
  const over = Object.entries(bundles)
    .filter(([, b]) => b.initRatio > b.targetInitRatio || b.initCpuRatio > b.targetInitRatio)
    .map(([n]) => n);
  const worst = Math.max(
    ...Object.entries(bundles)
      .filter(([n]) => n !== 'floor')
      .map(([, b]) => b.initRatio),
  );
  return {
    runs: RUNS,
    node: process.version,
    targetInitRatio: INIT_TARGET_RATIO,
    targetInitRatios: INIT_TARGET_RATIOS,
    worstInitRatio: worst,
    overTarget: over,
    withinTarget: over.length === 0,
    bundles,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await benchBundles();
  const bundles = result.bundles as Record<string, Record<string, number>>;
  console.log(
    'bundle       init KiB  init gzip  total KiB  chunks  init ms  init/floor  cpu ms  cpu/floor  target  1st request ms  init+1st cpu ms  /floor',
  );
  for (const [name, b] of Object.entries(bundles)) {
    const cells = [
      b.initKiB,
      b.initGzipKiB,
      b.totalKiB,
      b.chunks,
      b.initMs,
      b.initRatio,
      b.initCpuMs,
      b.initCpuRatio,
      b.targetInitRatio,
      b.firstRequestMs,
      b.coldCpuMs,
      b.coldCpuRatio,
    ];
    const widths = [9, 10, 10, 7, 8, 11, 7, 10, 7, 15, 16, 7];
    console.log(`${name.padEnd(12)}${cells.map((c, i) => String(c).padStart(widths[i]!)).join(' ')}`);
  }
  const over = result.overTarget as string[];
  console.log(
    `worst init ratio ${String(result.worstInitRatio)}: ${over.length ? `OVER TARGET: ${over.join(', ')}` : 'within target'}`,
  );
  if (process.argv.includes('--check') && over.length) process.exitCode = 1;
}
