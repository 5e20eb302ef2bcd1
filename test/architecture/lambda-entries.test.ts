import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LAMBDA = join(import.meta.dirname, '../../functions/lambda');
/** Modules in functions/lambda that are not entries, or build no schema (docs.ts loads docs-app.ts). */
const NOT_ENTRIES = new Set(['bootstrap.ts', 'docs.ts', 'zod-jitless.ts']);

/**
 * zod decides at construction whether a schema compiles its parser (new Function) on first
 * parse, and schemas are built as their modules load: `jitless` must be set before the first
 * schema module runs, so it is each entry's first import (ES modules run in import order).
 */
describe('Lambda entries', () => {
  it.each(readdirSync(LAMBDA).filter((f) => f.endsWith('.ts') && !NOT_ENTRIES.has(f)))(
    'should make zod jitless before anything else in %s',
    (file) => {
      // Prepare
      const first = readFileSync(join(LAMBDA, file), 'utf8').match(/^import\s[^;]*;/m)?.[0];

      // Assess
      expect(first).toBe("import './zod-jitless';");
    },
  );
});
