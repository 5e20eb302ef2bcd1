import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The security headers of the portal, defined once: CloudFront sends them in production
 * (infra/constructs/site.ts builds its response headers policies from this) and the local server
 * sends the same ones (functions/local/security-headers.ts). Plain data and small functions, so
 * infra/ can import it without pulling in the app.
 */
export const SECURITY_HEADERS = {
  strictTransportSecurity: { maxAgeSeconds: 730 * 24 * 60 * 60, includeSubdomains: true },
  contentTypeOptions: 'nosniff',
  frameOption: 'DENY',
  referrerPolicy: 'strict-origin-when-cross-origin',
  /**
   * Whether the site's CSP replaces one the origin sent: always on site pages; on /api/* the
   * API's own wins (the docs page sends one) and the site's applies only where it sends none.
   */
  overrideCsp: { site: true, api: false },
} as const;

/** CloudFront's limit on the Content-Security-Policy value of a response headers policy. */
export const CSP_MAX_LENGTH = 1783;

/** The headers besides the CSP, as header name -> value (what CloudFront writes on the wire). */
export function securityHeaderValues(): Record<string, string> {
  const { strictTransportSecurity: hsts } = SECURITY_HEADERS;
  return {
    'strict-transport-security': `max-age=${hsts.maxAgeSeconds}${hsts.includeSubdomains ? '; includeSubDomains' : ''}`,
    'x-content-type-options': SECURITY_HEADERS.contentTypeOptions,
    'x-frame-options': SECURITY_HEADERS.frameOption,
    'referrer-policy': SECURITY_HEADERS.referrerPolicy,
  };
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc\s*=)([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;
/** Data blocks (e.g. `type="application/json"`) are never executed, so CSP ignores them. */
const EXECUTABLE_TYPE = /\btype\s*=\s*["']?(module|text\/javascript|application\/javascript)["']?/i;
const hasType = /\btype\s*=/i;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

const hashSource = (body: string) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

/**
 * CSP hash sources for every distinct executable inline `<script>` and inline `<style>` in the
 * built site, so the policy allows exactly those (no 'unsafe-inline'). No site built: none.
 *
 * @example inlineHashes('site/dist') // { scripts: ["'sha256-…'"], styles: [] }
 */
export function inlineHashes(siteDir: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const file of existsSync(siteDir) ? htmlFiles(siteDir) : []) {
    const html = readFileSync(file, 'utf8');
    for (const [, attrs = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
      const executable = !hasType.test(attrs) || EXECUTABLE_TYPE.test(attrs);
      if (executable && body.trim()) scripts.add(hashSource(body));
    }
    for (const [, body = ''] of html.matchAll(INLINE_STYLE)) if (body.trim()) styles.add(hashSource(body));
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/** Builds the site's Content-Security-Policy; throws when it outgrows CloudFront's limit. */
export function contentSecurityPolicy(opts: {
  connectSources: readonly string[];
  /** Where images may come from besides the site (the photo bucket's presigned links). */
  imageSources?: readonly string[];
  scriptHashes: readonly string[];
  styleHashes: readonly string[];
}): string {
  const extra = (list: readonly string[]) => (list.length ? ` ${list.join(' ')}` : '');
  const csp = [
    "default-src 'self'",
    `script-src 'self'${extra(opts.scriptHashes)}`,
    `style-src 'self'${extra(opts.styleHashes)}`,
    `connect-src 'self'${extra(opts.connectSources)}`,
    `img-src 'self' data:${extra(opts.imageSources ?? [])}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${extra(opts.connectSources)}`,
    "frame-ancestors 'none'",
  ].join('; ');
  if (csp.length > CSP_MAX_LENGTH) {
    throw new Error(
      `Content-Security-Policy is ${csp.length} characters (CloudFront allows ${CSP_MAX_LENGTH}): ` +
        `the site has ${opts.scriptHashes.length} inline scripts and ${opts.styleHashes.length} inline styles; move some into bundled files.`,
    );
  }
  return csp;
}
