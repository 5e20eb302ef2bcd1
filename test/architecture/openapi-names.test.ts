import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });

/**
 * Every named OpenAPI component is defined once: two zod schemas registered under one name
 * silently overwrite each other in the document, and the site's generated types with them (two
 * features once both named their picture of a customer `CustomerPicture`).
 */
describe('OpenAPI component names', () => {
  it('should give every named schema its own name', () => {
    // Prepare
    const where = new Map<string, string[]>();
    for (const file of sources(join(ROOT, 'functions'))) {
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/\.openapi\(\s*'([A-Za-z0-9_]+)'/g)) {
        where.set(name!, [...(where.get(name!) ?? []), relative(ROOT, file)]);
      }
    }

    // Assess
    const twice = [...where]
      .filter(([, files]) => files.length > 1)
      .map(([name, files]) => `${name}: ${files.join(', ')}`);
    expect(where.size).toBeGreaterThan(20);
    expect(twice).toEqual([]);
  });
});
