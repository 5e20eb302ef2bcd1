import type { MiddlewareHandler } from 'hono';
import { contentSecurityPolicy, inlineHashes, SECURITY_HEADERS, securityHeaderValues } from '../http/security-headers';

/**
 * The site's Content-Security-Policy for a built site, as CloudFront's is built from the same
 * build; locally the site signs in against the local identity provider, so no Cognito origin
 * unless one is given.
 */
export function siteCsp(siteDir: string | false, connectSources: readonly string[] = []): string {
  const inline = siteDir ? inlineHashes(siteDir) : { scripts: [], styles: [] };
  return contentSecurityPolicy({ connectSources, scriptHashes: inline.scripts, styleHashes: inline.styles });
}

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

/**
 * Sends what CloudFront adds in production (SECURITY_HEADERS): on every response HSTS,
 * nosniff, frame and referrer policy; the site's CSP on site pages, and on API responses only
 * where the API sent none.
 */
export function productionHeaders(csp: string): MiddlewareHandler {
  const always = Object.entries(securityHeaderValues());
  return async (c, next) => {
    await next();
    const override = isApi(c.req.path) ? SECURITY_HEADERS.overrideCsp.api : SECURITY_HEADERS.overrideCsp.site;
    if (override || !c.res.headers.has('content-security-policy')) c.res.headers.set('content-security-policy', csp);
    for (const [name, value] of always) c.res.headers.set(name, value);
  };
}
