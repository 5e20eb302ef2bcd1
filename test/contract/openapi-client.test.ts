import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateSchemaTypes, SCHEMA_FILE } from '../../scripts/gen-api';

describe('site API contract', () => {
  it('site/src/lib/api/schema.d.ts matches the OpenAPI document of the app', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    const fresh = await generateSchemaTypes();
    expect(
      committed === fresh,
      'site/src/lib/api/schema.d.ts is stale: run `npm run gen:api` and commit the result',
    ).toBe(true);
  });
});
