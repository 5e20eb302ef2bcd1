import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** CloudFront's limit on the Content-Security-Policy value of a response headers policy. */
export const CSP_MAX_LENGTH = 1783;

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
 * built site, so the policy allows exactly those (no 'unsafe-inline').
 *
 * @example inlineHashes('site/dist') // { scripts: ["'sha256-…'"], styles: [] }
 */
export function inlineHashes(siteDir: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const file of htmlFiles(siteDir)) {
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
  scriptHashes: readonly string[];
  styleHashes: readonly string[];
}): string {
  const extra = (list: readonly string[]) => (list.length ? ` ${list.join(' ')}` : '');
  const csp = [
    "default-src 'self'",
    `script-src 'self'${extra(opts.scriptHashes)}`,
    `style-src 'self'${extra(opts.styleHashes)}`,
    `connect-src 'self'${extra(opts.connectSources)}`,
    "img-src 'self' data:",
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
