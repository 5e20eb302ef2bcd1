import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

/** A JSON object nested `depth` levels deep, built as text: JSON.stringify of it overflows the stack. */
const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** The hostile bodies of the product owner's probe (shared/acceptance/hostile.mjs). */
const HOSTILE: [string, string][] = [
  ['truncated JSON', '{"x": '],
  ['an empty array', '[]'],
  ['null', 'null'],
  ['a string', '"string"'],
  ['a huge number', '12345678901234567890'],
  [
    'prototype pollution and a groups claim',
    '{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}, "cognito:groups": ["admins"]}',
  ],
  ['a 2 MB message', JSON.stringify({ message: 'x'.repeat(2_000_000) })],
  ['an object 5000 levels deep', deepJson(5000)],
  [
    'injection strings and an operator object',
    JSON.stringify({
      message: "' OR 1=1 --",
      email: 'a@b.c<script>alert(1)</script>',
      orderNumber: { $ne: null },
      score: 'NaN',
      locale: '../../etc/passwd',
    }),
  ],
  [
    'control characters, a lone surrogate and a long slug',
    JSON.stringify({ message: '\u0000\uFFFF\uD800', score: 11, helpful: 'yes', slug: 'a'.repeat(5000) }),
  ],
];

describe('Routes: hostile request bodies', () => {
  let portal: TestPortal;
  let ana: string;
  let ben: string;
  let anaBefore: unknown;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    [ana, ben] = await Promise.all([login(portal.url, 'ana@example.com'), login(portal.url, 'ben@example.com')]);
    anaBefore = (await call(portal.url, 'GET', '/api/me', { token: ana })).json;
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const targets: [string, string, () => string | undefined, number[]][] = [
    ['POST', '/api/orders/lookup', () => undefined, [400, 413]],
    ['PATCH', '/api/me', () => ana, [400, 413]],
    // The cancel takes an optional reason: a body that is not one is 400, for any order, before the owner check.
    ['POST', '/api/orders/10025/cancel', () => ben, [400, 404, 413]],
  ];

  describe.each(targets)('%s %s', (method, path, token, expected) => {
    it.each(HOSTILE)('should refuse %s with a 4xx problem, never a 5xx', async (_what, raw) => {
      // Act
      const reply = await call(portal.url, method, path, { token: token(), raw });

      // Assess
      expect(reply.status).toBeLessThan(500);
      expect(expected).toContain(reply.status);
      expectProblem(reply, reply.status);
    });
  });

  it("should refuse a body far deeper than the probe's without falling over", async () => {
    // Act
    const reply = await call(portal.url, 'POST', '/api/orders/lookup', { raw: deepJson(10_000) });

    // Assess
    expect([400, 413]).toContain(reply.status);
    expectProblem(reply, reply.status);
  });

  it("should have changed neither Ana's profile nor her order, nor given her the admin group", async () => {
    // Act
    const profile = await call(portal.url, 'GET', '/api/me', { token: ana });
    const order = await call(portal.url, 'GET', '/api/orders/10025', { token: ana });
    const admin = await call(portal.url, 'GET', '/api/admin/faq', { token: ana });

    // Assess
    const stored = (p: any) => ({
      name: p.name,
      locale: p.locale,
      preferences: p.preferences,
      specialDates: p.specialDates,
    });
    expect(stored(profile.json)).toEqual(stored(anaBefore));
    expect(profile.json).not.toHaveProperty('admin');
    expect(order.json.status).toBe('placed');
    expectProblem(admin, 403);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('should still be healthy afterwards', async () => {
    // Act
    const reply = await call(portal.url, 'GET', '/api/health');

    // Assess
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ status: 'ok' });
  });
});
