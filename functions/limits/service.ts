import type { Context } from 'hono';
import { scaled, type Config } from '../config';
import type { AppEnv } from '../env';
import type { RateLimitStore, Window } from './store';
import { TooManyRequests } from '../commons/errors';

/** Counts a hit against a fixed window and throws 429 (with Retry-After) when it is full. */
export async function enforceWindow(rateLimits: RateLimitStore, window: Window, now: Date) {
  const wait = await rateLimits.hit(window, now);
  if (wait !== undefined) throw new TooManyRequests(wait);
}

/**
 * A window that counts failures only (sign-in, guest lookup): 429 before even trying once it is
 * full; call `failed()` when the try fails.
 */
export async function failureWindow(rateLimits: RateLimitStore, window: Window, now: Date) {
  const wait = await rateLimits.check(window, now);
  if (wait !== undefined) throw new TooManyRequests(wait);
  return { failed: async () => { await rateLimits.hit(window, now); } };
}

/** A limit from the configuration, scaled by RATE_LIMIT_MULTIPLIER. */
export const limitWindow = (config: Config, scope: string, key: string, limit: number, seconds: number): Window =>
  ({ scope, key, limit: scaled(config, limit), seconds });

/** enforceWindow for a route: the window's limit comes from the configuration. */
export async function enforceRateLimit(c: Context<AppEnv>, scope: string, key: string, limit: number, seconds: number) {
  const { stores, config, now } = c.var.deps;
  await enforceWindow(stores.rateLimits, limitWindow(config, scope, key, limit, seconds), now());
}
