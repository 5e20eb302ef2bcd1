/**
 * Generates the site's API types from the app's own OpenAPI document, so the site and the
 * functions share one contract. Run after changing a route or a zod schema:
 *   npm run gen:api
 * `test/contract/openapi-client.test.ts` fails while the committed file is stale.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { createApp } from '../functions/app';
import { localAuthArea } from '../functions/areas/local-auth';
import { ALL_AREAS } from '../functions/areas/index';
import { createLocalIdp, newKeyMaterial } from '../functions/auth/local-idp';
import { loadConfig } from '../functions/config';
import { createDeps } from '../functions/deps';

/** Where the generated types live (committed). */
export const SCHEMA_FILE = fileURLToPath(new URL('../site/src/lib/api/schema.d.ts', import.meta.url));

const HEADER = `/**
 * Generated from the API's OpenAPI document (functions/, zod schemas). Do not edit:
 * change the routes or schemas and run \`npm run gen:api\`.
 */

`;

/** The OpenAPI 3.1 document, as the app serves it at /api/openapi.json (built in-process; no DynamoDB). */
export async function openApiDocument(): Promise<OpenAPI3> {
  const config = loadConfig({});
  const deps = createDeps(config);
  // The local identity provider's routes too: the site signs in through POST /auth/login in local mode.
  const localIdp = createLocalIdp({
    issuer: config.JWT_ISSUER,
    keys: await newKeyMaterial(),
    users: deps.stores.users,
  });
  const app = createApp(deps, { areas: [localAuthArea(localIdp), ...ALL_AREAS] });
  const res = await app.request('/api/openapi.json');
  if (!res.ok) throw new Error(`/api/openapi.json answered ${res.status}`);
  return (await res.json()) as OpenAPI3;
}

/** The text of site/src/lib/api/schema.d.ts. */
export async function generateSchemaTypes(): Promise<string> {
  const ast = await openapiTS(await openApiDocument());
  return HEADER + astToString(ast);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(SCHEMA_FILE, await generateSchemaTypes());
  console.log(`Wrote ${SCHEMA_FILE}`);
}
