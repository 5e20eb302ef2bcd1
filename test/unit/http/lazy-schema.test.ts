import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { lazySchema as eagerSchema } from '../../../functions/http/lazy-schema';
import { lazySchema } from '../../../functions/http/lazy-schema-lite';

/** A lazily built schema and a count of its builds. */
function counted<T extends z.ZodType>(build: () => T) {
  const builds = { count: 0 };
  const schema = lazySchema(() => {
    builds.count++;
    return build();
  });
  return { schema, builds };
}

const Message = () =>
  z.strictObject({
    text: z.string().trim().min(1, 'Write a message').max(20),
    score: z.number().int().min(1).max(5).optional(),
  });

describe('lazySchema (the eager version)', () => {
  it('should build the schema at once and hand back that very object', () => {
    // Prepare
    const built = z.string();

    // Assess: zod-to-openapi keys metadata by identity, so the document needs this object.
    expect(eagerSchema(() => built)).toBe(built);
  });
});

describe('lazySchema (the API functions: built on first use)', () => {
  it('should build nothing until the schema is used, then build it once', () => {
    // Prepare
    const { schema, builds } = counted(Message);

    // Act: what @hono/zod-openapi checks when a route is registered.
    const looksLikeZod = ['parse', 'safeParse', 'parseAsync', 'safeParseAsync'].every(
      (m) => typeof (schema as unknown as Record<string, unknown>)[m] === 'function',
    );

    // Assess
    expect(looksLikeZod).toBe(true);
    expect(builds.count).toBe(0);
    expect(schema.parse({ text: ' hi ' })).toEqual({ text: 'hi' });
    expect(schema.safeParse({ text: 'again' }).success).toBe(true);
    expect(builds.count).toBe(1);
  });

  it('should accept and refuse exactly what the eager schema does, with the same issues', async () => {
    // Prepare
    const lazy = lazySchema(Message);
    const eager = Message();
    const inputs = [{ text: 'ok', score: 3 }, { text: '   ' }, { text: 'ok', extra: 1 }, { score: 9 }, 'text', null];

    // Act / Assess
    for (const input of inputs) {
      expect(lazy.safeParse(input)).toEqual(eager.safeParse(input));
      expect(await lazy.safeParseAsync(input)).toEqual(await eager.safeParseAsync(input));
    }
    expect(() => lazy.parse({ text: '' })).toThrow(z.ZodError);
    await expect(lazy.parseAsync({ text: '' })).rejects.toThrow('Write a message');
  });

  it("should pass zod's instanceof checks and show the built schema's properties", () => {
    // Prepare
    const lazy = lazySchema(Message);
    const eager = Message();

    // Assess
    expect(lazy instanceof z.ZodObject).toBe(true);
    expect(lazy instanceof z.ZodType).toBe(true);
    expect(lazy instanceof z.ZodString).toBe(false);
    expect(lazy._zod.def.type).toBe('object');
    expect(Object.keys(lazy.shape)).toEqual(['text', 'score']);
    expect(Object.keys(lazy)).toEqual(Object.keys(eager));
    expect('_zod' in lazy).toBe(true);
    expect(Object.getOwnPropertyDescriptor(lazy, '_zod')?.value).toBe(lazy._zod);
    expect(Object.getPrototypeOf(lazy)).toBe(Object.getPrototypeOf(eager));
    expect(z.toJSONSchema(lazy)).toEqual(z.toJSONSchema(eager));
  });

  it('should compose: extend, pick, optional, arrays, shapes and unions of lazy schemas', () => {
    // Prepare
    const Locale = lazySchema(() => z.enum(['en', 'de']));
    const Base = lazySchema(() => z.object({ id: z.string(), locale: Locale }));
    const Extended = lazySchema(() => Base.extend({ count: z.number().int() }));
    const Picked = lazySchema(() => Base.pick({ id: true }));
    const Reply = lazySchema(() =>
      z.discriminatedUnion('type', [
        z.object({ type: z.literal('text'), text: z.string() }),
        lazySchema(() => z.object({ type: z.literal('link'), url: z.string() })),
      ]),
    );
    const Wrapper = lazySchema(() => z.object({ base: Base.optional(), replies: z.array(Reply), locale: Locale }));

    // Assess
    expect(Extended.parse({ id: 'a', locale: 'de', count: 2 })).toEqual({ id: 'a', locale: 'de', count: 2 });
    expect(Extended.safeParse({ id: 'a', locale: 'fr', count: 2 }).error?.issues[0]?.path).toEqual(['locale']);
    expect(Picked.parse({ id: 'a', locale: 'xx' })).toEqual({ id: 'a' });
    expect(Locale.optional().parse(undefined)).toBeUndefined();
    expect(Base.optional() instanceof z.ZodOptional).toBe(true);
    expect(
      Wrapper.parse({
        replies: [
          { type: 'link', url: '/x' },
          { type: 'text', text: 'hi' },
        ],
        locale: 'en',
      }),
    ).toEqual({
      replies: [
        { type: 'link', url: '/x' },
        { type: 'text', text: 'hi' },
      ],
      locale: 'en',
    });
    expect(Wrapper.safeParse({ replies: [{ type: 'other' }], locale: 'en' }).success).toBe(false);
  });

  it('should name a definition that reads itself, instead of overflowing the stack', () => {
    // Prepare
    const Self: z.ZodType = lazySchema(() => z.object({ child: Self.optional() }));

    // Act / Assess
    expect(() => Self.parse({})).toThrow('read while it is being built');
  });

  it('should keep what is defined on it, and refuse to be frozen', () => {
    // Prepare
    const lazy = lazySchema(() => z.string());

    // Act
    Object.defineProperty(lazy, 'fixed', { value: 1 });

    // Assess: a non-configurable property is reported as it is (Proxy invariants hold).
    expect(Object.getOwnPropertyDescriptor(lazy, 'fixed')).toMatchObject({ value: 1, configurable: false });
    expect((lazy as unknown as { fixed: number }).fixed).toBe(1);
    expect(() => Object.freeze(lazy)).toThrow(TypeError);
  });

  it("should validate a route's body with @hono/zod-openapi, built with the first request", async () => {
    // Prepare
    const { schema, builds } = counted(Message);
    const route = createRoute({
      method: 'post',
      path: '/messages',
      request: { body: { content: { 'application/json': { schema } }, required: true } },
      responses: { 200: { description: 'ok' } },
    });
    const app = new OpenAPIHono().openapi(route, (c) => c.json(c.req.valid('json'), 200));
    const post = (body: unknown) =>
      app.request('/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    // Act
    const registered = builds.count;
    const refused = await post({ text: '' });
    const taken = await post({ text: ' hello ' });

    // Assess
    expect(registered).toBe(0);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('Write a message');
    expect(taken.status).toBe(200);
    expect(await taken.json()).toEqual({ text: 'hello' });
    expect(builds.count).toBe(1);
  });
});
