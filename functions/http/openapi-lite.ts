/**
 * What the API functions' bundles load in place of @asteasolutions/zod-to-openapi (the
 * `zodOpenApiLite` plugin of infra/constructs/bundling.ts): @hono/zod-openapi keeps its routing
 * and validation code, but nothing is registered and `.openapi()` hands back the schema itself.
 * The OpenAPI document is built from the same schemas by the docs function, the local server and
 * scripts/gen-api.ts, which load the real library; an API function never serves it, so its cold
 * start skips the registry, the generator and a copy of every schema `.openapi()` would make.
 */

/** Thrown if an API function is ever asked for the document (API Gateway sends those paths to docs). */
const notHere = () => {
  throw new Error('The OpenAPI document is served by the docs function; this bundle leaves the generator out');
};

/** The registry's surface @hono/zod-openapi calls: every registration is dropped, `definitions` stays empty. */
export class OpenAPIRegistry {
  readonly definitions: never[] = [];
  register<T>(_refId: string, schema: T): T {
    return schema;
  }
  registerPath(): void {}
  registerWebhook(): void {}
  registerComponent(): void {}
  registerParameter<T>(_refId: string, schema: T): T {
    return schema;
  }
}

export class OpenApiGeneratorV3 {
  generateDocument(): never {
    return notHere();
  }
}

export class OpenApiGeneratorV31 extends OpenApiGeneratorV3 {}

/** Schemas get an `.openapi()` that returns them unchanged: metadata is for the document only. */
export function extendZodWithOpenApi(zod: { ZodType: { prototype: object } }): void {
  const proto = zod.ZodType.prototype as { openapi?: unknown };
  if (proto.openapi === undefined)
    proto.openapi = function (this: unknown) {
      return this;
    };
}

export const getOpenApiMetadata = (): Record<string, never> => ({});
