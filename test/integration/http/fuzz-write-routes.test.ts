import fc from 'fast-check';
import type { OpenAPI3 } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../scripts/gen-api';
import { login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

/**
 * Reliability: every write route of the OpenAPI document, 1,000+ generated requests each (bodies
 * of the wrong shape, type and size, near-valid bodies built from the route's own schema, raw
 * text, other content types, odd path values and If-Match headers): never a 5xx, and every 4xx
 * is an RFC 9457 problem+json. The routes come from /api/openapi.json, so a new one is covered.
 */

interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  maxItems?: number;
  minItems?: number;
  format?: string;
  pattern?: string;
}
interface Operation {
  security?: unknown[];
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface WriteRoute {
  method: string;
  path: string;
  admin: boolean;
  auth: boolean;
  schema?: Schema;
  params: string[];
  ifMatch: boolean;
}

const RUNS = 100;
const BATCH = 10; // requests in flight per run: RUNS x BATCH inputs per route
const KNOWN_PARAMS: Record<string, string[]> = {
  orderNumber: ['10023', '10025', '10031', '99999'],
  slug: ['return-item', 'track-order', 'fuzz-probe'],
  locale: ['en', 'de', 'vi', 'zh', 'xx'],
  sessionId: ['00000000-0000-4000-8000-000000000099'],
  id: ['00000000-0000-4000-8000-000000000098'],
};

/** The write routes of the app's own OpenAPI document (built in-process, as `npm run gen:api` does). */
const doc = (await openApiDocument()) as OpenAPI3 & {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};
const components = doc.components.schemas;
const ROUTES: WriteRoute[] = Object.entries(doc.paths).flatMap(([path, ops]) =>
  Object.entries(ops)
    .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, op]) => ({
      method: method.toUpperCase(),
      path: `/api${path}`,
      admin: path.startsWith('/admin/'),
      auth: Boolean(op.security?.length),
      schema: op.requestBody?.content?.['application/json']?.schema,
      params: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      ifMatch: (op.parameters ?? []).some((p) => p.in === 'header' && p.name === 'if-match'),
    })),
);

const resolve = (s: Schema): Schema =>
  s.$ref ? resolve(components[s.$ref.replace('#/components/schemas/', '')] ?? {}) : s;

