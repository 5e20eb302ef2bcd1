import { mkdir, writeFile } from 'node:fs/promises';
import { benchBundles } from './bundles';
import { benchChatEngine } from './chat';
import { benchFeed } from './feed';
import { benchHttp } from './http';
import { benchLighthouse } from './lighthouse';
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
  lighthouse: benchLighthouse,
};
/**
 * Long runs that only run when named (`npm run bench -- reliability`, `npm run bench -- lighthouse`:
 * about 13 minutes, three Lighthouse runs on each of the 26 English pages).
 */
const OPT_IN = new Set(['reliability', 'lighthouse']);
const results: Record<string, unknown> = { at: new Date().toISOString(), node: process.version };
for (const [name, suite] of Object.entries(suites)) {
  if (only.length ? !only.includes(name) : OPT_IN.has(name)) continue;
  console.error(`--- ${name}`);
  results[name] = await suite();
  console.log(JSON.stringify({ [name]: results[name] }, null, 2));
}
await mkdir('.bench', { recursive: true });
await writeFile('.bench/results.json', JSON.stringify(results, null, 2));
console.error('written to .bench/results.json');
