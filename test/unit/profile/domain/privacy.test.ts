import { describe, expect, it } from 'vitest';
import { FRESH_SIGN_IN_SECONDS, isFreshSignIn } from '../../../../functions/profile/domain/privacy';

describe('Function: isFreshSignIn', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const secondsAgo = (s: number) => now.getTime() / 1000 - s;

  it('should take a sign-in within the last five minutes', () => {
    expect(isFreshSignIn(secondsAgo(10), now)).toBe(true);
    expect(isFreshSignIn(secondsAgo(FRESH_SIGN_IN_SECONDS), now)).toBe(true);
  });

  it('should refuse an older sign-in, one from the future and a token without auth_time', () => {
    expect(isFreshSignIn(secondsAgo(FRESH_SIGN_IN_SECONDS + 1), now)).toBe(false);
    expect(isFreshSignIn(secondsAgo(-3600), now)).toBe(false);
    expect(isFreshSignIn(undefined, now)).toBe(false);
  });
});
