import { stemEnglish } from '../../../text/stem.js';
import { type Locale, LOCALES } from '../../../../locales/registry';
import type { Intent } from './types.js';
import type { CompiledRules } from './compile.js';
import type { ExamplesByLocale } from './rules-schema.js';
import { matchText } from './classify.js';

/**
 * Example-similarity scorer: a nearest-neighbour vote over the per-intent example utterances in
 * the rule file, on top of the weighted patterns. Messages and examples become sparse TF-IDF
 * vectors (L2-normalised, sublinear tf) over:
 *  - content words, lightly stemmed (`w:`), and adjacent word pairs (`b:`), so Vietnamese
 *    syllable pairs ("don hang") and English phrases ("log in") count as units;
 *  - synonym groups from the rule file (`s:order` for order/purchase/parcel...);
 *  - character trigrams inside words (`c:`, weighted down) for typos and German compounds;
 *  - Han characters and character bigrams (`h:`), Chinese having no spaces.
 * The text is first normalised and typo-corrected exactly as the patterns see it (`matchText`).
 * Each class (intent, or the out-of-scope pseudo-class) scores the mean cosine of its best k
 * examples (or, with `voting: 'global'`, a similarity-weighted vote of the k nearest overall).
 * The index is built lazily once per compiled rules object and cached.
 */

/** The out-of-scope pseudo-class. */
export const OOS = 'oos' as const;
/** An intent id (never `fallback`) or the out-of-scope pseudo-class. */
export type ExampleClass = Intent | typeof OOS;

// Function words: they make long messages look alike without saying what they are about.
const STOP = new Set(
  (
    'a an the i me my mine you your yours we our us is are was were be been am do does did can could would will ' +
    'shall should may might must to of in on at by for with from and or but if so it its this that these those there here ' +
    'what how when where why who which please pls hi hello hey just also very really some any get got have has had im id ' +
    // request framing ("tell me", "let me know", "I wonder"): says how, not what
    'tell let know wonder wondering curious wanna wish ' +
    'ich du sie er es wir ihr der die das den dem des ein eine einen einem einer und oder ist sind bin mein meine meinen meiner ' +
    'mir mich bitte zu von mit fuer auf an im in wie was wo wann kann koennen habe hat noch schon ' +
    'toi ban cua la co khong minh nhe voi cho a oi di em anh chi'
  ).split(' '),
);

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const HAN_STOP = new Set([...'的了吗呢吧啊呀我你您他她它们是在有和就都也还要想会能可以个这那么']);

// The shared stemmer's English rules (functions/text/stem.ts): the message's language is not known
// here, and the same rules meet regular endings across the Latin-script locales (measured equal to
// a language-agnostic stripper on every bot set).
const stem = stemEnglish;

/** Single-word synonym table: word (or prefix*) -> group names. */
interface SynIndex {
  exact: Map<string, string[]>;
  prefix: [string, string][];
}

function synIndex(rules: CompiledRules): SynIndex {
  const exact = new Map<string, string[]>();
  const prefix: [string, string][] = [];
  for (const [name, byLocale] of Object.entries(rules.rules.synonyms)) {
    for (const list of Object.values(byLocale)) {
      for (const raw of list ?? []) {
        const w = raw.toLowerCase();
        if (/[\s+]/.test(w) || w.replace('*', '').length < 3) continue;
        if (w.endsWith('*')) prefix.push([w.slice(0, -1), name]);
        else exact.set(w, [...(exact.get(w) ?? []), name]);
      }
    }
  }
  return { exact, prefix };
}

