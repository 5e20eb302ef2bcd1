import type { Context } from 'hono';

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}
interface LambdaBindings {
  event?: { requestContext?: { http?: { sourceIp?: string } } };
}

/**
 * The caller's address for rate limiting, from what the client cannot forge: the socket on the
 * local server, API Gateway's `sourceIp` on Lambda. X-Forwarded-For is never trusted (API Gateway
 * and CloudFront append to it, so its first entry is whatever the client sent).
 */
export function clientAddress(c: Context): string {
  const env = (c.env ?? {}) as NodeBindings & LambdaBindings;
  return env.event?.requestContext?.http?.sourceIp ?? env.incoming?.socket?.remoteAddress ?? 'unknown';
}
