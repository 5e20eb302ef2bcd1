import { searchText } from '../../../../locales/packs';
import type { Locale } from '../../../../locales/registry';
import { HAN } from '../../../text/han.js';
import { compoundHead, splitCompound } from '../../../text/compound.js';
import type { CompactIndex, Field, TermQuery } from './compact-index.js';
import type { DocRecord, Vocabulary } from './indexer.js';
import { synonymWeights, type CompiledSynonyms } from './synonyms.js';
import { scoreTopK, type TopK } from './top-k.js';
import { baseTerms } from './tokenise.js';

/** One locale's index with what query planning needs to know about it. */
export interface LocaleIndex {
  locale: Locale;
  index: CompactIndex;
  /** The index's articles, by position. */
  docs: DocRecord[];
  /** Term -> postings (documents x fields it occurs in). */
  vocab: Vocabulary;
  synonyms: CompiledSynonyms;
}

/** Relative weights of terms that are not what the customer typed. */
const WEIGHTS = {
  corrected: 0.9,
  split: 0.8,
  /** A part of a known compound, beside the compound itself. */
  part: 0.4,
  synonym: 0.6,
  pair: 1,
  /** The head of an unknown compound whose modifier is unknown too ("Bankkarte" -> "karte"). */
  head: 0.5,
  /** One character of a Chinese query word, beside the word itself / when the word is unknown. */
  hanChar: 0.2,
  hanCharAlone: 0.45,
  /** Completions of the last word, as if the query were still being typed. */
  completion: 0.5,
} as const;
/**
 * Field weights: a question's words count twice an answer's. Long natural questions often share
 * more words with the answer than with the title, so a heavier title weight (3 before) let a
 * single title word outrank an answer that covers the whole question.
 */
const FIELD_BOOST = { q: 2, t: 2, a: 1 } as const;
/**
 * Postings a query may score. MiniSearch scores every posting of every term, so on a large index
 * a frequent word ("order", "hàng") costs milliseconds while adding little: terms are taken
 * rarest first until the budget is spent (the rarest typed term always counts). Small knowledge
 * bases never reach it.
 */
const POSTINGS_BUDGET = 800;

export interface Plan {
  /** Over budget even with one term: look in questions and tags first. */
  narrow?: boolean;
  terms: Map<string, number>;
  /**
   * Which typed word each term stands for (its position; Chinese characters have their own). A
   * document's score per word is the best of that word's terms, and its coordination counts
   * words, so "return" with its synonyms "send" and "back" is one word matched, not three.
   */
  group: Map<string, number>;
  fuzzy: Map<string, number>;
  prefix: Set<string>;
}

/** Vocabulary terms one adjacent swap away: the commonest typing slip, and two Levenshtein edits. */
function transposed(term: string, vocab: Vocabulary): string | undefined {
  for (let i = 0; i + 1 < term.length; i++) {
    const candidate = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
    if (vocab.has(candidate)) return candidate;
  }
  return undefined;
}

function add(plan: Plan, term: string, weight: number, group: number): void {
  plan.terms.set(term, Math.max(plan.terms.get(term) ?? 0, weight));
  if (!plan.group.has(term)) plan.group.set(term, group);
}

/** Groups of Chinese characters, after every typed position. */
const CHAR_GROUPS = 100_000;

/**
 * Turns a query into weighted index terms. Known terms are searched exactly; only unknown terms
 * get a typo correction, compound split or, last, a fuzzy and prefix search, so frequent words
 * never fan out into thousands of fuzzy candidates. `foreign` is for the English fallback index
 * searched with another locale's query: its unknown words are not typos, so only exact terms count.
 */
