import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project root, which `sourceFiles` paths are relative to. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** Every TypeScript source under `dir` (relative to the project root, declaration files left out). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(join(PROJECT_ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}
