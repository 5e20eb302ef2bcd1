import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, type Reply } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

/** The default lookup limit (README "Configuration"), unscaled; small chat and vote limits, so a burst is quick. */
const LOOKUP_LIMIT = 5;
const CHAT_LIMIT = 8;
const VOTE_LIMIT = 6;

const statuses = (replies: Reply[]) => replies.map((r) => r.status);
const countOf = (replies: Reply[], status: number) => replies.filter((r) => r.status === status).length;

/**
 * Guest lookup (route and chatbot), chat and feedback under parallel bursts: every hit or failure
 * slot is taken before the work runs, so a burst runs no more than the limit.
 */
describe('Rate limits: lookup, chat and feedback under parallel bursts', () => {
  let lookups: TestPortal;
  let others: TestPortal;

  beforeAll(async () => {
    const env = { RATE_LIMIT_MULTIPLIER: '1' };
    [lookups, others] = await Promise.all([
      startPortal({ site: false, env }),
      startPortal({
        site: false,
        env: {
          ...env,
          CHAT_TURNS_PER_MINUTE_CLIENT: String(CHAT_LIMIT),
          FEEDBACK_PER_MINUTE_CLIENT: String(VOTE_LIMIT),
        },
      }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([lookups?.stop(), others?.stop()]);
  });

  const lookup = (portal: TestPortal, email: string) =>
    call(portal.url, 'POST', '/api/orders/lookup', { body: { orderNumber: '10023', email } });

  describe('guest lookup', () => {
    let burst: Reply[];

    beforeAll(async () => {
      burst = await Promise.all(Array.from({ length: 100 }, (_, i) => lookup(lookups, `guess${i}@example.org`)));
    });

    it('should try at most the limit of 100 parallel wrong guesses', () => {
      // Assess
      expect(countOf(burst, 404)).toBeLessThanOrEqual(LOOKUP_LIMIT);
      expect(countOf(burst, 404) + countOf(burst, 429), statuses(burst).join()).toBe(100);
    });

    it('should refuse the rest with problem+json 429 and Retry-After', () => {
      // Assess
      const refused = burst.filter((r) => r.status === 429);
      expect(refused.length).toBeGreaterThanOrEqual(100 - LOOKUP_LIMIT);
      for (const r of refused) {
        const problem = expectProblem(r, 429);
        const wait = Number(r.headers.get('retry-after'));
        expect(Number.isInteger(wait) && wait >= 1 && wait <= 2 * 900).toBe(true);
        expect(problem.retryAfter).toBe(wait);
      }
    });

    it('should refuse the right email too once the burst used the limit', async () => {
      // Act
      const right = await lookup(lookups, 'ana@example.com');

      // Assess
      expectProblem(right, 429);
      expect(right.text).not.toContain('10023');
    });
  });

  describe('chat and feedback', () => {
    it('should look up at most the limit of guest orders in a burst of chatbot guesses', async () => {
      // Act: each a new conversation; the chatbot's guest lookup takes the same failure slots.
      const burst = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          call(lookups.url, 'POST', '/api/chat', {
            body: { message: `where is order 10024? my email is chat-guess${i}@example.org` },
          }),
        ),
      );

      // Assess: the guest lookup burst above already used this client's slots.
      expect(burst.filter((r) => r.status === 200)).toEqual([]);
      for (const r of burst) expectProblem(r, 429);
    });

    it('should answer at most the limit of parallel chat turns from one client', async () => {
      // Act
      const burst = await Promise.all(
        Array.from({ length: 30 }, () => call(others.url, 'POST', '/api/chat', { body: { message: 'hello' } })),
      );

      // Assess
      expect(countOf(burst, 200)).toBe(CHAT_LIMIT);
      expect(countOf(burst, 429)).toBe(30 - CHAT_LIMIT);
      expect(Number(burst.find((r) => r.status === 429)!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    });

    it('should record at most the limit of parallel article votes from one client', async () => {
      // Act
      const burst = await Promise.all(
        Array.from({ length: 30 }, () =>
          call(others.url, 'POST', '/api/faq/articles/track-order/feedback', { body: { helpful: true } }),
        ),
      );

      // Assess
      expect(countOf(burst, 202)).toBe(VOTE_LIMIT);
      expect(countOf(burst, 429)).toBe(30 - VOTE_LIMIT);
    });
  });
});
