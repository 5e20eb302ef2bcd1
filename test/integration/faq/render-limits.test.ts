import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAction } from '../../../functions/faq/domain/article';
import { call, expectProblem, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

/**
 * Bounded rendering (issue 15, finding 2): hostile markdown is refused with a 400 that says why,
 * never a 500, never a frozen process; a bad import row is reported and nothing of it written.
 */
const DEEP_QUOTE = '>'.repeat(20_000);
const HEAVY_EMPHASIS = '_a*'.repeat(6_666);

const content = (answer: string) => ({ question: 'How are limits enforced?', answer, category: 'account', tags: [] });
const row = (slug: string, answer: string) => ({ slug, locale: 'en', ...content(answer), status: 'published' });

describe('Routes: bounded markdown rendering (preview, publish, import)', () => {
  let portal: TestPortal;
  let admin: string;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    admin = await login(portal.url, 'admin@example.com');
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    call(portal.url, method, path, { token: admin, body, headers });
  const answerError = (problem: { errors?: { field: string; message: string }[] }, field = 'answer') =>
    problem.errors?.find((e) => e.field === field)?.message ?? '';

  describe('GET /api/admin/faq/answer-limits', () => {
    it('should tell the editor the answer limits', async () => {
      // Act
      const reply = await send('GET', '/api/admin/faq/answer-limits');

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json).toEqual({ maxChars: 20_000, maxNesting: 8 });
    });

    it('should be for admins only', async () => {
      // Act
      const reply = await call(portal.url, 'GET', '/api/admin/faq/answer-limits');

      // Assess
      expectProblem(reply, 401);
    });
  });

  describe('POST /api/admin/faq/preview', () => {
    it("should refuse '>' x 20,000 with a 400 naming the nesting limit", async () => {
      // Act
      const reply = await send('POST', '/api/admin/faq/preview', { markdown: DEEP_QUOTE });

      // Assess
      const problem = expectProblem(reply, 400);
      expect(answerError(problem, 'markdown')).toMatch(/nest.*8 levels/i);
    });

    it("should answer '_a*' x 6,666 within a second while /api/health stays responsive", async () => {
      // Act
      const started = performance.now();
      const preview = send('POST', '/api/admin/faq/preview', { markdown: HEAVY_EMPHASIS }).then((reply) => ({
        reply,
        ms: performance.now() - started,
      }));
      await new Promise((ok) => setTimeout(ok, 20));
      const healthStarted = performance.now();
      const health = await call(portal.url, 'GET', '/api/health');
      const healthMs = performance.now() - healthStarted;
      const { reply, ms } = await preview;

      // Assess
      expect(health.status).toBe(200);
      expect(healthMs).toBeLessThan(1000);
      expect(ms).toBeLessThan(1000);
      const problem = expectProblem(reply, 400);
      expect(answerError(problem, 'markdown')).toMatch(/emphasis/i);
    });

    it('should refuse markdown longer than the answer limit', async () => {
      // Act
      const reply = await send('POST', '/api/admin/faq/preview', { markdown: 'x'.repeat(20_001) });

      // Assess
      const problem = expectProblem(reply, 400);
      expect(answerError(problem, 'markdown')).toMatch(/20,?000 characters/);
    });

    it('should still render ordinary nested quotes and lists', async () => {
      // Act
      const reply = await send('POST', '/api/admin/faq/preview', {
        markdown: '> quoted\n> > twice\n\n- one\n  - two\n    - **three**',
      });

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json.html).toContain('<strong>three</strong>');
      expect(reply.json.html.match(/<blockquote>/g)).toHaveLength(2);
    });
  });

  describe('saving and publishing', () => {
    it("should refuse to save an answer of '>' x 5,000, naming the answer field", async () => {
      // Act
      const reply = await send('POST', '/api/admin/faq', {
        slug: 'deep-save',
        locale: 'en',
        ...content('>'.repeat(5000)),
      });

      // Assess
      const problem = expectProblem(reply, 400);
      expect(answerError(problem)).toMatch(/nest/i);
      expect((await send('GET', '/api/admin/faq/deep-save/en')).status).toBe(404);
    });

    it("should refuse to publish a draft of '>' x 5,000 saved before the limits, with a 400 and nothing published", async () => {
      // Prepare: a draft written straight to the table, as one saved before the limits existed
      const key = { slug: 'legacy-deep', locale: 'en' as const };
      const change = applyAction(undefined, key, 'create', 'legacy', new Date(), content('>'.repeat(5000)), () => '');
      await portal.deps.stores.faq.commit(change);

      // Act
      const reply = await send('POST', '/api/admin/faq/legacy-deep/en/publish', undefined, { 'if-match': '"1"' });

      // Assess
      const problem = expectProblem(reply, 400);
      expect(answerError(problem)).toMatch(/nest/i);
      const after = await send('GET', '/api/admin/faq/legacy-deep/en');
      expect(after.json).toMatchObject({ status: 'draft', version: 1 });
      expect((await call(portal.url, 'GET', '/api/faq/articles/legacy-deep?locale=en')).status).toBe(404);
    });

    it('should refuse to publish a legacy draft with heavy emphasis, quickly', async () => {
      // Prepare
      const key = { slug: 'legacy-heavy', locale: 'en' as const };
      await portal.deps.stores.faq.commit(
        applyAction(undefined, key, 'create', 'legacy', new Date(), content('_a*'.repeat(16_000)), () => ''),
      );

      // Act
      const started = performance.now();
      const reply = await send('POST', '/api/admin/faq/legacy-heavy/en/publish');

      // Assess
      expect(performance.now() - started).toBeLessThan(1000);
      expect(answerError(expectProblem(reply, 400))).toMatch(/characters|emphasis/i);
    });
  });

  describe('POST /api/admin/faq/import', () => {
    it('should apply the good rows around a hostile one and report the hostile one, writing nothing of it', async () => {
      // Act
      const reply = await send('POST', '/api/admin/faq/import', [
        row('import-ok-a', 'A plain answer.'),
        row('import-bad-b', '>'.repeat(5000)),
        row('import-ok-c', 'Another **plain** answer.'),
      ]);

      // Assess
      expect([200, 207]).toContain(reply.status);
      expect(reply.json).toMatchObject({ created: 2, failed: 1 });
      expect(reply.json.rows.map((r: { result: string }) => r.result)).toEqual(['created', 'error', 'created']);
      expect(answerError(reply.json.rows[1])).toMatch(/nest/i);
      expect((await send('GET', '/api/admin/faq/import-ok-a/en')).json).toMatchObject({ status: 'published' });
      expect((await send('GET', '/api/admin/faq/import-ok-c/en')).json).toMatchObject({ status: 'published' });
      expect((await send('GET', '/api/admin/faq/import-bad-b/en')).status).toBe(404);
      expect((await send('GET', '/api/admin/faq/import-bad-b/en/history')).status).toBe(404);
    });

    it('should refuse a heavy-emphasis row and keep the existing article as it was', async () => {
      // Prepare
      await send('POST', '/api/admin/faq/import', [row('import-keep', 'The original answer.')]);
      const before = (await send('GET', '/api/admin/faq/import-keep/en')).json;

      // Act
      const started = performance.now();
      const reply = await send('POST', '/api/admin/faq/import', [
        row('import-keep', HEAVY_EMPHASIS),
        row('import-after', 'Fine.'),
      ]);

      // Assess
      expect(performance.now() - started).toBeLessThan(1000);
      expect(reply.status).toBe(200);
      expect(reply.json.rows.map((r: { result: string }) => r.result)).toEqual(['error', 'created']);
      expect(answerError(reply.json.rows[0])).toMatch(/emphasis/i);
      expect((await send('GET', '/api/admin/faq/import-keep/en')).json).toEqual(before);
    });
  });
});