/** Feature counts of one text (before weighting). */
export function features(text: string, syn?: SynIndex): Map<string, number> {
  const f = new Map<string, number>();
  const add = (k: string, v = 1) => f.set(k, (f.get(k) ?? 0) + v);
  const words: string[] = [];
  for (const tok of text.trim().split(' ').filter(Boolean)) {
    if (HAN.test(tok)) {
      for (const run of tok.match(HAN_RUN) ?? []) {
        const chars = [...run];
        chars.forEach((c, i) => {
          if (!HAN_STOP.has(c)) add(`h:${c}`, 0.5);
          if (i > 0) add(`h:${chars[i - 1]}${c}`);
        });
      }
      const rest = tok.replace(HAN_RUN, ' ').trim();
      if (rest) words.push(...rest.split(' ').filter(Boolean));
      continue;
    }
    words.push(tok);
  }
  const content: string[] = [];
  for (const w0 of words) {
    const w = /^\d+$/.test(w0) ? '#' : w0;
    content.push(w);
    if (STOP.has(w)) continue;
    const s = stem(w);
    add(`w:${s}`);
    if (syn) {
      for (const g of syn.exact.get(w) ?? []) add(`s:${g}`, 0.5);
      for (const [p, g] of syn.prefix) if (w.startsWith(p)) add(`s:${g}`, 0.5);
    }
    if (w.length >= 4 && w !== '#') {
      const padded = `<${w}>`;
      for (let i = 0; i + 3 <= padded.length; i++) add(`c:${padded.slice(i, i + 3)}`, 0.25);
    }
  }
  for (let i = 1; i < content.length; i++) {
    const a = content[i - 1]!,
      b = content[i]!;
    if (STOP.has(a) && STOP.has(b)) continue;
    add(`b:${stem(a)}_${stem(b)}`, 0.75);
  }
  return f;
}

interface Posting {
  doc: number;
  w: number;
}
export interface ExampleIndex {
  classes: ExampleClass[];
  /** Class of each example. */
  docClass: number[];
  postings: Map<string, Posting[]>;
  idf: Map<string, number>;
  syn: SynIndex;
  size: number;
}

function collect(by: ExamplesByLocale | undefined): string[] {
  const out = new Set<string>();
  for (const l of LOCALES as readonly Locale[]) for (const e of by?.[l] ?? []) out.add(e);
  return [...out];
}

