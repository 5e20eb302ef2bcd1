import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';

/**
 * How long shared caches (CloudFront's /api/faq/* behaviour, infra/constructs/site.ts) and
 * browsers keep a public read. A response for the `rev` the content is at can stay long: a
 * publish changes the revision, and with it every cache key the site asks with. Without `rev`
 * (or with another one) it stays only briefly.
 */
export const PUBLIC_CACHE = {
  keyed: 'public, max-age=3600, s-maxage=86400',
  unkeyed: 'public, max-age=60, s-maxage=60',
  /** The revision itself: how long a publish may take to reach a visitor. */
  revision: 'public, max-age=10, s-maxage=10',
  /** Reads that count something (a person's search, an article view) must reach the function. */
  counted: 'no-store',
} as const;

/** Marks this response as one that must not be served from a cache (it records something). */
export const countedRead = (c: Context) => c.header('cache-control', PUBLIC_CACHE.counted);

/**
 * A public read's body is a function of the content revision and its path and query (no header
 * shapes it), so its ETag is too: no need to copy and hash the body it answers with.
 */
const etagOf = (revision: string, url: string) =>
  `"${createHash('sha1').update(revision).update('\n').update(url).digest('base64url')}"`;

/**
 * Cache headers for anonymous GETs: `token` is the content revision this instance serves. A 200
 * whose handler set no Cache-Control is cacheable, keyed when the request's `rev` equals the
 * revision before and after the handler ran (so the body is that revision's); anything else
 * (errors, counted reads) is `no-store`. Cacheable answers carry an ETag (when the revision did not
 * move while the handler ran, so the body is known to be that revision's) and answer a matching
 * If-None-Match with 304.
 */
export function publicCache(token: (c: Context<AppEnv>) => Promise<string>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const before = await token(c);
    await next();
    if (c.res.status !== 200) {
      c.res.headers.set('cache-control', PUBLIC_CACHE.counted);
      return;
    }
    let policy = c.res.headers.get('cache-control');
    if (policy && !policy.startsWith('public')) return;
    const after = await token(c);
    if (!policy) {
      policy = c.req.query('rev') === before && before === after ? PUBLIC_CACHE.keyed : PUBLIC_CACHE.unkeyed;
      c.res.headers.set('cache-control', policy);
    }
    if (before !== after) return;
    const url = c.req.url;
    const etag = etagOf(before, url.slice(url.indexOf('/', url.indexOf('//') + 2)));
    if ((c.req.header('if-none-match') ?? '').split(/\s*,\s*/).includes(etag)) {
      c.res = new Response(null, { status: 304, headers: { etag, 'cache-control': policy } });
      return;
    }
    c.res.headers.set('etag', etag);
  };
}
