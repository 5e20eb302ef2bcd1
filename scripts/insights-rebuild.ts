/**
 * Recomputes the relationship aggregates from the items and prints, figure by figure, where the
 * stored ones differ; exits 1 on any difference. `--write` replaces the differing ones with the
 * recomputed ones (then checks again). It also moves a table kept before the first- and last-order
 * day counters were split by month (one FIRST and one LAST item, an entry per day): the check names
 * their entries and the monthly items they lack; `--write` writes the monthly items and removes the
 * old two. Run it once after deploying the split, with the shop's feed quiet.
 *
 *   npm run insights:rebuild                          AWS: TABLE_NAME, AWS_REGION, the usual credentials
 *   DYNAMODB_ENDPOINT=http://127.0.0.1:PORT npm run insights:rebuild   any running dynalite / DynamoDB Local
 *   npm run insights:rebuild -- --data-dir .data      the local portal's data folder (portal stopped)
 *   ... -- --write                                    repair (keep the shop's feed quiet meanwhile)
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../functions/config';
import { ensureTable, startDynalite } from '../functions/local/dynalite';
import { createStores } from '../functions/store';
import { createDocumentClient } from '../functions/store/client';
import { formatRebuildReport, rebuildRelationship } from '../functions/insights/rebuild-service';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const { values } = parseArgs({
  options: { write: { type: 'boolean', default: false }, 'data-dir': { type: 'string' }, segments: { type: 'string' } },
});

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
const doc = createDocumentClient({ tableName: config.TABLE_NAME, endpoint, region: config.AWS_REGION });
const stores = createStores({ doc, table: config.TABLE_NAME });
const segments = values.segments ? Number(values.segments) : undefined;

try {
  console.log(`table ${config.TABLE_NAME} at ${endpoint ?? `DynamoDB ${config.AWS_REGION}`}`);
  const report = await rebuildRelationship({ stores }, { write: values.write, segments });
  for (const line of formatRebuildReport(report)) console.log(line);
  let differs = report.parts.length > 0 || report.summaries.length > 0;
  if (report.written) {
    const again = await rebuildRelationship({ stores }, { segments });
    differs = again.parts.length > 0 || again.summaries.length > 0;
    console.log(differs ? 'after writing, still different:' : 'after writing: no difference');
    if (differs) for (const line of formatRebuildReport(again)) console.log(line);
  }
  process.exitCode = differs ? 1 : 0;
} finally {
  doc.destroy();
  await local?.stop();
}
