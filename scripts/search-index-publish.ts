/**
 * Writes the search index of the published articles for cold starts to load, as a publish does,
 * then checks that it loads. Run it once after deploying an engine whose snapshot format changed
 * (the stored one is refused, and the API functions may not write one: until the next publish,
 * every cold start would rebuild from the table). Exits 1 when the stored index does not load.
 *
 *   npm run search:publish                                 AWS: TABLE_NAME, AWS_REGION, the usual credentials
 *   DYNAMODB_ENDPOINT=http://127.0.0.1:PORT npm run search:publish   any running dynalite / DynamoDB Local
 *   npm run search:publish -- --data-dir .data             the local portal's data folder (portal stopped)
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../functions/config';
import { createDeps } from '../functions/deps';
import { faqSearchOf } from '../functions/faq/search-service';
import { ensureTable, startDynalite } from '../functions/local/dynalite';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } } });

const config = loadConfig(process.env);
let local: Awaited<ReturnType<typeof startDynalite>> | undefined;
if (values['data-dir'] && !config.DYNAMODB_ENDPOINT) {
  try {
    local = await startDynalite(join(resolve(values['data-dir']), 'dynamodb'));
  } catch (error) {
    console.error(`cannot open ${values['data-dir']}: is the portal still running on it? Stop it first.`);
    throw error;
  }
  await ensureTable(local.endpoint, config.AWS_REGION, config.TABLE_NAME);
}
const endpoint = local?.endpoint ?? config.DYNAMODB_ENDPOINT;
const deps = createDeps(config, endpoint);
const search = faqSearchOf(deps);

try {
  console.log(`table ${config.TABLE_NAME} at ${endpoint ?? `DynamoDB ${config.AWS_REGION}`}`);
  const before = await search.storedLoads();
  await search.publish();
  const after = await search.storedLoads();
  console.log(
    `stored search index: ${before ? 'loaded' : 'missing or another format'} before, ${after ? 'loads' : 'STILL DOES NOT LOAD'} now`,
  );
  process.exitCode = after ? 0 : 1;
} finally {
  await local?.stop();
}
