import type * as z from 'zod';

/**
 * What the API functions' bundles load in place of functions/http/lazy-schema.ts (the
 * `zodOpenApiLite` plugin of infra/constructs/bundling.ts): a module-level schema is built the
 * first time anything reads it, not when its module loads. A function registers all its routes at
 * init but serves one per request, and never validates a response (openapi-lite.ts: response
 * schemas only feed the document, which the docs function builds with the eager version), so
 * most schemas of a cold start are never built at all.
 *
 * The stand-in is a Proxy that forwards every operation to the built schema, so zod sees a schema:
 * `instanceof` (zod's `Symbol.hasInstance` reads `_zod.traits`), a place in another schema's
 * shape, `.extend()`, `.pick()`, `.optional()` (those return ordinary schemas built from the real
 * one). zod 4 binds a method to the schema on first read, so `proxy.optional()` wraps the built
 * schema, not the proxy. A mistake in a definition surfaces at its first use here, but at load
 * everywhere else: the tests, the local server and the generator build every schema eagerly.
 */

/**
 * What @hono/zod-openapi reads of a body schema when a route is registered (its `isZod`: that these
 * are functions), at init: answered without building; the schema is built when one is called.
 */
const PARSE_METHODS: ReadonlySet<PropertyKey> = new Set(['parse', 'safeParse', 'parseAsync', 'safeParseAsync']);

type Method = (...args: unknown[]) => unknown;

/** `build()` on first use. Same signature as functions/http/lazy-schema.ts. */
export function lazySchema<T extends z.ZodType>(build: () => T): T {
  let schema: T | undefined;
  let building = false;
  const built = (): T => {
    if (schema === undefined) {
      // A definition that reads itself would recurse until the stack overflows (eagerly it is a
      // ReferenceError at load): say which mistake it is.
      if (building) throw new Error('lazySchema: the schema is read while it is being built (a cycle)');
      building = true;
      try {
        schema = build();
      } finally {
        building = false;
      }
    }
    return schema;
  };
  const deferred = new Map<PropertyKey, Method>();
  const deferredCall = (key: PropertyKey): Method => {
    let call = deferred.get(key);
    if (!call) {
      call = (...args) => (Reflect.get(built(), key) as Method)(...args);
      deferred.set(key, call);
    }
    return call;
  };
  // The target stays an empty, extensible object: a Proxy may then report any property of the
  // built schema (its invariants only bind what the target itself holds). The exception is a
  // non-configurable property defined through the proxy, mirrored on the target so it may be reported.
  const target: object = {};
  const handler: ProxyHandler<object> = {
    // The built schema is the receiver, so its getters and zod's bound methods see the schema itself.
    get: (_t, key) => (schema === undefined && PARSE_METHODS.has(key) ? deferredCall(key) : Reflect.get(built(), key)),
    set: (_t, key, value) => Reflect.set(built(), key, value),
    has: (_t, key) => Reflect.has(built(), key),
    deleteProperty: (_t, key) => Reflect.deleteProperty(built(), key),
    defineProperty: (t, key, descriptor) => {
      const s = built();
      if (!Reflect.defineProperty(s, key, descriptor)) return false;
      const now = Reflect.getOwnPropertyDescriptor(s, key);
      return now?.configurable !== false || Reflect.defineProperty(t, key, now);
    },
    ownKeys: (t) => [...new Set([...Reflect.ownKeys(built()), ...Reflect.ownKeys(t)])],
    getOwnPropertyDescriptor: (t, key) => {
      const mirrored = Reflect.getOwnPropertyDescriptor(t, key);
      if (mirrored) return mirrored;
      const own = Reflect.getOwnPropertyDescriptor(built(), key);
      // zod defines `_zod` non-configurable; reported so for a key the target lacks, the Proxy would throw.
      return own && { ...own, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(built()),
    setPrototypeOf: (_t, prototype) => Reflect.setPrototypeOf(built(), prototype),
    // Freezing would have to freeze the target too, and then every property must be on it: refused.
    preventExtensions: () => false,
  };
  return new Proxy(target, handler) as T;
}
