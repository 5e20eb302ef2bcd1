/**
 * How every Lambda bundle is built, in one place: PortalFunction runs `bundleLambdaSync` as its
 * local bundling step, bench/bundles.ts and test/infra/bundles.test.ts call `bundleLambda`, so
 * the benchmark and the budgets measure exactly what ships.
 *
 * esbuild's JS API rather than NodejsFunction's CLI bundling: code splitting (what a request may
 * never need, such as the PDF or QR libraries, stays in chunks loaded on first use) and plugins
 * (zod's locales) are not available there. Run directly, this file bundles one entry:
 * `npx tsx infra/constructs/bundling.ts functions/lambda/faq.ts OUTDIR`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { trimSourceMap } from './source-maps.js';

/** Lets CommonJS dependencies call require() inside the ESM bundle. */
const CREATE_REQUIRE_BANNER =
  "import { createRequire as __portalCreateRequire } from 'module'; const require = __portalCreateRequire(import.meta.url);";

/** Node version the bundles target; keep in step with the Lambda runtime (nodejs22.x). */
const NODE_TARGET = 'node22';

/** The project root (where package.json and node_modules are). */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The file Lambda loads: `index.mjs`, so the handler is `index.handler`. */
export const BUNDLE_ENTRY_FILE = 'index.mjs';

/**
 * esbuild options shared by the deployed bundles and the benchmark.
 * The AWS SDK is bundled (not taken from the runtime) so Lambda runs the version we test.
 * Splitting: every `await import()` becomes a chunk that is parsed only when it runs.
 */
export const ESBUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: NODE_TARGET,
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  mainFields: ['module', 'main'],
  banner: CREATE_REQUIRE_BANNER,
  external: [] as string[],
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
} as const;

/**
 * zod registers English itself and the portal uses no other zod locale (customer texts come from
 * our language packs), but `z.locales` re-exports all forty-odd: about 250 KB per bundle. The
 * plugin narrows that namespace to English.
 */
export function zodEnglishOnly(): Plugin {
  return {
    name: 'zod-english-only',
    setup(b) {
      b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
        /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
          ? { path: join(dirname(args.importer), '../locales/en.js'), namespace: 'zod-english-only' }
          : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
        contents: `export { default as en } from ${JSON.stringify(args.path)};`,
        loader: 'js',
        resolveDir: dirname(args.path),
      }));
    },
  };
}

/** The entries that serve the OpenAPI document, so keep zod-to-openapi (docs.ts loads the whole app). */
export const OPENAPI_DOCUMENT_ENTRIES: ReadonlySet<string> = new Set(['docs.ts']);

/** What `zodOpenApiLite` changes in @hono/zod-openapi's module: each must match, or the build fails. */
const ZOD_OPENAPI_EDITS: readonly (readonly [string, string])[] = [
  // zod's whole namespace passed as a value keeps every export of zod in the bundle (the JSON
  // Schema converters, the compiler, ...): hand over the one class the extension patches.
  ['import { z } from "zod";', 'import { ZodType } from "zod";'],
  ['extendZodWithOpenApi(z);', 'extendZodWithOpenApi({ ZodType });'],
  ['extendZodWithOpenApi, z };', 'extendZodWithOpenApi };'],
];

/** The module defining schemas eagerly, and what the API functions load in its place. */
const LAZY_SCHEMA = join(PROJECT_ROOT, 'functions/http/lazy-schema');
const LAZY_SCHEMA_LITE = join(PROJECT_ROOT, 'functions/http/lazy-schema-lite.ts');

/**
 * An API function validates with the routes' zod schemas but never serves the OpenAPI document
 * (the docs function does): its bundle takes @hono/zod-openapi's routing and validation as they
 * are, with functions/http/openapi-lite.ts in place of zod-to-openapi (no registry, no generator,
 * `.openapi()` returns the schema). Our code imports zod as `import * as z from 'zod'`, which
 * esbuild can tree-shake; `z` from @hono/zod-openapi is not exported here, so a file that still
 * takes it fails the build instead of quietly pulling all of zod back in.
 * Schemas defined with `lazySchema` are built on first use (functions/http/lazy-schema-lite.ts):
 * without the document nothing needs them at init, and a request needs only its route's.
 */
