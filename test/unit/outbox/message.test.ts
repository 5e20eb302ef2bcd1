import { describe, expect, it } from 'vitest';
import { backoffMs, nextAttempt, parseQuietHours, sendableAt } from '../../../functions/outbox/domain/message';
import { signUnsubscribeToken, verifyUnsubscribeToken } from '../../../functions/outbox/domain/unsubscribe-token';

const policy = { maxAttempts: 4, baseMs: 1000, maxMs: 5000 };

describe('Function: backoff', () => {
  it('should double the wait after each failed try, up to the cap', () => {
    // Act
    const waits = [1, 2, 3, 4, 5].map((n) => backoffMs(n, policy));

    // Assess
    expect(waits).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it('should give no next attempt after the last try', () => {
    // Prepare
    const now = new Date('2026-12-02T10:00:00Z');

    // Act
    const third = nextAttempt(3, now, policy);
    const last = nextAttempt(4, now, policy);

    // Assess
    expect(third?.toISOString()).toBe('2026-12-02T10:00:04.000Z');
    expect(last).toBeUndefined();
  });
});

describe('Function: sendableAt (quiet hours)', () => {
  const quiet = parseQuietHours('21-08');

  it('should hold a non-urgent message sent at night until the quiet hours end, in the customer zone', () => {
    // Prepare: 23:30 in Berlin
    const now = new Date('2026-12-02T22:30:00Z');

    // Act
    const at = sendableAt('shipped', now, 'Europe/Berlin', quiet);

    // Assess: 08:00 Berlin is 07:00 UTC
    expect(at.toISOString()).toBe('2026-12-03T07:00:00.000Z');
  });

  it('should send urgent kinds at once, and anything outside quiet hours', () => {
    // Prepare
    const night = new Date('2026-12-02T22:30:00Z');
    const day = new Date('2026-12-02T12:00:00Z');

    // Act / Assess
    expect(sendableAt('out_for_delivery', night, 'Europe/Berlin', quiet)).toEqual(night);
    expect(sendableAt('shipped', day, 'Europe/Berlin', quiet)).toEqual(day);
    expect(sendableAt('shipped', night, 'Europe/Berlin', undefined)).toEqual(night);
  });

  it('should judge the hour in the customer zone, not the server one', () => {
    // Prepare: 22:30 UTC is 06:30 next day in Taipei (quiet), 22:30 in London (quiet), 17:30 in New York
    const now = new Date('2026-12-02T22:30:00Z');

    // Act
    const taipei = sendableAt('delivered', now, 'Asia/Taipei', quiet);
    const newYork = sendableAt('delivered', now, 'America/New_York', quiet);

    // Assess
    expect(taipei.toISOString()).toBe('2026-12-03T00:00:00.000Z');
    expect(newYork).toEqual(now);
  });

  it('should read QUIET_HOURS and refuse nonsense', () => {
    expect(parseQuietHours('off')).toBeUndefined();
    expect(parseQuietHours('22-7')).toEqual({ start: 22, end: 7 });
    expect(() => parseQuietHours('late')).toThrow();
    expect(() => parseQuietHours('25-3')).toThrow();
  });
});

describe('Function: unsubscribe token', () => {
  it('should name the customer it was signed for, and nobody for a forged or altered one', () => {
    // Prepare
    const token = signUnsubscribeToken('secret-secret-secret', 'sub-123');
    const other = signUnsubscribeToken('secret-secret-secret', 'sub-456');

    // Act / Assess
    expect(verifyUnsubscribeToken('secret-secret-secret', token)).toBe('sub-123');
    expect(verifyUnsubscribeToken('another-secret-xx', token)).toBeUndefined();
    expect(
      verifyUnsubscribeToken('secret-secret-secret', `${token.split('.')[0]}.${other.split('.')[1]}`),
    ).toBeUndefined();
    expect(verifyUnsubscribeToken('secret-secret-secret', 'garbage')).toBeUndefined();
  });
});
