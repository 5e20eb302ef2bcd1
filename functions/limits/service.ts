import { TooManyRequests } from '../commons/errors';
import type { Config } from '../config';
import type { Stores } from '../store';
import type { RateLimitStore, Window } from './store';

/** Counts a hit against a fixed window and throws TooManyRequests (with the wait) when it is full. */
export async function enforceWindow(rateLimits: RateLimitStore, window: Window, now: Date) {
  const wait = await rateLimits.hit(window, now);
  if (wait !== undefined) throw new TooManyRequests(wait);
}

/**
 * A window that counts failures only (sign-in, guest lookup): refused before even trying once it
 * is full; call `failed()` when the try fails.
 */
export async function failureWindow(rateLimits: RateLimitStore, window: Window, now: Date) {
  const wait = await rateLimits.check(window, now);
  if (wait !== undefined) throw new TooManyRequests(wait);
  return {
    failed: async () => {
      await rateLimits.hit(window, now);
    },
  };
}

/** A limit from the configuration, scaled by RATE_LIMIT_MULTIPLIER (load tests and acceptance runs raise it). */
export const limitWindow = (config: Config, scope: string, key: string, limit: number, seconds: number): Window => ({
  scope,
  key,
  limit: Math.max(1, Math.round(limit * config.RATE_LIMIT_MULTIPLIER)),
  seconds,
});

/** What a rate limit needs from the app. */
export interface LimitsDeps {
  stores: Stores;
  config: Config;
  now: () => Date;
}

/** enforceWindow with the window's limit from the configuration. */
export async function enforceRateLimit(
  { stores, config, now }: LimitsDeps,
  scope: string,
  key: string,
  limit: number,
  seconds: number,
) {
  await enforceWindow(stores.rateLimits, limitWindow(config, scope, key, limit, seconds), now());
}

/** The failure window of a local sign-in, per client and email. */
export function loginFailures({ stores, config, now }: LimitsDeps, client: string, email: string) {
  const window = limitWindow(
    config,
    'login',
    `${client}#${email}`,
    config.LOGIN_FAILURES_PER_WINDOW,
    config.LOGIN_WINDOW_SECONDS,
  );
  return failureWindow(stores.rateLimits, window, now());
}