export function planQuery(
  q: string,
  index: LocaleIndex,
  {
    foreign = false,
    synonyms = true,
    complete = false,
    /** Type-ahead: complete the last word in the English fallback index too. */
    typing = false,
  } = {},
): Plan {
  const { vocab, locale } = index;
  const plan: Plan = { terms: new Map(), group: new Map(), fuzzy: new Map(), prefix: new Set() };
  const base = baseTerms(q, index.locale);
  const traits = searchText(locale);
  let hanChars: Map<string, boolean> | undefined;
  let lastTyped: string | undefined;
  let lastAt = 0;
  for (let i = 0; i < base.length; i++) {
    const term = base[i];
    if (term === undefined) continue;
    const next = base[i + 1];
    if (traits.syllablePairs && next !== undefined && vocab.has(`${term}_${next}`))
      add(plan, `${term}_${next}`, WEIGHTS.pair, i);
    if (HAN.test(term)) {
      // Characters of a known word add a little; of an unknown word they are all there is.
      if (term.length <= 2) {
        hanChars ??= new Map();
        const known = vocab.has(term) && term.length === 2;
        for (const c of term) hanChars.set(c, (hanChars.get(c) ?? false) || known);
      }
      if (vocab.has(term)) add(plan, term, 1, i);
      continue;
    }
    lastTyped = term;
    lastAt = i;
    const known = (t: string) => vocab.has(t);
    if (vocab.has(term)) {
      add(plan, term, 1, i);
      // A known compound also meets articles that spell it out ("Kopfschmerzen" / "Kopf ... Schmerzen").
      const parts = traits.compounds && term.length >= 7 ? splitCompound(term, locale, known) : undefined;
      for (const part of parts ?? []) add(plan, part, WEIGHTS.part, i);
      continue;
    }
    if (foreign || /\d/.test(term) || term.length < 3) continue;
    const fixed = transposed(term, vocab);
    if (fixed) {
      add(plan, fixed, WEIGHTS.corrected, i);
      continue;
    }
    const parts = term.length >= 7 ? splitCompound(term, locale, known) : undefined;
    if (parts) {
      for (const part of parts) add(plan, part, WEIGHTS.split, i);
      continue;
    }
    add(plan, term, 1, i);
    plan.prefix.add(term);
    if (term.length >= 4) plan.fuzzy.set(term, term.length >= 8 ? 2 : 1);
    const head = traits.compoundHeads && term.length >= 8 ? compoundHead(term, locale, known) : undefined;
    if (head) add(plan, head, WEIGHTS.head, i);
  }
  if (hanChars && !foreign) {
    let g = CHAR_GROUPS;
    for (const [c, inKnownWord] of hanChars) {
      if (vocab.has(c) && !plan.terms.has(c)) add(plan, c, inKnownWord ? WEIGHTS.hanChar : WEIGHTS.hanCharAlone, g++);
    }
  }
  // A query still being typed ends in a partial word: let the last word also match longer terms.
  if (
    complete &&
    (!foreign || typing) &&
    lastTyped !== undefined &&
    lastTyped.length >= 3 &&
    !/\s$/.test(q) &&
    !plan.prefix.has(lastTyped)
  ) {
    if (!plan.terms.has(lastTyped)) add(plan, lastTyped, WEIGHTS.completion, lastAt);
    plan.prefix.add(lastTyped);
  }
  if (synonyms) {
    const at = new Map<string, number>();
    for (const [term, share] of synonymWeights(base, index.synonyms, at)) {
      if (vocab.has(term) && !plan.terms.has(term)) add(plan, term, WEIGHTS.synonym * share, at.get(term) ?? 0);
    }
  }
  return prune(plan, vocab);
}

/** Keeps the rarest terms within the postings budget; see POSTINGS_BUDGET. */
function prune(plan: Plan, vocab: Vocabulary): Plan {
  let total = 0;
  for (const term of plan.terms.keys()) total += vocab.get(term) ?? 0;
  if (total <= POSTINGS_BUDGET) return plan;
  // Cheapest per unit of weight first: a rare typed word before a frequent character or synonym.
  const cost = (term: string, weight: number) => (vocab.get(term) ?? 0) / weight;
  const byRarity = [...plan.terms].sort(([a, wa], [b, wb]) => cost(a, wa) - cost(b, wb));
  const kept = new Map<string, number>();
  let spent = 0;
  let typedKept = false;
  for (const [term, weight] of byRarity) {
    const postings = vocab.get(term) ?? 0;
    if (spent + postings <= POSTINGS_BUDGET || (!typedKept && weight === 1)) {
      kept.set(term, weight);
      spent += postings;
      if (weight === 1) typedKept = true;
    }
  }
  return { ...plan, terms: kept, narrow: spent > POSTINGS_BUDGET };
}

