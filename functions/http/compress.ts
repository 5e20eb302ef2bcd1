import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

/** Below this a response goes as it is: compressing would cost more than it saves on the wire. */
export const COMPRESS_MIN_BYTES = 8 * 1024;
/** Brotli at quality 5: about gzip's speed, a good deal smaller for JSON. */
const BROTLI_QUALITY = 5;
const COMPRESSIBLE = /^(application\/(json|problem\+json)|text\/)/i;

/** The encoding to answer with: brotli where the client takes it, else gzip, else none. */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const weight = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return undefined;
}

/**
 * Compresses large text and JSON answers (the console's rule file, insights, exports): nothing in
 * front of the API does it for uncached routes. The body is read to know its size, so mount this
 * only where answers can be large; small ones go out unchanged. Works on Lambda too (the adapter
 * sends a Content-Encoding body base64-encoded, and API Gateway decodes it).
 */
export function compressLarge(minBytes = COMPRESS_MIN_BYTES): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (c.req.method === 'HEAD' || !res.body || res.status === 204 || res.status === 206) return;
    if (res.headers.has('content-encoding') || !COMPRESSIBLE.test(res.headers.get('content-type') ?? '')) return;
    if (/(^|,)\s*no-transform\s*(,|$)/i.test(res.headers.get('cache-control') ?? '')) return;
    const vary = res.headers.get('vary');
    if (!vary?.toLowerCase().includes('accept-encoding'))
      res.headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    if (!encoding) return;
    const body = new Uint8Array(await res.arrayBuffer());
    // Hono copies the replaced answer's headers onto the new one: set ours after.
    if (body.byteLength < minBytes) {
      c.res = new Response(body, { status: res.status, headers: res.headers });
      return;
    }
    const packed =
      encoding === 'br'
        ? brotliCompressSync(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
            },
          })
        : gzipSync(body);
    c.res = new Response(packed, { status: res.status, headers: res.headers });
    c.res.headers.set('content-encoding', encoding);
    c.res.headers.set('content-length', String(packed.byteLength));
    // The ETag stays as it is: here it names the version of the resource (what a save's If-Match
    // sends back, http/versions.ts), whatever the coding; these answers are not stored by caches.
  };
}
