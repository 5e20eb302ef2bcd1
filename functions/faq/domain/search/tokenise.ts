import { searchText } from '../../../../locales/packs';
import type { Locale } from '../../../../locales/registry';
import { HAN, toSimplified } from '../../../text/han.js';
import { foldWord } from '../../../text/fold.js';
import { stem } from '../../../text/stem.js';
import { HAN_SPLIT_CHARS, HAN_STOP_PHRASES, isStopword } from './stopwords.js';

// Han characters are letters too: the non-Han branch must exclude them, or "okta单点登录" would be
// read as one Latin word.
const LETTER = '(?:(?!\\p{Script=Han})[\\p{L}\\p{M}\\p{N}])';
const WORD = new RegExp(`\\p{Script=Han}+|${LETTER}+(?:[-'’.]${LETTER}+)*`, 'gu');
const HAN_STOP = new RegExp(HAN_STOP_PHRASES.join('|'), 'gu');
const DIGIT = /\d/;
const SURROGATE = /[\ud800-\udfff]/;
const NON_ASCII = /[^\x00-\x7f]/;
const JOINERS = /['’.-]/;
const BREAK_AFTER = new Set([',', ';', ':', '!', '?', '(', ')', '\n']);
/** Whether a term or word starts with a Han character; nothing below U+2E80 is Han. */
const startsHan = (s: string) => s.charCodeAt(0) >= 0x2e80 && HAN.test(s[0]!);

/** Cuts a folded run of Han characters into bigrams, dropping function words first. */
function hanTerms(run: string, out: string[] = []): string[] {
  for (const segment of run.replace(HAN_STOP, '|').replace(HAN_SPLIT_CHARS, '|').split('|')) {
    if (!SURROGATE.test(segment)) {
      // One UTF-16 unit per character (all but the rarest Han): no array of characters needed.
      if (segment.length === 1) out.push(segment);
      for (let i = 0; i + 1 < segment.length; i++) out.push(segment.slice(i, i + 2));
      continue;
    }
    const chars = [...segment];
    if (chars.length === 1) out.push(segment);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

// Words repeat endlessly across articles and queries; folding and stemming each once per process
// makes indexing and snippets several times faster. Bounded so odd input cannot grow it forever.
const CACHE_LIMIT = 100_000;
const termCache: Record<Locale, Map<string, string | null>> = {
  en: new Map(),
  de: new Map(),
  vi: new Map(),
  zh: new Map(),
};

/** The index term for one lower-case word, or undefined for a stopword or a lone letter. */
export function wordTerm(word: string, locale: Locale): string | undefined {
  const cache = termCache[locale];
  let term = cache.get(word);
  if (term === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    term = computeTerm(word, locale) ?? null;
    cache.set(word, term);
  }
  return term ?? undefined;
}

function computeTerm(word: string, locale: Locale): string | undefined {
  const folded = foldWord(word, locale);
  if (isStopword(word, folded, locale)) return undefined;
  if (folded.length < 2 && !DIGIT.test(folded)) return undefined;
  return stem(folded, locale);
}

/**
 * Splits text into base terms, in order. `undefined` marks a gap (a stopword or punctuation) so
 * that callers building phrases do not join words across it.
 */
export function baseTerms(text: string, locale: Locale): Array<string | undefined> {
  let t = text.toLowerCase();
  if (NON_ASCII.test(t)) {
    t = t.normalize('NFC');
    if (HAN.test(t)) t = toSimplified(t);
  }
  const out: Array<string | undefined> = [];
  // exec on the shared pattern, not matchAll: no iterator and no copy of the pattern per call.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(t); m !== null; m = WORD.exec(t)) {
    const w = m[0];
    if (startsHan(w)) {
      hanTerms(w, out as string[]);
      out.push(undefined);
      continue;
    }
    if (!JOINERS.test(w)) out.push(wordTerm(w, locale));
    else {
      const parts = w.replace(/['’]/g, '').split(/[-.]/);
      for (const part of parts) out.push(wordTerm(part, locale));
      // "e-mail" is also "email"; "Rücksende-Etikett" also "rucksendeetikett".
      if (parts.length > 1) out.push(wordTerm(parts.join(''), locale), undefined);
    }
    const end = (m.index ?? 0) + w.length;
    if (end < t.length && BREAK_AFTER.has(t[end]!)) out.push(undefined);
  }
  return out;
}

/** The single characters of Han bigram terms, each once: indexed beside the bigrams. */
function hanUnigrams(terms: Iterable<string | undefined>, out: Set<string> = new Set()): Set<string> {
  for (const term of terms) {
    if (term === undefined || term.length > 2 || !startsHan(term)) continue;
    for (const c of term) out.add(c);
  }
  return out;
}

/**
 * The terms under which text is indexed and searched: folded, stopwords removed, stemmed (en, de),
 * Chinese as character bigrams followed by the distinct characters (unigrams, so that a query
 * sharing one character of a word, a swapped pair or a synonym with one character in common
 * still finds it; the query side weighs them low), Vietnamese syllables plus adjacent syllable pairs
 * ("doi_tra" for "đổi trả"), since single syllables are ambiguous once accents are gone.
 *
 * @example tokenise('Wie kann ich meine Rücksendung verfolgen?', 'de') // ['rucksend', 'verfolg']
 */
export function tokenise(text: string, locale: Locale): string[] {
  const base = baseTerms(text, locale);
  const out: string[] = [];
  const pairs = searchText(locale).syllablePairs;
  for (let i = 0; i < base.length; i++) {
    const term = base[i];
    if (term === undefined) continue;
    out.push(term);
    const next = base[i + 1];
    if (pairs && next !== undefined && !startsHan(term)) out.push(`${term}_${next}`);
  }
  if (HAN.test(text)) {
    // A unigram is one character (one or two UTF-16 units): only terms that short can be it.
    const seen = new Set<string>();
    for (const term of out) if (term.length <= 2) seen.add(term);
    for (const c of hanUnigrams(base)) if (!seen.has(c)) out.push(c);
  }
  return out;
}
