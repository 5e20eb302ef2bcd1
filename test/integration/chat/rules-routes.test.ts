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
    ['a made-up top-level key', (r) => ({ ...r, colour: 'blue' }), /colour/],
    [
      'a made-up key inside an intent',
      (r) => ({ ...r, intents: r.intents.map((i, k) => (k === 0 ? { ...i, pattern: [] } : i)) }),
      /intents\.0.*pattern/,
    ],
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
  describe('history and restore', () => {
    const history = () => call(portal.url, 'GET', '/api/admin/bot/rules/history', { token: admin });
    const version = (n: number | string) =>
      call(portal.url, 'GET', `/api/admin/bot/rules/versions/${n}`, { token: admin });
    const restore = (body: unknown, ifMatch?: string) =>
      call(portal.url, 'POST', '/api/admin/bot/rules/restore', {
        token: admin,
        body,
        headers: ifMatch === undefined ? {} : { 'if-match': ifMatch },
      });

    it('should list every saved version newest first, with who saved it', async () => {
      // Act
      const reply = await history();

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json.current).toBe(3);
      const versions = reply.json.versions as { version: number; updatedBy: string }[];
      expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
      expect(versions.every((v) => v.updatedBy === 'admin@example.com')).toBe(true);
      expect(JSON.stringify(reply.json)).not.toContain('intents');
    });

    it('should give one version whole, and 0 as the built-in file', async () => {
      // Act
      const [one, zero, missing, bad] = await Promise.all([version(1), version(0), version(99), version('x')]);

      // Assess
      expect(one.json).toMatchObject({ version: 1, source: 'stored' });
      expect(one.json.rules).toEqual(withNewPattern());
      expect(zero.json).toMatchObject({ version: 0, source: 'built-in' });
      expect(zero.json.rules).toEqual(builtIn);
      expectProblem(missing, 404);
      expectProblem(bad, 400);
    });

    it('should restore an earlier version as a new one, and answer with it at once', async () => {
      // Prepare: version 1 has the new pattern, version 2 is the built-in file again.
      const target = (await intentOf(NEW_WORD)) === 'newsletter' ? 2 : 1;

      // Act
      const reply = await restore({ version: target }, '"3"');

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json.version).toBe(4);
      expect(await intentOf(NEW_WORD)).toBe(target === 1 ? 'newsletter' : 'fallback');
      const listed = (await history()).json.versions as { version: number; restoredFrom?: number }[];
      expect(listed[0]).toMatchObject({ version: 4, restoredFrom: target });
    });

    it('should refuse a restore without If-Match, from a stale version, of a missing version or with unknown fields', async () => {
      // Act
      const [missingHeader, stale, missing, unknownKey] = await Promise.all([
        restore({ version: 1 }),
        restore({ version: 1 }, '"3"'),
        restore({ version: 42 }, '"4"'),
        restore({ version: 1, force: true }, '"4"'),
      ]);

      // Assess
      expectProblem(missingHeader, 428);
      expectProblem(stale, 412);
      expectProblem(missing, 404);
      expectProblem(unknownKey, 400);
      expect((await read()).json.version).toBe(4);
    });
  });

  describe('test console', () => {
    const test = (body: unknown, token = admin) => call(portal.url, 'POST', '/api/admin/bot/test', { token, body });

    it('should say what a message matches and why under the live rules', async () => {
      // Act
      const reply = await test({ message: 'where is my order 10023?', locale: 'en' });

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json.decision).toMatchObject({ intent: 'order_status', outOfScope: false });
      expect(reply.json.entities.orderNumbers).toEqual(['10023']);
      const [top] = reply.json.intents as { intent: string; matched: string[]; score: number }[];
      expect(top!.intent).toBe('order_status');
      expect(top!.matched.length).toBeGreaterThan(0);
      expect(top!.score).toBeGreaterThan(0);
    });

    it('should try a draft file without saving it', async () => {
      // Prepare
      const saved = (await read()).json.version;
      const draft = withNewPattern();
      draft.intents.find((i) => i.id === 'newsletter')!.patterns.en!.push({ w: 4, p: ['quuxly'] });

      // Act
      const reply = await test({ message: 'quuxly', locale: 'en', rules: draft });

      // Assess
      expect(reply.json.decision.intent).toBe('newsletter');
      expect(reply.json.intents[0].matched).toContain('quuxly');
      expect(await intentOf('quuxly')).toBe('fallback');
      expect((await read()).json.version).toBe(saved);
    });

    it('should refuse a bad draft, an empty message and an unknown field with 400 problems', async () => {
      // Act
      const replies = await Promise.all([
        test({ message: 'hi', rules: { intents: [] } }),
        test({ message: '   ' }),
        test({ message: 'hi', explain: true }),
      ]);

      // Assess
      for (const reply of replies) expectProblem(reply, 400);
    });

    it('should keep the console and the history to admins', async () => {
      // Prepare
      const agent = await login(portal.url, 'agent@example.com');
      const customer = await login(portal.url, 'ana@example.com');

      // Act
      const replies = await Promise.all([
        test({ message: 'hi' }, agent),
        test({ message: 'hi' }, customer),
        call(portal.url, 'GET', '/api/admin/bot/rules/history', { token: agent }),
        call(portal.url, 'POST', '/api/admin/bot/rules/restore', {
          token: agent,
          body: { version: 1 },
          headers: { 'if-match': '"4"' },
        }),
        call(portal.url, 'POST', '/api/admin/bot/test', { body: { message: 'hi' } }),
      ]);

      // Assess
      expect(replies.map((r) => r.status)).toEqual([403, 403, 403, 403, 401]);
    });
  });
});
