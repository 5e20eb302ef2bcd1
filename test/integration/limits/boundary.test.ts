import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, type Reply } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const LIMIT = 5;
/** A short window, so the test can stand on both sides of a boundary. */
const WINDOW_MS = 6_000;

const sleepUntil = (ms: number) => new Promise((ok) => setTimeout(ok, Math.max(0, ms - Date.now())));
const tried = (replies: Reply[]) => replies.filter((r) => r.status === 404).length;

/**
 * A window boundary is no reset: the previous window still weighs on the count (a sliding
 * two-window count), so a full burst just before the boundary and another just after is not
 * twice the limit.
 */
describe('Rate limits across a window boundary', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startPortal({
      site: false,
      env: {
        RATE_LIMIT_MULTIPLIER: '1',
        LOOKUP_FAILURES_PER_WINDOW: String(LIMIT),
        LOOKUP_WINDOW_SECONDS: String(WINDOW_MS / 1000),
      },
    });
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const burst = (tag: string) =>
    Promise.all(
      Array.from({ length: LIMIT }, (_, i) =>
        call(portal.url, 'POST', '/api/orders/lookup', {
          body: { orderNumber: '10023', email: `${tag}${i}@example.org` },
        }),
      ),
    );

  it('should not allow twice the limit around a boundary, and let tries in again as the window slides', async () => {
    // Prepare: the next boundary that leaves time for a burst before it.
    let boundary = Math.ceil(Date.now() / WINDOW_MS) * WINDOW_MS;
    if (boundary - Date.now() < 2_500) boundary += WINDOW_MS;

    // Act: the whole limit just before the boundary, the whole limit again just after it.
    await sleepUntil(boundary - 2_000);
    const before = await burst('before');
    const beforeDone = Date.now();
    await sleepUntil(boundary + 300);
    const after = await burst('after');
    // Halfway through the window the previous one weighs about half.
    await sleepUntil(boundary + WINDOW_MS * 0.55);
    const halfway = await burst('halfway');

    // Assess
    expect(beforeDone).toBeLessThan(boundary);
    expect(tried(before)).toBe(LIMIT);
    expect(tried(before) + tried(after)).toBeLessThanOrEqual(LIMIT);
    const refused = after.find((r) => r.status === 429)!;
    expectProblem(refused, 429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(WINDOW_MS / 1000);
    expect(tried(halfway)).toBeGreaterThan(0);
    expect(tried(halfway)).toBeLessThan(LIMIT);
  });

  it('should hold the limit for a burst that arrives across the boundary', async () => {
    // Prepare: a fresh client key's worth of tries, all sent a moment before the next boundary so
    // that some are counted in one window while the others already read it from the next.
    let boundary = Math.ceil(Date.now() / WINDOW_MS) * WINDOW_MS;
    if (boundary - Date.now() < 500) boundary += WINDOW_MS;
    await sleepUntil(boundary + WINDOW_MS); // the earlier tests' tries no longer weigh
    boundary += WINDOW_MS * 2;
    await sleepUntil(boundary - 25);

    // Act
    const straddling = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        call(portal.url, 'POST', '/api/orders/lookup', {
          body: { orderNumber: '10023', email: `edge${i}@example.org` },
        }),
      ),
    );

    // Assess
    expect(tried(straddling)).toBeLessThanOrEqual(LIMIT);
    expect(tried(straddling) + straddling.filter((r) => r.status === 429).length).toBe(40);
  });
});
