/**
 * The esbuild options every Lambda bundle uses, in one place: PortalFunction maps them onto
 * NodejsFunction, and bench/bundles.ts passes them to esbuild directly, so the benchmark
 * measures exactly what ships.
 */

/** Lets CommonJS dependencies call require() inside the ESM bundle. */
const CREATE_REQUIRE_BANNER =
  "import { createRequire as __portalCreateRequire } from 'module'; const require = __portalCreateRequire(import.meta.url);";

/** Node version the bundles target; keep in step with the Lambda runtime (nodejs22.x). */
const NODE_TARGET = 'node22';

/**
 * esbuild options shared by the deployed bundles and the benchmark.
 * The AWS SDK is bundled (not taken from the runtime) so Lambda runs the version we test.
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
} as const;
