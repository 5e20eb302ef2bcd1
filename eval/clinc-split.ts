/**
 * CLINC150 split by whole family (`source`), never by random rows:
 *   npx tsx eval/clinc-split.ts [path/to/clinc-train.json]
 * writes eval/data/clinc/tune.json and eval/data/clinc/holdout.json (git-ignored: derived from
 * ../shared/data/bot-train/clinc-train.json, CC BY 3.0, Larson et al. 2019) and
 * eval/data/examples-clinc.json (committed: the few tune rows build-examples.ts reads).
 *
 * Held out: every third out-of-domain domain and every third small-talk family (sorted by name,
 * index % 3 === 0), the whole `clinc:oos` family (mixed real out-of-scope queries) and the whole
 * `clinc:order_status` family. Tuned on: the rest. So a held-out figure is always about families
 * no pattern or example was written from.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Row } from './build-examples.js';

/** The shared training file, beside the project checkout (or a worktree two levels down). */
export const CLINC =
  process.env.CLINC_TRAIN ??
  ['../shared', '../../shared'].map((d) => `${d}/data/bot-train/clinc-train.json`).find(existsSync) ??
  '../shared/data/bot-train/clinc-train.json';
const ALWAYS_HELD_OUT = new Set(['clinc:oos', 'clinc:order_status']);
/** Rows per tune family kept as examples (the example index stays small and fast). */
const EXAMPLES_PER_FAMILY = 6;

export function heldOutFamilies(rows: Row[]): Set<string> {
  const held = new Set(ALWAYS_HELD_OUT);
  for (const scope of ['out', 'smalltalk'] as const) {
    const fams = [...new Set(rows.filter((r) => r.scope === scope).map((r) => r.source))]
      .filter((s) => !ALWAYS_HELD_OUT.has(s))
      .sort();
    fams.forEach((s, i) => {
      if (i % 3 === 0) held.add(s);
    });
  }
  return held;
}

export function splitClinc(rows: Row[]): { tune: Row[]; holdout: Row[] } {
  const held = heldOutFamilies(rows);
  return { tune: rows.filter((r) => !held.has(r.source)), holdout: rows.filter((r) => held.has(r.source)) };
}

/** An evenly spaced sample of each family (deterministic). */
export function sampleFamilies(rows: Row[], perFamily: number): Row[] {
  const by = new Map<string, Row[]>();
  for (const r of rows) by.set(r.source, [...(by.get(r.source) ?? []), r]);
  return [...by.values()].flatMap((list) => {
    const step = Math.max(1, Math.floor(list.length / perFamily));
    return list.filter((_, i) => i % step === 0).slice(0, perFamily);
  });
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '');
if (isMain) {
  const rows = JSON.parse(readFileSync(process.argv[2] ?? CLINC, 'utf8')) as Row[];
  const { tune, holdout } = splitClinc(rows);
  mkdirSync('eval/data/clinc', { recursive: true });
  writeFileSync('eval/data/clinc/tune.json', JSON.stringify(tune));
  writeFileSync('eval/data/clinc/holdout.json', JSON.stringify(holdout));
  // Small talk that may also fall back ("tell me a joke") is no example of anything.
  const examples = sampleFamilies(
    tune.filter((r) => !r.accept.includes('fallback') || r.scope === 'out'),
    EXAMPLES_PER_FAMILY,
  );
  writeFileSync('eval/data/examples-clinc.json', `${JSON.stringify(examples, null, 1)}\n`);
  console.log(
    `tune ${tune.length} rows, holdout ${holdout.length} rows (${[...heldOutFamilies(rows)].sort().join(', ')}); ${examples.length} examples`,
  );
}
