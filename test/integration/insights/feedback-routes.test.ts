import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

describe('Routes: POST /api/feedback/nps', () => {
  let portal: TestPortal;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    for (const email of [
      'ana@example.com',
      'ben@example.com',
      'lena@example.de',
      'minh@example.vn',
      'mei@example.tw',
      'admin@example.com',
    ]) {
      tokens[email.split('@')[0]!] = await login(portal.url, email);
    }
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const nps = (who: string | undefined, body: unknown) =>
    call(portal.url, 'POST', '/api/feedback/nps', { token: who ? tokens[who] : undefined, body });
  const insights = async () =>
    (await call(portal.url, 'GET', '/api/admin/insights?days=2', { token: tokens.admin })).json;

  it('should record an answer once a day and refuse a second with a 409 problem', async () => {
    // Prepare
    const before = (await insights()).nps;

    // Act
    const first = await nps('ana', { score: 10, comment: 'Great service', orderNumber: '10023' });
    const second = await nps('ana', { score: 2 });

    // Assess
    expect(first.status).toBe(202);
    expect(first.json).toEqual({ recorded: true });
    expectProblem(second, 409);
    const after = (await insights()).nps;
    expect(after.responses).toBe(before.responses + 1);
    expect(after.promoters).toBe(before.promoters + 1);
    expect(after.detractors).toBe(before.detractors);
  });

  it('should answer an order of another customer with a 404 problem and let the customer answer afterwards', async () => {
    // Act
    const foreign = await nps('lena', { score: 8, orderNumber: '10023' });
    const unknown = await nps('lena', { score: 8, orderNumber: '99999' });
    const own = await nps('lena', { score: 8, orderNumber: '10041' });

    // Assess
    expectProblem(foreign, 404);
    expectProblem(unknown, 404);
    expect(foreign.json.detail).toBe(unknown.json.detail);
    expect(own.status).toBe(202);
  });

  it.each<[string, unknown, string]>([
    ['a score of 11', { score: 11 }, 'score'],
    ['a score of -1', { score: -1 }, 'score'],
    ['a score as a string', { score: '10' }, 'score'],
    ['a fractional score', { score: 7.5 }, 'score'],
    ['no score', { comment: 'hm' }, 'score'],
    ['a comment that is too long', { score: 5, comment: 'x'.repeat(1001) }, 'comment'],
    ['a malformed order number', { score: 5, orderNumber: '../10023' }, 'orderNumber'],
    ['an unknown field', { score: 5, customerId: '00000000-0000-4000-8000-000000000011' }, 'customerId'],
  ])(
    "should refuse %s with a 400 problem naming the field and not use up the day's answer",
    async (_what, body, field) => {
      // Act
      const reply = await nps('minh', body);

      // Assess
      expect(
        expectProblem(reply, 400)
          .errors.map((e: { field: string }) => e.field)
          .join(','),
      ).toContain(field);
    },
  );

  it('should still take the answer of a customer whose earlier tries were invalid', async () => {
    // Act
    const reply = await nps('minh', { score: 0 });

    // Assess
    expect(reply.status).toBe(202);
  });

  it('should refuse an anonymous caller with a 401 problem', async () => {
    // Act
    const reply = await nps(undefined, { score: 9 });

    // Assess
    expectProblem(reply, 401);
  });

  it('should refuse malformed JSON with a 400 problem', async () => {
    // Act
    const reply = await call(portal.url, 'POST', '/api/feedback/nps', { token: tokens.mei, raw: '{"score": ' });

    // Assess
    expectProblem(reply, 400);
  });

  it('should take only one of two answers sent at the same moment', async () => {
    // Act
    const replies = await Promise.all([nps('ben', { score: 9 }), nps('ben', { score: 3 })]);

    // Assess
    expect(replies.map((r) => r.status).sort()).toEqual([202, 409]);
  });

  it('should compute the NPS from promoters and detractors in the insights', async () => {
    // Prepare: answers so far today are 10 (ana), 8 (lena), 0 (minh) and ben's one or two.
    await nps('mei', { score: 9 });

    // Act
    const { nps: summary } = await insights();

    // Assess
    expect(summary.responses).toBe(summary.promoters + summary.passives + summary.detractors);
    expect(summary.promoters).toBeGreaterThanOrEqual(2);
    expect(summary.passives).toBeGreaterThanOrEqual(1);
    expect(summary.detractors).toBeGreaterThanOrEqual(1);
    expect(summary.score).toBe(Math.round(((summary.promoters - summary.detractors) / summary.responses) * 100));
  });
});
