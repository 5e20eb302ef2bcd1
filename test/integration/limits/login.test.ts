import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, type Reply } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

/** The default limits (README "Configuration"), unscaled. */
const LOGIN_LIMIT = 10;
const CLIENT_LOGIN_LIMIT = 30;

const statuses = (replies: Reply[]) => replies.map((r) => r.status);
const countOf = (replies: Reply[], status: number) => replies.filter((r) => r.status === status).length;

/**
 * Sign-in under parallel bursts: the failure slots (per client and email, and per client across
 * emails) are taken before the password is checked, so a burst tries no more than the limit,
 * whatever the interleaving. One portal per block, so one block's failures do not use up the
 * next one's allowance (they all come from 127.0.0.1).
 */
describe('Rate limits: sign-in under parallel bursts', () => {
  let logins: TestPortal;
  let spread: TestPortal;

  beforeAll(async () => {
    const env = { RATE_LIMIT_MULTIPLIER: '1' };
    [logins, spread] = await Promise.all([startPortal({ site: false, env }), startPortal({ site: false, env })]);
  });

  afterAll(async () => {
    await Promise.all([logins?.stop(), spread?.stop()]);
  });

  const login = (portal: TestPortal, email: string, password: string) =>
    call(portal.url, 'POST', '/api/auth/login', { body: { email, password } });

  describe('sign-in', () => {
    const victim = 'ben@example.com';
    let burst: Reply[];
    let afterwards: Reply;

    beforeAll(async () => {
      // 59 wrong passwords and the right one last, all at once; then the right one alone.
      burst = await Promise.all(
        Array.from({ length: 60 }, (_, i) => login(logins, victim, i === 59 ? 'demo-password' : `wrong-${i}`)),
      );
      afterwards = await login(logins, victim, 'demo-password');
    });

    it('should try at most the limit of 60 parallel sign-ins', () => {
      // Assess
      expect(countOf(burst, 401)).toBeLessThanOrEqual(LOGIN_LIMIT);
      expect(countOf(burst, 429)).toBeGreaterThanOrEqual(60 - LOGIN_LIMIT - 1);
      expect(countOf(burst, 401) + countOf(burst, 429) + countOf(burst, 200), statuses(burst).join()).toBe(60);
    });

    it('should refuse the right password inside the lockout', () => {
      // Assess: had the right one won a slot, the wrong ones would have had one fewer.
      const right = burst[59]!;
      if (right.status === 200) expect(countOf(burst, 401)).toBeLessThan(LOGIN_LIMIT);
      else expectProblem(right, 429);
      expectProblem(afterwards, 429);
      expect(afterwards.text).not.toContain('accessToken');
    });

    it('should not count a right password as a failure', async () => {
      // Act: another account, one success among failures below the limit.
      const other = 'minh@example.vn';
      for (let i = 0; i < LOGIN_LIMIT - 1; i++) expectProblem(await login(logins, other, `wrong-${i}`), 401);
      const right = await login(logins, other, 'demo-password');
      const lastWrong = await login(logins, other, 'wrong-last');

      // Assess
      expect(right.status).toBe(200);
      expectProblem(lastWrong, 401);
    });
  });

  describe('sign-in spread over many emails', () => {
    it('should limit one client spreading 40 failed sign-ins over 40 emails', async () => {
      // Act: four at a time, every email new.
      const replies: Reply[] = [];
      for (let i = 0; i < 40; i += 4)
        replies.push(
          ...(await Promise.all([0, 1, 2, 3].map((j) => login(spread, `nobody${i + j}@example.org`, 'x-wrong')))),
        );

      // Assess
      expect(countOf(replies, 429)).toBeGreaterThan(0);
      expect(countOf(replies, 401)).toBeLessThanOrEqual(CLIENT_LOGIN_LIMIT);
      expect(countOf(replies, 401) + countOf(replies, 429), statuses(replies).join()).toBe(40);
      const refused = replies.find((r) => r.status === 429)!;
      expectProblem(refused, 429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    });

    it('should refuse even a right password from that client while it is limited', async () => {
      // Act
      const reply = await login(spread, 'lena@example.de', 'demo-password');

      // Assess: every try needs a free failure slot first, right or wrong.
      expectProblem(reply, 429);
    });
  });
});
