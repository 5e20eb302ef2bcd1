import type { Context } from 'hono';
import { scaled } from '../config';
import type { AppEnv } from '../env';
import { TooManyRequests } from './errors';

/** Counts a hit against a fixed window and throws 429 (with Retry-After) when it is full. */
export async function enforceRateLimit(c: Context<AppEnv>, scope: string, key: string, limit: number, seconds: number) {
  const { stores, config, now } = c.var.deps;
  const wait = await stores.rateLimits.hit({ scope, key, limit: scaled(config, limit), seconds }, now());
  if (wait !== undefined) throw new TooManyRequests(wait);
}
