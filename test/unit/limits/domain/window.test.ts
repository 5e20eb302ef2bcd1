import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowance,
  clientKey,
  counterAt,
  laneTurn,
  retryAfter,
  windowAt,
} from '../../../../functions/limits/domain/window';

describe('Function: windowAt', () => {
  it('should place a moment in its fixed window, aligned to the clock', () => {
    // Act
    const at = windowAt(Date.UTC(2026, 0, 1, 0, 16, 30), 900);

    // Assess
    expect(at.start % 900).toBe(0);
    expect(at.previous).toBe(at.start - 900);
    expect(at.elapsed).toBe(90);
  });
});

describe('Function: allowance', () => {
  it('should allow the whole limit when the previous window was empty', () => {
    // Assess
    expect(allowance(5, 0, 60, 0)).toBe(5);
    expect(allowance(5, 0, 60, 59.9)).toBe(5);
  });

  it('should weigh a full previous window fully at the boundary and less as the window passes', () => {
    // Assess
    expect(allowance(5, 5, 60, 0)).toBe(0);
    expect(allowance(5, 5, 60, 6)).toBe(0);
    expect(allowance(5, 5, 60, 30)).toBe(2);
    expect(allowance(5, 5, 60, 60)).toBe(5);
  });

  it('should never allow more than the limit in all, counting the previous window weighted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 86_400 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (limit, previous, seconds, share) => {
          const elapsed = share * seconds;
          const allowed = allowance(limit, previous, seconds, elapsed);
          expect(allowed).toBeGreaterThanOrEqual(0);
          expect(allowed).toBeLessThanOrEqual(limit);
          if (allowed > 0)
            expect(allowed + (previous * (seconds - elapsed)) / seconds).toBeLessThanOrEqual(limit + 1e-6);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('Function: retryAfter', () => {
  it('should wait for the next window when this one is full and the previous was empty', () => {
    // Assess: 5 of 5 taken 10 s into a 60 s window; one more fits 12 s into the next.
    expect(retryAfter(5, 0, 5, 60, 10)).toBe(50 + 12);
  });

  it('should wait until the previous window weighs little enough', () => {
    // Assess: 5 of 5 in the previous window, nothing yet in this one; one fits at 12 s.
    expect(retryAfter(5, 5, 0, 60, 1)).toBe(11);
  });

  it('should name a wait after which one more hit is allowed, if nothing else is counted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 3600 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (limit, previousRaw, currentRaw, seconds, share) => {
          const elapsed = share * seconds;
          const previous = previousRaw;
          // A window never holds more than the limit.
          const current = Math.min(currentRaw, limit);
          const wait = retryAfter(limit, previous, current, seconds, elapsed);
          expect(wait).toBeGreaterThanOrEqual(1);
          const later = elapsed + wait;
          const ok =
            later < seconds
              ? allowance(limit, previous, seconds, later) > current
              : later < 2 * seconds
                ? allowance(limit, current, seconds, later - seconds) > 0
                : true;
          expect(ok).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('Function: laneTurn', () => {
  it('should give a free lane now and the next turn one interval later', () => {
    // Assess
    expect(laneTurn(10_000, 0, 3_000)).toEqual({ at: 10_000, wait: 0, next: 13_000 });
  });

  it('should queue behind a turn already given', () => {
    // Assess
    expect(laneTurn(10_000, 12_000, 3_000)).toEqual({ at: 12_000, wait: 2_000, next: 15_000 });
  });
});

describe('Function: clientKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:DB8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['unknown', 'unknown'],
  ])('should count %s as %s', (address, key) => {
    // Assess
    expect(clientKey(address)).toBe(key);
  });
});

describe('Function: counterAt', () => {
  const seconds = 60;
  const at = (s: number) => s * 1000;

  it('should start a fresh window when there is no counter or only an old one', () => {
    // Assess
    expect(counterAt(undefined, at(125), seconds)).toEqual({
      counter: { start: 120, hits: 0, previous: 0 },
      elapsed: 5,
      rolled: true,
    });
    expect(counterAt({ start: 0, hits: 9, previous: 3 }, at(125), seconds).counter).toEqual({
      start: 120,
      hits: 0,
      previous: 0,
    });
  });

  it("should roll the last window's hits into the previous count", () => {
    // Assess
    expect(counterAt({ start: 60, hits: 4, previous: 7 }, at(125), seconds)).toEqual({
      counter: { start: 120, hits: 0, previous: 4 },
      elapsed: 5,
      rolled: true,
    });
  });

  it("should keep this window's counter, and a later one's written by a clock ahead", () => {
    // Assess
    expect(counterAt({ start: 120, hits: 2, previous: 4 }, at(125), seconds)).toEqual({
      counter: { start: 120, hits: 2, previous: 4 },
      elapsed: 5,
      rolled: false,
    });
    expect(counterAt({ start: 180, hits: 1, previous: 2 }, at(125), seconds)).toEqual({
      counter: { start: 180, hits: 1, previous: 2 },
      elapsed: 0,
      rolled: false,
    });
  });
});
