import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

interface PatternGroup {
  w: number;
  p: string[];
}
interface Rules {
  version: string;
  intents: { id: string; patterns: Record<string, PatternGroup[]> }[];
  thresholds: Record<string, number>;
}

/** A made-up word no built-in pattern knows. */
const NEW_WORD = 'zorblax';

describe('Routes: /api/admin/bot/rules', () => {
  let portal: TestPortal;
  let admin: string;
  let builtIn: Rules;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    admin = await login(portal.url, 'admin@example.com');
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const put = (body: unknown, ifMatch?: string) =>
    call(portal.url, 'PUT', '/api/admin/bot/rules', {
      token: admin,
      body,
      headers: ifMatch === undefined ? {} : { 'if-match': ifMatch },
    });
  const read = () => call(portal.url, 'GET', '/api/admin/bot/rules', { token: admin });
  const intentOf = async (message: string) => {
    const reply = await call(portal.url, 'POST', '/api/chat', { body: { message, locale: 'en' } });
    expect(reply.status).toBe(200);
    return reply.json.intent as string;
  };
  /** The built-in rules with one more English pattern for the newsletter intent. */
  const withNewPattern = (): Rules => {
    const rules = structuredClone(builtIn);
    const newsletter = rules.intents.find((i) => i.id === 'newsletter')!;
    newsletter.patterns.en = [...(newsletter.patterns.en ?? []), { w: 3, p: [NEW_WORD] }];
    return rules;
  };

  it('should give the built-in rules as version 0 with ETag "0"', async () => {
    // Act
    const reply = await read();

    // Assess
    expect(reply.status).toBe(200);
    expect(reply.headers.get('etag')).toBe('"0"');
    expect(reply.json).toMatchObject({ version: 0, source: 'built-in' });
    builtIn = reply.json.rules as Rules;
    expect(builtIn.intents.map((i) => i.id)).toEqual(
      expect.arrayContaining(['greeting', 'order_status', 'human_handoff', 'newsletter']),
    );
  });

  it('should refuse a save without If-Match with a 428 problem and keep the built-in rules', async () => {
    // Act
    const reply = await put(withNewPattern());

    // Assess
    expect(expectProblem(reply, 428).detail).toMatch(/If-Match/);
    expect((await read()).json.version).toBe(0);
    expect(await intentOf(NEW_WORD)).toBe('fallback');
  });

  it.each(['abc', '"v0"', '"0", "1"'])(
    'should refuse a save with an If-Match %j that does not parse with a 400 problem',
    async (ifMatch) => {
      // Act
      const reply = await put(withNewPattern(), ifMatch);

      // Assess
      expect(expectProblem(reply, 400).detail).toMatch(/If-Match/);
      expect((await read()).json.version).toBe(0);
    },
  );

  it.each<[string, (r: Rules) => unknown, RegExp]>([
    ['no intents at all', (r) => ({ ...r, intents: [] }), /intents/],
    [
      'a malformed intent id',
      (r) => ({ ...r, intents: [...r.intents, { ...r.intents[0], id: 'Weather Talk' }] }),
      /intents\.\d+\.id/,
    ],
    [
      'the reserved fallback id',
      (r) => ({ ...r, intents: [...r.intents, { ...r.intents[0], id: 'fallback' }] }),
      /intents\.\d+\.id/,
    ],
    ['an intent defined twice', (r) => ({ ...r, intents: [...r.intents, r.intents[0]] }), /defined twice/],
    [
      'a pattern weight out of range',
      (r) => ({
        ...r,
        intents: r.intents.map((i, k) => (k === 0 ? { ...i, patterns: { en: [{ w: 99, p: ['hi'] }] } } : i)),
      }),
      /intents\.0\.patterns\.en\.0\.w/,
    ],
    [
      'a negative accept threshold',
      (r) => ({ ...r, thresholds: { ...r.thresholds, accept: -1 } }),
      /thresholds\.accept/,
    ],
    ['no version', ({ version: _v, ...r }) => r, /version/],
  ])(
    'should refuse a rule file with %s with a 400 problem naming the path, and keep answering as before',
    async (_what, breakIt, path) => {
      // Prepare
      const greetingBefore = await intentOf('hello');

      // Act
      const reply = await put(breakIt(withNewPattern()), '"0"');

      // Assess
      const problem = expectProblem(reply, 400);
      expect(problem.detail).toMatch(/rule file is invalid/i);
      expect(problem.detail).toMatch(path);
      expect(problem.errors).toEqual([{ field: 'rules', message: expect.stringMatching(path) }]);
      expect(greetingBefore).toBe('greeting');
      expect(await intentOf('hello')).toBe('greeting');
      expect(await intentOf(NEW_WORD)).toBe('fallback');
      expect((await read()).json).toMatchObject({ version: 0, source: 'built-in' });
    },
  );

  it.each([
    ['an array', '[]'],
    ['malformed JSON', '{"intents": '],
  ])('should refuse %s as a rule file with a 400 problem', async (_what, raw) => {
    // Act
    const reply = await call(portal.url, 'PUT', '/api/admin/bot/rules', {
      token: admin,
      raw,
      headers: { 'if-match': '"0"' },
    });

    // Assess
    expectProblem(reply, 400);
  });

  it('should save a valid edited file with If-Match "0" and answer with it at once', async () => {
    // Prepare
    expect(await intentOf(NEW_WORD)).toBe('fallback');

    // Act
    const reply = await put(withNewPattern(), '"0"');

    // Assess
    expect(reply.status).toBe(200);
    expect(reply.headers.get('etag')).toBe('"1"');
    expect(reply.json).toMatchObject({ version: 1, source: 'stored' });
    expect(await intentOf(NEW_WORD)).toBe('newsletter');
    expect(await intentOf(`please ${NEW_WORD} me`)).toBe('newsletter');
    expect(await intentOf('where is my order')).toBe('order_status');
    const stored = await read();
    expect(stored.headers.get('etag')).toBe('"1"');
    expect(stored.json).toMatchObject({ version: 1, source: 'stored' });
    expect(stored.json.rules).toEqual(withNewPattern());
  });

  it('should refuse a save from a stale version with a 412 problem and keep the newer rules', async () => {
    // Act
    const reply = await put(builtIn, '"0"');

    // Assess
    expectProblem(reply, 412);
    expect((await read()).json.version).toBe(1);
    expect(await intentOf(NEW_WORD)).toBe('newsletter');
  });

  it('should refuse a save from a version that does not exist yet with a 412 problem', async () => {
    // Act
    const reply = await put(builtIn, '"7"');

    // Assess
    expectProblem(reply, 412);
    expect((await read()).json.version).toBe(1);
  });

  it('should go back to the original behaviour when the built-in file is saved again', async () => {
    // Act
    const reply = await put(builtIn, 'W/"1"');

    // Assess
    expect(reply.status).toBe(200);
    expect(reply.json.version).toBe(2);
    expect(await intentOf(NEW_WORD)).toBe('fallback');
  });

  it('should let exactly one of two simultaneous saves from the same version win', async () => {
    // Act
    const replies = await Promise.all([put(withNewPattern(), '"2"'), put(builtIn, '"2"')]);

    // Assess
    expect(replies.map((r) => r.status).sort()).toEqual([200, 412]);
    expect((await read()).json.version).toBe(3);
  });
});