const headerSafe = fc.stringMatching(/^[\x21-\x7e]{0,24}$/);
const bigString = fc.integer({ min: 1_000, max: 80_000 }).map((n) => 'x'.repeat(n));
const hostileObject = fc.constantFrom<unknown>(
  JSON.parse('{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}'),
  { toString: 'x', valueOf: 1, hasOwnProperty: null },
  Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`k${i}`, i])),
);
/** A value of some type, whatever the schema wants. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 1e308, -0, 2 ** 53 + 1),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 }),
  bigString,
  hostileObject,
);

/** Values near what the schema accepts: right type, lengths and bounds just inside or outside. */
function nearValid(raw: Schema, depth: number): fc.Arbitrary<unknown> {
  const s = resolve(raw);
  if (s.enum) return fc.constantFrom(...s.enum);
  const choices = s.anyOf ?? s.oneOf;
  if (choices?.length) return fc.oneof(...choices.map((c) => fieldValue(c, depth)));
  if (s.allOf?.length) return fieldValue({ ...Object.assign({}, ...s.allOf.map(resolve)) }, depth);
  switch (s.type) {
    case 'string': {
      if (s.format === 'email') return fc.oneof(fc.emailAddress(), fc.constantFrom('ana@example.com', 'a@b', '@'));
      const max = s.maxLength ?? 40;
      return fc.oneof(
        fc.string({ minLength: Math.max(0, (s.minLength ?? 0) - 1), maxLength: Math.min(max + 1, 120) }),
        fc.constantFrom('', ' ', 'x'.repeat(max), 'x'.repeat(max + 1), '<script>alert(1)</script>', '\u0000', 'é😀'),
      );
    }
    case 'integer':
    case 'number': {
      const min = s.minimum ?? s.exclusiveMinimum ?? -10;
      const max = s.maximum ?? min + 100;
      return fc.oneof(fc.integer({ min: min - 1, max: max + 1 }), fc.double({ min: min - 1, max: max + 1 }));
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(fieldValue(s.items ?? {}, depth + 1), { maxLength: Math.min((s.maxItems ?? 3) + 1, 5) });
    case 'object': {
      const props = Object.entries(s.properties ?? {});
      if (!props.length)
        return fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 });
      const record = fc.record(Object.fromEntries(props.map(([k, v]) => [k, fieldValue(v, depth + 1)])), {
        requiredKeys: [],
      });
      const extra = fc.dictionary(fc.constantFrom('extra', '__proto__', 'constructor', 'admin'), wrongValue, {
        maxKeys: 2,
      });
      return fc.oneof(
        { weight: 4, arbitrary: record },
        { weight: 1, arbitrary: fc.tuple(record, extra).map(([a, b]) => ({ ...b, ...a })) },
      );
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Values the schema accepts, so the handlers behind validation run too. */
function valid(raw: Schema, depth: number): fc.Arbitrary<unknown> {
  const s = resolve(raw);
  if (depth > 4) return fc.constant(null);
  if (s.enum) return fc.constantFrom(...s.enum);
  const choices = s.anyOf ?? s.oneOf;
  if (choices?.length) return fc.oneof(...choices.map((c) => valid(c, depth)));
  if (s.allOf?.length) return valid({ ...Object.assign({}, ...s.allOf.map(resolve)) }, depth);
  switch (s.type) {
    case 'string': {
      if (s.format === 'email') return fc.emailAddress();
      const minLength = s.minLength ?? 0;
      const maxLength = Math.max(minLength, Math.min(s.maxLength ?? 40, 80));
      if (s.pattern) {
        const pattern = new RegExp(s.pattern);
        return fc.stringMatching(pattern).filter((v) => v.length >= minLength && v.length <= maxLength);
      }
      return fc.string({ minLength, maxLength }).filter((v) => v.trim().length >= minLength);
    }
    case 'integer':
      return fc.integer({
        min: s.minimum ?? (s.exclusiveMinimum === undefined ? -10 : s.exclusiveMinimum + 1),
        max: s.maximum ?? 100,
      });
    case 'number':
      return fc.double({ min: s.minimum ?? s.exclusiveMinimum ?? -10, max: s.maximum ?? 100, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valid(s.items ?? {}, depth + 1), {
        minLength: s.minItems ?? 0,
        maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 3, 3)),
      });
    case 'object': {
      const props = Object.entries(s.properties ?? {});
      return fc.record(Object.fromEntries(props.map(([k, v]) => [k, valid(v, depth + 1)])), {
        requiredKeys: s.required ?? [],
      });
    }
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

function fieldValue(s: Schema, depth: number): fc.Arbitrary<unknown> {
  if (depth > 4) return fc.jsonValue({ maxDepth: 1 });
  return fc.oneof({ weight: 5, arbitrary: nearValid(s, depth) }, { weight: 1, arbitrary: wrongValue });
}

interface Body {
  text?: string;
  contentType?: string;
}
function bodyOf(route: WriteRoute): fc.Arbitrary<Body> {
  const json = (value: fc.Arbitrary<unknown>) =>
    value.map((v): Body => ({ text: JSON.stringify(v) ?? 'null', contentType: 'application/json' }));
  const firstField = Object.keys(resolve(route.schema ?? {}).properties ?? {})[0] ?? 'message';
  return fc.oneof(
    { weight: 5, arbitrary: json(route.schema ? fieldValue(route.schema, 0) : fc.jsonValue({ maxDepth: 3 })) },
    { weight: 3, arbitrary: json(route.schema ? valid(route.schema, 0) : fc.constant({})) },
    { weight: 2, arbitrary: json(wrongValue) },
    { weight: 1, arbitrary: json(bigString.map((big) => ({ [firstField]: big }))) },
    {
      weight: 2,
      arbitrary: fc
        .oneof(
          fc.string({ maxLength: 40 }),
          fc.constantFrom('', '{', '{"a":', '[1,2', '{"a":1}}', 'nul', '\u0000', '"'),
        )
        .map((text): Body => ({ text, contentType: 'application/json' })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.jsonValue({ maxDepth: 2 }),
          fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data',
            'application/json; charset=utf-16',
            undefined,
          ),
        )
        .map(([v, contentType]): Body => ({ text: JSON.stringify(v) ?? 'null', contentType })),
    },
    { weight: 1, arbitrary: fc.constant<Body>({}) },
  );
}

function pathOf(route: WriteRoute): fc.Arbitrary<string> {
  const values = route.params.map((name) =>
    fc
      .oneof(
        { weight: 4, arbitrary: fc.constantFrom(...(KNOWN_PARAMS[name] ?? ['x'])) },
        { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
      )
      .map((v) => [name, v] as const),
  );
  return fc
    .tuple(...values)
    .map((pairs) => pairs.reduce((path, [name, v]) => path.replace(`{${name}}`, encodeURIComponent(v)), route.path));
}

interface Probe {
  method: string;
  path: string;
  status: number;
  contentType: string;
  text: string;
}

describe('Reliability: generated bodies on every write route', () => {
  let portal: TestPortal;
  let tokens: { customer: string; admin: string };

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    const [customer, admin] = await Promise.all([
      login(portal.url, 'ana@example.com'),
      login(portal.url, 'admin@example.com'),
    ]);
    tokens = { customer, admin };
  });

  afterAll(async () => {
    await portal?.stop();
  });

  it('should find the write routes in the OpenAPI document', () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(15);
    expect(ROUTES.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(['PATCH /api/me', 'POST /api/chat', 'POST /api/admin/faq/import']),
    );
  });

  /** Sends one generated request and reads the whole answer. */
  async function probe(route: WriteRoute, path: string, body: Body, token: string | undefined, ifMatch?: string) {
    const headers: Record<string, string> = {};
    if (body.contentType) headers['content-type'] = body.contentType;
    if (token) headers.authorization = `Bearer ${token}`;
    if (ifMatch !== undefined) headers['if-match'] = ifMatch;
    const res = await fetch(portal.url + path, { method: route.method, headers, body: body.text });
    return {
      method: route.method,
      path,
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      text: await res.text(),
    };
  }

  /** What is wrong with an answer, or undefined: a 5xx, or a 4xx that is not problem+json. */
  function flaw(p: Probe): string | undefined {
    const where = `${p.method} ${p.path} -> ${p.status}`;
    if (p.status >= 500) return `${where}: ${p.text.slice(0, 200)}`;
    if (p.status < 400) return undefined;
    if (!p.contentType.includes('application/problem+json')) return `${where}: content-type ${p.contentType}`;
    let json: { status?: unknown; title?: unknown } | undefined;
    try {
      json = JSON.parse(p.text);
    } catch {
      return `${where}: body is not JSON`;
    }
    if (json?.status !== p.status || typeof json?.title !== 'string')
      return `${where}: problem ${p.text.slice(0, 200)}`;
    if (/at .*\.(ts|js):\d+/.test(p.text)) return `${where}: stack trace`;
    return undefined;
  }

  it.each(ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
    `should answer ${RUNS * BATCH} generated requests to %s with no 5xx and problem+json on every 4xx`,
    async (_name, route) => {
      // Prepare
      const own = route.admin ? tokens.admin : tokens.customer;
      const request = fc.record({
        path: pathOf(route),
        body: bodyOf(route),
        token: route.auth
          ? fc.oneof({ weight: 8, arbitrary: fc.constant(own) }, fc.constantFrom(undefined, 'a.b.c', tokens.customer))
          : fc.constantFrom(undefined, undefined, undefined, own),
        ifMatch: route.ifMatch
          ? fc.oneof(fc.constant(undefined), fc.constantFrom('"1"', '"2"', 'W/"1"', '*'), headerSafe)
          : fc.constant(undefined),
      });
      let sent = 0;

      // Act
      await fc.assert(
        fc.asyncProperty(fc.array(request, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
          const answers = await Promise.all(batch.map((r) => probe(route, r.path, r.body, r.token, r.ifMatch)));
          sent += answers.length;
          // Assess
          const flaws = answers.map(flaw).filter(Boolean);
          if (flaws.length) throw new Error(flaws.join('\n'));
        }),
        { numRuns: RUNS },
      );

      // Assess
      expect(sent).toBeGreaterThanOrEqual(RUNS * BATCH);
      expect((await fetch(`${portal.url}/api/health`)).status).toBe(200);
    },
    180_000,
  );
});
