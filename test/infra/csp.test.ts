import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CSP_MAX_LENGTH, contentSecurityPolicy, inlineHashes } from '../../infra/constructs/csp.js';

const dir = mkdtempSync(join(tmpdir(), 'portal-csp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('csp', () => {
  it('should hash executable inline scripts and styles, and skip data blocks and external scripts', () => {
    mkdirSync(join(dir, 'en'));
    writeFileSync(
      join(dir, 'index.html'),
      '<script>go()</script><script type="module">m()</script><script src="/a.js"></script>',
    );
    writeFileSync(
      join(dir, 'en/index.html'),
      '<script type="application/json" id="ui">{"a":1}</script><style>b{}</style><script>go()</script>',
    );
    expect(inlineHashes(dir)).toEqual({ scripts: [sha('go()'), sha('m()')].sort(), styles: [sha('b{}')] });
  });

  it('should build a policy with no unsafe-inline', () => {
    const csp = contentSecurityPolicy({
      connectSources: ['https://x.auth.eu-central-1.amazoncognito.com'],
      scriptHashes: [sha('go()')],
      styleHashes: [],
    });
    expect(csp).toContain(`script-src 'self' ${sha('go()')}`);
    expect(csp).toContain("connect-src 'self' https://x.auth.eu-central-1.amazoncognito.com");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('should refuse a policy longer than CloudFront allows', () => {
    const many = Array.from({ length: 40 }, (_, i) => sha(String(i)));
    expect(() => contentSecurityPolicy({ connectSources: [], scriptHashes: many, styleHashes: [] })).toThrow(
      String(CSP_MAX_LENGTH),
    );
  });
});
