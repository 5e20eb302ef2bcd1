import type * as z from 'zod';

/**
 * A module-level schema, built by `build`. Here (the docs function, the local server, the
 * generator, tests) it is built at once: zod-to-openapi keys every schema's metadata by the
 * object's identity, so the document needs the very object `.openapi()` was called on.
 *
 * The API functions' bundles load functions/http/lazy-schema-lite.ts in its place
 * (infra/constructs/bundling.ts, zodOpenApiLite): there the schema is built on first use, so a
 * cold start builds only the request schemas of the route it serves, and no response schema at all.
 * Define with it every schema a module builds at load, composing others inside `build`:
 *
 * @example export const OrderParamsSchema = lazySchema(() => z.object({ orderNumber: OrderNumberSchema }));
 */
export function lazySchema<T extends z.ZodType>(build: () => T): T {
  return build();
}