/** Enough hits from questions and tags alone to skip scanning the answers. */
const NARROW_ENOUGH = 10;

/** A scored article: its record, score and the index terms it matched. */
export interface Ranked {
  doc: DocRecord;
  score: number;
  terms: string[];
}

/** The articles a plan found on one index: the best few in order, and counts for the cut. */
export interface RankedSet {
  size: number;
  best: number;
  /** Whether articles under the floor were left out (see `runPlan`). */
  pruned: boolean;
  countAtLeast(min: number, factor?: number): number;
  top(k: number): Ranked[];
}

export interface RunOptions {
  filter?: (doc: DocRecord) => boolean;
  /** Per article of the index (by position), 1 where it may be returned: a filter worked out once. */
  allowed?: Uint8Array;
  /** A factor on an article's score, at most 1. */
  weight?: (doc: DocRecord) => number;
  fields?: Field[];
  /** Articles scoring under this share of the best may be left out (0: none). */
  floor?: number;
}

/**
 * Runs a plan against one index: each typed word's terms are scored together (BM25 per field,
 * weighted), a document's score is the sum over words times the weighted count of words it
 * matched, so a document that answers more of the question ranks first and no expansion counts
 * as a word of its own. `filter` leaves articles out, `weight` scales their score; with `floor`,
 * articles that cannot reach that share of the best are not scored at all (scoreTopK).
 */
export function runPlan(plan: Plan, index: LocaleIndex, options: RunOptions = {}): RankedSet {
  if (plan.terms.size === 0) return NOTHING;
  const groups = new Map<number, TermQuery[]>();
  for (const [term, boost] of plan.terms) {
    const g = plan.group.get(term) ?? 0;
    const query: TermQuery = { term, boost, prefix: plan.prefix.has(term), fuzzy: plan.fuzzy.get(term) ?? 0 };
    const list = groups.get(g);
    if (list) list.push(query);
    else groups.set(g, [query]);
  }
  const { filter, allowed, weight } = options;
  const docs = index.docs;
  const admit =
    allowed && filter
      ? (d: number) => allowed[d] === 1 && filter(docs[d]!)
      : allowed
        ? (d: number) => allowed[d] === 1
        : filter
          ? (d: number) => filter(docs[d]!)
          : undefined;
  const run = (fields?: Field[]) => {
    const scored = scoreTopK(index.index, [...groups.values()], FIELD_BOOST, {
      ...(fields ? { fields } : {}),
      ...(admit ? { filter: admit } : {}),
      ...(weight ? { weight: (d: number) => weight(docs[d]!) } : {}),
      floor: options.floor ?? 0,
    });
    return { scored, set: ranked(scored, docs) };
  };
  if (plan.narrow && !options.fields) {
    const narrow = run(['q', 't']);
    if (narrow.scored.matched >= NARROW_ENOUGH) return narrow.set;
  }
  return run(options.fields).set;
}

const NOTHING: RankedSet = { size: 0, best: 0, pruned: false, countAtLeast: () => 0, top: () => [] };

function ranked(scored: TopK, docs: DocRecord[]): RankedSet {
  return {
    size: scored.size,
    best: scored.best,
    pruned: scored.pruned,
    countAtLeast: (min, factor) => scored.countAtLeast(min, factor),
    top: (k) => scored.top(k).map(({ doc, score, terms }) => ({ doc: docs[doc]!, score, terms })),
  };
}
