import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, type Reply } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

/** The default limits (README "Configuration"), unscaled. */
const LOGIN_LIMIT = 10;
const CLIENT_LOGIN_LIMIT = 30;
/** Shorter than the default (3), to keep the file quick. */
const SLOW_LANE_SECONDS = 1;

const statuses = (replies: Reply[]) => replies.map((r) => r.status);
const countOf = (replies: Reply[], status: number) => replies.filter((r) => r.status === status).length;

/** Runs `count` calls with `width` in flight at a time; replies in call order. */
async function pool(count: number, width: number, fn: (i: number) => Promise<Reply>) {
  const out: Reply[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) {
        const i = next++;
        out[i] = await fn(i);
      }
    }),
  );
  return out;
}

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
    [logins, spread] = await Promise.all([
      startPortal({ site: false, env }),
      startPortal({ site: false, env: { ...env, LOGIN_SLOW_LANE_SECONDS: String(SLOW_LANE_SECONDS) } }),
    ]);
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
    let started: number;
    let replies: Reply[];

    beforeAll(async () => {
      // 40 wrong passwords, four in flight at a time, every email new (the acceptance probe's pattern).
      started = Date.now();
      replies = await pool(40, 4, (i) => login(spread, `nobody${i}@example.org`, 'x-wrong'));
    });

    it('should limit one client spreading 40 failed sign-ins over 40 emails', () => {
      // Assess: the cap, then at most one try per slow-lane turn.
      const lane = Math.ceil((Date.now() - started) / 1000 / SLOW_LANE_SECONDS) + 1;
      expect(countOf(replies, 429)).toBeGreaterThan(0);
      expect(countOf(replies, 401)).toBeLessThanOrEqual(CLIENT_LOGIN_LIMIT + lane);
      expect(countOf(replies, 401) + countOf(replies, 429), statuses(replies).join()).toBe(40);
      const refused = replies.find((r) => r.status === 429)!;
      expectProblem(refused, 429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    });

    it('should try at most one sign-in per slow-lane turn from that client, in parallel too', async () => {
      // Act
      const burst = await Promise.all(
        Array.from({ length: 20 }, (_, i) => login(spread, `lane${i}@example.org`, 'x-wrong')),
      );

      // Assess: one whose turn is due now or within one turn, the rest refused at once.
      expect(countOf(burst, 401)).toBeLessThanOrEqual(2);
      expect(countOf(burst, 429)).toBeGreaterThanOrEqual(18);
    });

    it('should throttle, not lock out, a right password from that client', async () => {
      // Act: an office behind one address still signs in, after a turn's wait at most.
      const t0 = Date.now();
      const reply = await login(spread, 'lena@example.de', 'demo-password');
      const waited = Date.now() - t0;

      // Assess
      expect(reply.status, reply.text).toBe(200);
      expect(waited).toBeLessThan(SLOW_LANE_SECONDS * 1000 * 2 + 1_000);
    });

    it('should keep throttling the client for a burst on one email', async () => {
      // Act
      const burst = await Promise.all(
        Array.from({ length: 15 }, (_, i) => login(spread, 'mei@example.tw', `wrong-${i}`)),
      );

      // Assess
      expect(countOf(burst, 401)).toBeLessThanOrEqual(2);
    });
  });
});
