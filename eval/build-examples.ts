/**
 * Regenerates the `examples` of every intent and the `outOfScopeExamples` of the bundled rules
 * from the labelled training sets, so the section is reproducible:
 *   npx tsx eval/build-examples.ts            (writes functions/chat/domain/bot/rules/examples.generated.json)
 *   npx tsx eval/build-examples.ts --dry-run  (prints counts only)
 * Sources: bot-set, bot-fresh, bot-blind2, bot-blind3, bot-blind4 (the scoring settings were
 * chosen by cross-validation over these five: eval/tune-examples.ts), bot-wave2-tune and the CLINC
 * tune families (eval/data/examples-clinc.json, from eval/clinc-split.ts). Never bot-holdout,
 * bot-blind5, bot-wave2-holdout or a held-out CLINC family: those measure generalisation. In-scope and small-talk rows count for their
 * `source` intent; out-of-scope rows feed the out-of-scope pseudo-class. Rows whose accept list
 * allows fallback as well as an intent are ambiguous and skipped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { ExamplesFile } from '../functions/chat/domain/bot/assemble.js';
import { defaultRulesJson } from '../functions/chat/domain/bot/default-rules.js';
import { parseRules } from '../functions/chat/domain/bot/rules-schema.js';

export const SOURCES = [
  'eval/data/bot-set.json',
  'eval/data/bot-fresh.json',
  'eval/data/bot-blind2.json',
  'eval/data/bot-blind3.json',
  'eval/data/bot-blind4.json',
  'eval/data/bot-wave2-tune.json',
  // CLINC150 families kept for tuning (eval/clinc-split.ts): small talk and out-of-scope examples
  'eval/data/examples-clinc.json',
];
/** The generated examples file (the hand-written rules live in rules/intents.json, rules/settings.json and locales/<code>/bot.json). */
export const EXAMPLES = 'functions/chat/domain/bot/rules/examples.generated.json';

export interface Row {
  text: string;
  accept: string[];
  scope: 'in' | 'out' | 'smalltalk';
  source: string;
  locale?: string;
}
export type ByLocale = Record<string, string[]>;
export interface RulesFile {
  intents: { id: string; examples?: ByLocale }[];
  outOfScopeExamples?: ByLocale;
  [k: string]: unknown;
}

const add = (m: Map<string, ByLocale>, key: string, locale: string, text: string) => {
  const by = m.get(key) ?? {};
  by[locale] ??= [];
  const list = by[locale];
  if (!list.includes(text)) list.push(text);
  m.set(key, by);
};

export const readRows = (files: string[]): Row[] => files.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as Row[]);

/** Example texts per class (intent id, or 'oos') and locale, from labelled rows. */
export function buildExamples(rows: Row[]): Map<string, ByLocale> {
  const byIntent = new Map<string, ByLocale>();
  for (const r of rows) {
    const text = r.text.trim();
    const locale = r.locale ?? 'en';
    if (r.scope === 'out') {
      if (r.accept.every((a) => a === 'fallback')) add(byIntent, 'oos', locale, text);
      continue;
    }
    if (r.accept.includes('fallback')) continue;
    // The source names the intent in our sets; a family name (clinc:greeting, wave2t:refund) does not.
    add(byIntent, r.accept.includes(r.source) ? r.source : r.accept[0]!, locale, text);
  }
  return byIntent;
}

/** The bundled rule document (assembled from its files), as a fresh copy. */
export const bundledRules = (): RulesFile => structuredClone(defaultRulesJson) as RulesFile;

/** The examples file for these rules: every intent's examples and the out-of-scope examples. */
export const examplesFile = (json: RulesFile): ExamplesFile => ({
  intents: Object.fromEntries(json.intents.map((i) => [i.id, i.examples ?? {}])),
  outOfScopeExamples: json.outOfScopeExamples ?? {},
});

/** A copy of the rule file JSON with its examples replaced (validated). */
export function withExamples(json: RulesFile, byIntent: Map<string, ByLocale>): RulesFile {
  const out = structuredClone(json);
  for (const intent of out.intents) intent.examples = byIntent.get(intent.id) ?? {};
  out.outOfScopeExamples = byIntent.get('oos') ?? {};
  parseRules(out); // must still validate
  return out;
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '');
if (isMain) {
  const byIntent = buildExamples(readRows(SOURCES));
  const json = withExamples(bundledRules(), byIntent);
  const counts = Object.fromEntries(
    [...byIntent].map(([k, v]) => [k, Object.values(v).reduce((a, l) => a + l.length, 0)]),
  );
  console.log(counts);
  if (!process.argv.includes('--dry-run')) {
    writeFileSync(EXAMPLES, `${JSON.stringify(examplesFile(json), null, 1)}\n`);
    console.log(`wrote ${EXAMPLES}`);
  }
}
