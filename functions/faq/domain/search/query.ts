import { searchText } from '../../../../locales/packs';
import type { Locale } from '../../../../locales/registry';
import type MiniSearch from 'minisearch';
import type { SearchOptions as MsSearchOptions, SearchResult } from 'minisearch';
import { HAN } from '../../../text/han.js';
import { compoundHead, splitCompound } from '../../../text/compound.js';
import { synonymWeights, type CompiledSynonyms } from './synonyms.js';
import { baseTerms } from './tokenise.js';

/** One locale's index with what query planning needs to know about it. */
export interface LocaleIndex {
  locale: Locale;
  ms: MiniSearch;
  /** Term -> postings (documents x fields it occurs in). */
  vocab: Map<string, number>;
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
  fuzzy: Map<string, number>;
  prefix: Set<string>;
}

/** Vocabulary terms one adjacent swap away: the commonest typing slip, and two Levenshtein edits. */
function transposed(term: string, vocab: Map<string, number>): string | undefined {
  for (let i = 0; i + 1 < term.length; i++) {
    const candidate = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
    if (vocab.has(candidate)) return candidate;
  }
  return undefined;
}

function add(plan: Plan, term: string, weight: number): void {
  plan.terms.set(term, Math.max(plan.terms.get(term) ?? 0, weight));
}

/**
 * Turns a query into weighted index terms. Known terms are searched exactly; only unknown terms
 * get a typo correction, compound split or, last, a fuzzy and prefix search, so frequent words
 * never fan out into thousands of fuzzy candidates. `foreign` is for the English fallback index
 * searched with another locale's query: its unknown words are not typos, so only exact terms count.
 */
export function planQuery(
  q: string,
  index: LocaleIndex,
  { foreign = false, synonyms = true, complete = false } = {},
): Plan {
  const { vocab, locale } = index;
  const plan: Plan = { terms: new Map(), fuzzy: new Map(), prefix: new Set() };
  const base = baseTerms(q, index.locale);
  const traits = searchText(locale);
  let hanChars: Map<string, boolean> | undefined;
  let lastTyped: string | undefined;
  for (let i = 0; i < base.length; i++) {
    const term = base[i];
    if (term === undefined) continue;
    const next = base[i + 1];
    if (traits.syllablePairs && next !== undefined && vocab.has(`${term}_${next}`))
      add(plan, `${term}_${next}`, WEIGHTS.pair);
    if (HAN.test(term)) {
      // Characters of a known word add a little; of an unknown word they are all there is.
      if (term.length <= 2) {
        hanChars ??= new Map();
        const known = vocab.has(term) && term.length === 2;
        for (const c of term) hanChars.set(c, (hanChars.get(c) ?? false) || known);
      }
      if (vocab.has(term)) add(plan, term, 1);
      continue;
    }
    lastTyped = term;
    const known = (t: string) => vocab.has(t);
    if (vocab.has(term)) {
      add(plan, term, 1);
      // A known compound also meets articles that spell it out ("Kopfschmerzen" / "Kopf ... Schmerzen").
      const parts = traits.compounds && term.length >= 7 ? splitCompound(term, locale, known) : undefined;
      for (const part of parts ?? []) add(plan, part, WEIGHTS.part);
      continue;
    }
    if (foreign || /\d/.test(term) || term.length < 3) continue;
    const fixed = transposed(term, vocab);
    if (fixed) {
      add(plan, fixed, WEIGHTS.corrected);
      continue;
    }
    const parts = term.length >= 7 ? splitCompound(term, locale, known) : undefined;
    if (parts) {
      for (const part of parts) add(plan, part, WEIGHTS.split);
      continue;
    }
    add(plan, term, 1);
    plan.prefix.add(term);
    if (term.length >= 4) plan.fuzzy.set(term, term.length >= 8 ? 2 : 1);
    const head = traits.compounds && term.length >= 8 ? compoundHead(term, locale, known) : undefined;
    if (head) add(plan, head, WEIGHTS.head);
  }
  if (hanChars && !foreign) {
    for (const [c, inKnownWord] of hanChars) {
      if (vocab.has(c) && !plan.terms.has(c)) add(plan, c, inKnownWord ? WEIGHTS.hanChar : WEIGHTS.hanCharAlone);
    }
  }
  // A query still being typed ends in a partial word: let the last word also match longer terms.
  if (
    complete &&
    !foreign &&
    lastTyped !== undefined &&
    lastTyped.length >= 3 &&
    !/\s$/.test(q) &&
    !plan.prefix.has(lastTyped)
  ) {
    if (!plan.terms.has(lastTyped)) add(plan, lastTyped, WEIGHTS.completion);
    plan.prefix.add(lastTyped);
  }
  if (synonyms) {
    for (const [term, share] of synonymWeights(base, index.synonyms)) {
      if (vocab.has(term) && !plan.terms.has(term)) add(plan, term, WEIGHTS.synonym * share);
    }
  }
  return prune(plan, vocab);
}

/** Keeps the rarest terms within the postings budget; see POSTINGS_BUDGET. */
function prune(plan: Plan, vocab: Map<string, number>): Plan {
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

/** Runs a plan against one index. */
export function runPlan(
  plan: Plan,
  index: LocaleIndex,
  options: Pick<MsSearchOptions, 'filter' | 'fields' | 'combineWith'> = {},
): SearchResult[] {
  if (plan.terms.size === 0) return [];
  const run = (fields = options.fields) =>
    index.ms.search([...plan.terms.keys()].join(' '), {
      ...options,
      fields,
      boost: FIELD_BOOST,
      boostTerm: (term) => plan.terms.get(term) ?? 1,
      fuzzy: (term) => plan.fuzzy.get(term) ?? false,
      prefix: (term) => plan.prefix.has(term),
    });
  if (plan.narrow && !options.fields) {
    const narrow = run(['q', 't']);
    if (narrow.length >= NARROW_ENOUGH) return narrow;
  }
  return run();
}
