import type { Context } from 'hono';

/**
 * The caller's address for rate limiting. Behind CloudFront and API Gateway the first
 * X-Forwarded-For entry is the viewer; the local server sets it from the socket.
 */
export function clientAddress(c: Context): string {
  const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || 'unknown';
}
