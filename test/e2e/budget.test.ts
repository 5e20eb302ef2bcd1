import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** Page weight budgets for the built site (run `npm run build:site` first; `npm test` does). */
const DIST = resolve('site/dist');
// every page's JavaScript, uncompressed, all chunks it loads: parse time. 30 KiB until 2026-12-03, when the
// article editor (the heaviest page) reached 30.3 KiB with the header's pre-paint sign-in script.
const JS_BUDGET_BYTES = 32 * 1024;
const JS_BUDGET_GZ_BYTES = 15 * 1024; // the same, gzipped as it travels (issue 13's budget)
const HTML_BUDGET_GZ_BYTES = 8 * 1024;

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });

/** The JS a page loads: inline scripts plus module scripts and everything they import statically. */
function pageScripts(htmlPath: string): { bytes: number; gzip: number; files: string[] } {
  const html = readFileSync(htmlPath, 'utf8');
  const seen = new Set<string>();
  let inline = '';
  for (const [, attrs = '', body = ''] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) visit(join(DIST, src));
    else if (!/type="application\/(ld\+)?json"/.test(attrs)) inline += body;
  }
  function visit(file: string): void {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec = ''] of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      visit(spec.startsWith('/') ? join(DIST, spec) : resolve(dirname(file), spec));
    }
  }
  const all = [...seen].map((f) => readFileSync(f, 'utf8')).join('\n') + inline;
  return { bytes: Buffer.byteLength(all), gzip: gzipSync(all).length, files: [...seen].map((f) => relative(DIST, f)) };
}

describe('Site: size budgets', () => {
  const pages = existsSync(DIST) ? htmlFiles(DIST) : [];

  it('should have a built site to measure', () => {
    expect(pages.length, 'run npm run build:site').toBeGreaterThan(20);
  });

  it.each(pages.map((p) => [relative(DIST, p)]))('should keep %s under the JS and HTML budgets', (page) => {
    const path = join(DIST, page);
    const js = pageScripts(path);
    const htmlGz = gzipSync(readFileSync(path)).length;
    expect(js.bytes, `${page} JS ${js.bytes} B (${js.gzip} B gz): ${js.files.join(', ')}`).toBeLessThan(
      JS_BUDGET_BYTES,
    );
    expect(js.gzip, `${page} JS ${js.gzip} B gz`).toBeLessThan(JS_BUDGET_GZ_BYTES);
    expect(htmlGz, `${page} HTML ${htmlGz} B gz`).toBeLessThan(HTML_BUDGET_GZ_BYTES);
  });
});