export function zodOpenApiLite(): Plugin {
  return {
    name: 'zod-openapi-lite',
    setup(b) {
      b.onResolve({ filter: /^@asteasolutions\/zod-to-openapi$/ }, () => ({
        path: join(PROJECT_ROOT, 'functions/http/openapi-lite.ts'),
      }));
      b.onResolve({ filter: /[\\/]lazy-schema(\.js|\.ts)?$/ }, (args) =>
        join(args.resolveDir, args.path).replace(/\.(js|ts)$/, '') === LAZY_SCHEMA
          ? { path: LAZY_SCHEMA_LITE }
          : undefined,
      );
      b.onLoad({ filter: /[\\/]@hono[\\/]zod-openapi[\\/]dist[\\/]index\.mjs$/ }, (args) => {
        let contents = readFileSync(args.path, 'utf8');
        for (const [from, to] of ZOD_OPENAPI_EDITS) {
          if (!contents.includes(from)) throw new Error(`zod-openapi-lite: "${from}" not found in ${args.path}`);
          contents = contents.replace(from, to);
        }
        return { contents, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}

/** The complete esbuild options for one Lambda entry written to `outdir`. */
export function lambdaBuildOptions(entry: string, outdir: string): BuildOptions {
  const { banner, ...rest } = ESBUILD_OPTIONS;
  return {
    ...rest,
    external: [...rest.external],
    mainFields: [...rest.mainFields],
    banner: { js: banner },
    entryPoints: { [basename(BUNDLE_ENTRY_FILE, '.mjs')]: entry },
    outExtension: { '.js': '.mjs' },
    outdir,
    absWorkingDir: PROJECT_ROOT,
    metafile: true,
    logLevel: 'warning',
    plugins: OPENAPI_DOCUMENT_ENTRIES.has(basename(entry)) ? [zodEnglishOnly()] : [zodEnglishOnly(), zodOpenApiLite()],
  };
}

/** A file the code reads at run time: `from` relative to the project, `to` a folder in the bundle. */
export interface BundledFile {
  readonly from: string;
  readonly to: string;
}

/**
 * Bundles one Lambda entry into `outdir` (index.mjs plus chunks), trims the source maps to the
 * portal's own code (source-maps.ts) and copies the entry's run-time files.
 *
 * @example await bundleLambda('functions/lambda/faq.ts', '/tmp/faq') // the metafile
 */
export async function bundleLambda(
  entry: string,
  outdir: string,
  files: readonly BundledFile[] = [],
  overrides: Partial<BuildOptions> = {},
): Promise<Metafile> {
  const options = { ...lambdaBuildOptions(entry, outdir), ...overrides };
  const result = await build(options);
  const metafile = result.metafile as Metafile;
  if (options.write !== false && options.sourcemap) {
    for (const out of Object.keys(metafile.outputs)) {
      const file = join(PROJECT_ROOT, out);
      if (out.endsWith('.mjs') && existsSync(`${file}.map`)) trimSourceMap(file);
    }
  }
  for (const { from, to } of files) {
    mkdirSync(join(outdir, to), { recursive: true });
    copyFileSync(join(PROJECT_ROOT, from), join(outdir, to, basename(from)));
  }
  return metafile;
}

/**
 * The output files a cold start parses: the entry and what it imports statically, never the
 * chunks behind an `await import()`.
 */
export function initOutputs(metafile: Metafile): string[] {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((p) => p.endsWith(`/${BUNDLE_ENTRY_FILE}`) || p === BUNDLE_ENTRY_FILE);
  const seen = new Set<string>();
  const queue = entry ? [entry] : [];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of outputs[file]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) queue.push(i.path);
  }
  return [...seen];
}

/**
 * The same build, synchronously (CDK's local bundling is synchronous and esbuild's buildSync
 * takes no plugins): runs this file in a child process.
 */
export function bundleLambdaSync(entry: string, outdir: string, files: readonly BundledFile[] = []): void {
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), entry, outdir, JSON.stringify(files)];
  const child = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (child.status !== 0) throw new Error(`bundling ${entry} failed (exit ${String(child.status)})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [entry, outdir, files = '[]'] = process.argv.slice(2);
  if (!entry || !outdir) throw new Error('usage: bundling.ts ENTRY OUTDIR [FILES_JSON]');
  await bundleLambda(entry, outdir, JSON.parse(files) as BundledFile[]);
}
