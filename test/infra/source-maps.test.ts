import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterSourceMap, isOwnSource } from '../../infra/constructs/source-maps.js';

const dir = mkdtempSync(join(tmpdir(), 'portal-maps-'));
type Payload = ConstructorParameters<typeof SourceMap>[0];
let js = '';
let full: Payload;
let trimmed: Payload | undefined;

beforeAll(async () => {
  // Own code on both sides of a dependency, minified onto one line.
  mkdirSync(join(dir, 'node_modules/dep'), { recursive: true });
  writeFileSync(
    join(dir, 'node_modules/dep/index.js'),
    "export function shout(s) { return s.replaceAll('a', '&amp;'); }\n",
  );
  writeFileSync(join(dir, 'before.ts'), 'export function ownBefore(x: string) { return `<${x}>`; }\n');
  writeFileSync(
    join(dir, 'entry.ts'),
    "export { ownBefore } from './before';\nexport { shout } from 'dep';\nexport function ownAfter(y: number) { return y * 2; }\n",
  );
  await build({
    entryPoints: [join(dir, 'entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    minify: true,
    sourcemap: true,
    outfile: join(dir, 'out.mjs'),
    absWorkingDir: dir,
    logLevel: 'silent',
  });
  js = readFileSync(join(dir, 'out.mjs'), 'utf8');
  full = JSON.parse(readFileSync(join(dir, 'out.mjs.map'), 'utf8')) as Payload;
  trimmed = filterSourceMap(full as never, isOwnSource) as Payload | undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The generated line and column of the first occurrence of `text`. */
const at = (text: string) => js.split('\n').findIndex((l) => l.includes(text));
const column = (text: string) => js.split('\n')[at(text)]!.indexOf(text);

describe('Infra: source maps of the portal code only', () => {
  it('should keep only the portal sources', () => {
    expect(full.sources.some((s) => s.includes('node_modules'))).toBe(true);
    expect(trimmed?.sources.length).toBeGreaterThan(0);
    expect(trimmed?.sources.every((s) => !s.includes('node_modules'))).toBe(true);
  });

  it('should map own code to the same place as the full map', () => {
    const a = new SourceMap(full);
    const b = new SourceMap(trimmed!);
    for (const text of ['`<${', '*2']) {
      const line = at(text);
      const col = column(text);
      expect(line).toBeGreaterThanOrEqual(0);
      const want = a.findEntry(line, col) as { originalLine: number; originalSource: string };
      const got = b.findEntry(line, col) as { originalLine: number; originalSource: string };
      expect(got.originalSource).toBe(want.originalSource);
      expect(got.originalLine).toBe(want.originalLine);
    }
  });

  it('should map code of a dependency to nothing rather than to own code', () => {
    const a = new SourceMap(full);
    const b = new SourceMap(trimmed!);
    const line = at('&amp;');
    const col = column('&amp;');
    expect((a.findEntry(line, col) as { originalSource?: string }).originalSource).toContain('node_modules/dep');
    const got = b.findEntry(line, col) as { originalSource?: string };
    expect(got.originalSource ?? '').not.toContain('before.ts');
    expect(got.originalSource ?? '').not.toContain('node_modules');
  });

  it('should leave nothing when no source is kept', () => {
    expect(filterSourceMap(full as never, () => false)).toBeUndefined();
  });
});
