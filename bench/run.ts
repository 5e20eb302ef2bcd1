import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { benchBundles } from './bundles';
import { benchChatEngine } from './chat';
import { benchFeed } from './feed';
import { benchHttp } from './http';
import { benchLighthouse } from './lighthouse';
import { benchRelationship } from './relationship';
import { benchReliability } from './reliability';
import { benchSearch } from './search';

// `npm run bench`: every figure is measured in this run, beside its own baseline.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.LOG_LEVEL ??= 'ERROR';
const only = process.argv.slice(2);
const suites: Record<string, () => Promise<Record<string, unknown>>> = {
  http: benchHttp,
  feed: benchFeed,
  search: benchSearch,
  chat: benchChatEngine,
  bundles: benchBundles,
  reliability: benchReliability,
  relationship: benchRelationship,
  lighthouse: benchLighthouse,
};
/**
 * Long runs that only run when named: `npm run bench -- reliability`, `-- relationship` (seeds
 * 10,000 and 100,000 customers, about 20 minutes) and `-- lighthouse` (about 13 minutes, three
 * Lighthouse runs on each English page).
 */
const OPT_IN = new Set(['reliability', 'relationship', 'lighthouse']);
const FILE = '.bench/results.json';
// Suites not run now keep their earlier figures, each with the time it was measured (`suiteAt`):
// every ratio is within one suite's run, so `npm run bench` then `-- lighthouse` fill one file.
const earlier = (await readFile(FILE, 'utf8')
  .then((text) => JSON.parse(text) as Record<string, unknown>)
  .catch(() => ({}))) as Record<string, unknown> & { suiteAt?: Record<string, string> };
const suiteAt: Record<string, string> = { ...earlier.suiteAt };
const results: Record<string, unknown> = { ...earlier, at: new Date().toISOString(), node: process.version, suiteAt };
for (const [name, suite] of Object.entries(suites)) {
  if (only.length ? !only.includes(name) : OPT_IN.has(name)) continue;
  console.error(`--- ${name}`);
  suiteAt[name] = new Date().toISOString();
  results[name] = await suite();
  console.log(JSON.stringify({ [name]: results[name] }, null, 2));
}
await mkdir('.bench', { recursive: true });
await writeFile(FILE, JSON.stringify(results, null, 2));
console.error(`written to ${FILE}`);
