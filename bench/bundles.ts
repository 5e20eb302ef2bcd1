/**
 * Lambda bundle budget: size (minified, gzipped) and module init time of each entry in
 * functions/lambda, against a FLOOR bundle holding only the DynamoDB document client, built with
 * the same esbuild options as PortalFunction and timed in the same run.
 * Run directly: `npx tsx bench/bundles.ts` (add `--check` to exit 1 when over the target).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { ESBUILD_OPTIONS } from '../infra/constructs/bundling.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, '.bench', 'bundles');
/** App init may cost at most this multiple of the floor's. */
export const INIT_TARGET_RATIO = 1.2;
const RUNS = 7;

const FLOOR_SOURCE = `
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
export const handler = async () => doc.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: 'x', sk: 'y' } }));
`;

/** What Lambda gives the function at init; no credentials are needed to load a module. */
const LAMBDA_ENV = {
  PATH: process.env.PATH ?? '',
  AWS_REGION: 'eu-central-1',
  TABLE_NAME: 'portal',
  JWT_ISSUER: 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_example',
  JWT_AUDIENCE: 'exampleclientid',
  LOCAL_AUTH: 'false',
  POWERTOOLS_SERVICE_NAME: 'portal-bench',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  NODE_OPTIONS: '--enable-source-maps',
};

/** esbuild options as PortalFunction applies them (bundling.ts is the one source). */
function options(outfile: string): BuildOptions {
  const { banner, ...rest } = ESBUILD_OPTIONS;
  return {
    ...rest,
    external: [...rest.external],
    mainFields: [...rest.mainFields],
    banner: { js: banner },
    outfile,
    logLevel: 'silent',
  };
}

/** Entry modules that export a Lambda `handler` (helpers such as bootstrap.ts are skipped). */
function entries(): string[] {
  const dir = join(ROOT, 'functions/lambda');
  return readdirSync(dir)
    .filter(
      (f) =>
        f.endsWith('.ts') &&
        /export (const \{[^}]*\bhandler\b[^}]*\}|const handler\b|(async )?function handler\b)/.test(
          readFileSync(join(dir, f), 'utf8'),
        ),
    )
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
}

async function initMs(file: string): Promise<number> {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(performance.now() - t);`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { env: LAMBDA_ENV, cwd: OUT });
  return Number(stdout.trim().split('\n').pop());
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Builds every bundle, then times module init (median of 7 fresh processes, interleaved). */
export async function benchBundles(): Promise<Record<string, unknown>> {
  mkdirSync(OUT, { recursive: true });
  const files: Record<string, string> = {};
  const floorFile = join(OUT, 'floor.mjs');
  await build({
    ...options(floorFile),
    stdin: { contents: FLOOR_SOURCE, resolveDir: ROOT, loader: 'ts', sourcefile: 'floor.ts' },
  });
  files.floor = floorFile;
  for (const name of entries()) {
    const outfile = join(OUT, `${name}.mjs`);
    await build({ ...options(outfile), entryPoints: [join(ROOT, 'functions/lambda', `${name}.ts`)] });
    files[name] = outfile;
  }
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(files).map((n) => [n, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, file] of Object.entries(files)) samples[name]!.push(await initMs(file));
  }
  const floorInit = median(samples.floor!);
  const floorGzip = gzipSync(readFileSync(floorFile)).length;
  const bundles = Object.fromEntries(
    Object.entries(files).map(([name, file]) => {
      const bytes = statSync(file).size;
      const gzip = gzipSync(readFileSync(file)).length;
      const init = median(samples[name]!);
      return [
        name,
        {
          minifiedKiB: round(bytes / 1024),
          gzipKiB: round(gzip / 1024),
          initMs: round(init),
          initRatio: round(init / floorInit, 2),
          gzipRatio: round(gzip / floorGzip, 2),
        },
      ];
    }),
  );
  const worst = Math.max(
    ...Object.entries(bundles)
      .filter(([n]) => n !== 'floor')
      .map(([, b]) => b.initRatio),
  );
  return {
    runs: RUNS,
    node: process.version,
    targetInitRatio: INIT_TARGET_RATIO,
    worstInitRatio: worst,
    withinTarget: worst <= INIT_TARGET_RATIO,
    bundles,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await benchBundles();
  const bundles = result.bundles as Record<string, Record<string, number>>;
  console.log('bundle     minified KiB  gzip KiB  init ms (median)  init/floor  gzip/floor');
  for (const [name, b] of Object.entries(bundles)) {
    console.log(
      `${name.padEnd(10)} ${String(b.minifiedKiB).padStart(12)} ${String(b.gzipKiB).padStart(9)} ${String(b.initMs).padStart(17)} ${String(b.initRatio).padStart(11)} ${String(b.gzipRatio).padStart(11)}`,
    );
  }
  console.log(
    `worst init ratio ${String(result.worstInitRatio)} (target <= ${INIT_TARGET_RATIO}): ${result.withinTarget ? 'within target' : 'OVER TARGET'}`,
  );
  if (process.argv.includes('--check') && !result.withinTarget) process.exitCode = 1;
}
