import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';

/**
 * For a route whose JSON body is optional: an empty body sent as `application/json` (what many
 * clients send for a bare POST) counts as no body, so validation sees none rather than malformed JSON.
 */
export const emptyJsonIsNoBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (/json/i.test(type) && !(await c.req.raw.clone().text()).trim()) {
    const headers = new Headers(c.req.raw.headers);
    headers.delete('content-type');
    headers.delete('content-length');
    c.req.raw = new Request(c.req.raw.url, { method: c.req.raw.method, headers });
  }
  await next();
};