function weigh(counts: Map<string, number>, idf: Map<string, number>, fallbackIdf: number): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [k, c] of counts) {
    const x = (1 + Math.log(c)) * (idf.get(k) ?? fallbackIdf);
    if (c <= 0 || x <= 0) continue;
    v.set(k, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

const cache = new WeakMap<CompiledRules, ExampleIndex>();

/** The example index of a compiled rule set (built on first use, then cached). */
export function exampleIndex(rules: CompiledRules): ExampleIndex {
  const hit = cache.get(rules);
  if (hit) return hit;
  const syn = synIndex(rules);
  const classes: ExampleClass[] = [];
  const docs: { cls: number; f: Map<string, number> }[] = [];
  const addClass = (cls: ExampleClass, texts: string[]) => {
    if (!texts.length) return;
    const id = classes.push(cls) - 1;
    for (const t of texts) docs.push({ cls: id, f: features(matchText(t, rules), syn) });
  };
  for (const { rule } of rules.intents) addClass(rule.id, collect(rule.examples));
  addClass(OOS, collect(rules.rules.outOfScopeExamples));
  const df = new Map<string, number>();
  for (const d of docs) for (const k of d.f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = docs.length;
  const idf = new Map<string, number>();
  for (const [k, c] of df) idf.set(k, Math.log((n + 1) / (c + 0.5)));
  const postings = new Map<string, Posting[]>();
  docs.forEach((d, i) => {
    for (const [k, w] of weigh(d.f, idf, 0)) {
      let list = postings.get(k);
      if (!list) {
        list = [];
        postings.set(k, list);
      }
      list.push({ doc: i, w });
    }
  });
  const index: ExampleIndex = { classes, docClass: docs.map((d) => d.cls), postings, idf, syn, size: n };
  cache.set(rules, index);
  return index;
}

export interface ClassSimilarity {
  cls: ExampleClass;
  sim: number;
}

/** Most neighbours kept per query (the schema caps `k` at 5). */
const DEPTH = 5;

/** A message's nearest examples: the best few cosines per class, and overall with their class. */
export interface Neighbours {
  classes: ExampleClass[];
  /** Per class (index into `classes`): best cosines, highest first, at most `depth`. */
  perClass: number[][];
  /** Overall best examples, highest first, at most `depth`. */
  global: { cls: number; sim: number }[];
}

const pushTop = <T>(top: T[], x: T, key: (t: T) => number, depth: number) => {
  if (top.length >= depth && key(x) <= key(top[depth - 1]!)) return;
  let i = Math.min(top.length, depth - 1);
  if (top.length < depth) top.push(x);
  while (i > 0 && key(top[i - 1]!) < key(x)) {
    top[i] = top[i - 1]!;
    i--;
  }
  top[i] = x;
};

/**
 * Nearest examples of a message (`text` is the pattern text, `matchText`). Independent of the
 * scoring settings, so the tuner computes it once per message and replays every setting.
 */
export function neighbours(text: string, rules: CompiledRules, depth = DEPTH): Neighbours {
  const ix = exampleIndex(rules);
  const out: Neighbours = { classes: ix.classes, perClass: ix.classes.map(() => []), global: [] };
  if (!ix.size) return out;
  // Features no example has get the highest idf: they stay in the message's norm, so a message
  // about something else ("cancel my gym membership") is less similar than its shop words suggest.
  const q = weigh(features(text, ix.syn), ix.idf, Math.log((ix.size + 1) / 0.5));
  const dot = new Map<number, number>();
  for (const [f, w] of q) {
    for (const p of ix.postings.get(f) ?? []) dot.set(p.doc, (dot.get(p.doc) ?? 0) + w * p.w);
  }
  for (const [doc, s] of dot) {
    const cls = ix.docClass[doc]!;
    pushTop(out.perClass[cls]!, s, (x) => x, depth);
    pushTop(out.global, { cls, sim: s }, (x) => x.sim, depth);
  }
  return out;
}

/**
 * Class scores from neighbours, best first. `class` voting: the mean of each class's best k
 * cosines. `global` voting: similarity-weighted k-NN, each class summing the cosines of its
 * members among the k nearest examples overall, over k (the same scale; equal when k = 1).
 */
export function classSimilarities(nb: Neighbours, k: number, voting: 'class' | 'global' = 'class'): ClassSimilarity[] {
  let sims: number[];
  if (voting === 'global') {
    sims = nb.classes.map(() => 0);
    for (const { cls, sim } of nb.global.slice(0, k)) sims[cls]! += sim / k;
  } else {
    sims = nb.perClass.map((top) => top.slice(0, k).reduce((a, b) => a + b, 0) / k);
  }
  return nb.classes.map((cls, i) => ({ cls, sim: sims[i]! })).sort((a, b) => b.sim - a.sim);
}

/**
 * Cosine similarity of the message to each class's examples (see `classSimilarities`), best first.
 * `text` is the pattern text (`matchText`).
 * @example similarities(matchText('cancel my purchase', rules), rules)[0] // { cls: 'cancel_order', sim: 0.7 }
 */
export function similarities(
  text: string,
  rules: CompiledRules,
  k = rules.rules.exampleScoring.k,
  voting = rules.rules.exampleScoring.voting,
): ClassSimilarity[] {
  return classSimilarities(neighbours(text, rules, Math.max(k, 1)), k, voting);
}

export interface ExampleVote {
  /** Score to add per intent (only the winning class, when it clears the threshold and margin). */
  bonus: Partial<Record<Intent, number>>;
  /** Score to add to the out-of-scope cue total. */
  oos: number;
  top?: ClassSimilarity;
  second?: ClassSimilarity;
}

export type ExampleScoring = CompiledRules['rules']['exampleScoring'];

/**
 * Turns class similarities into score: the best class, if it clears `minSimilarity` and beats the
 * runner-up by `margin`, earns `weight * (sim - min) / (1 - min)` (the out-of-scope pseudo-class
 * `oosWeight` instead). Everything else earns nothing, so ambiguous neighbours never decide.
 */
export function voteFromSimilarities(sims: ClassSimilarity[], cfg: ExampleScoring): ExampleVote {
  const [top, second] = sims;
  const out: ExampleVote = { bonus: {}, oos: 0, top, second };
  if (!top || top.sim < cfg.minSimilarity || top.sim - (second?.sim ?? 0) < cfg.margin) return out;
  const strength = (top.sim - cfg.minSimilarity) / (1 - cfg.minSimilarity);
  if (top.cls === OOS) out.oos = cfg.oosWeight * strength;
  else out.bonus[top.cls] = cfg.weight * strength;
  return out;
}

/** The example vote of a message under the rule file's `exampleScoring` settings. */
export function exampleVote(text: string, rules: CompiledRules): ExampleVote {
  const cfg = rules.rules.exampleScoring;
  return voteFromSimilarities(similarities(text, rules, cfg.k, cfg.voting), cfg);
}
