import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, sourceFiles } from '../helpers/source-files';

/** The local identity provider's (areas/local-auth.ts): only the local server mounts it, no Lambda. */
const LOCAL_ONLY = new Set(['functions/auth/schemas.ts']);

/** Every `*schemas.ts` and `*routes.ts` module under functions/: what API functions load at init. */
const schemaModules = () => sourceFiles('functions').filter((f) => /(schemas|routes)\.ts$/.test(f));

/**
 * An API function builds a module-level schema only when it is first used (functions/http/
 * lazy-schema-lite.ts): most of a function's schemas describe responses, which only the OpenAPI
 * document reads. A schema built at load instead costs every cold start (about 10-35 µs each).
 */
describe('Schema modules', () => {
  const modules = schemaModules().filter((m) => !LOCAL_ONLY.has(m));

  it('should be found', () => {
    expect(modules.length).toBeGreaterThan(30);
  });

  it.each(modules)('should build no schema at load in %s', (file) => {
    // Prepare: top-level definitions whose value is a zod call, not lazySchema(() => ...).
    const eager = readFileSync(join(PROJECT_ROOT, file), 'utf8')
      .split('\n')
      .filter((line) => /^(export )?const \w+(: [^=]+)? = z(\.|\s|$)/.test(line));

    // Assess
    expect(eager).toEqual([]);
  });
});
