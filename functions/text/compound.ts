import type { Locale } from '../../locales/registry';
import { stem } from './stem.js';

/** Linking elements between the parts of a compound ("Rücken|s|...", "Schmerz|en|..."). */
const LINKS = ['', 's', 'n', 'en', 'e', 'er', 'es'];
const MIN_PART = 3;
const MIN_HEAD = 4;

/**
 * Splits a compound term into parts that `known` knows, learned from the corpus rather than a
 * dictionary: "kopfschmerz" -> ["kopf", "schmerz"], "unterbauchschmerz" -> ["unter", "bauch",
 * "schmerz"]. The head (last part) is tried longest first; a linking "s", "en"... may sit between
 * parts. Returns undefined when no split into known parts exists. Terms are folded and stemmed
 * (index terms); the parts come back as index terms too.
 *
 * @example splitCompound('sonnenbrand', 'de', (t) => ['sonn', 'brand'].includes(t)) // ['sonn', 'brand']
 */
export function splitCompound(
  term: string,
  locale: Locale,
  known: (term: string) => boolean,
  depth = 0,
): string[] | undefined {
  if (depth > 2 || term.length < MIN_PART + MIN_HEAD || /\d/.test(term)) return undefined;
  for (let i = MIN_PART; i <= term.length - MIN_HEAD; i++) {
    const head = term.slice(i);
    const headTerm = known(head) ? head : known(stem(head, locale)) ? stem(head, locale) : undefined;
    if (headTerm === undefined) continue;
    const modifier = term.slice(0, i);
    for (const link of LINKS) {
      if (!modifier.endsWith(link)) continue;
      const left = modifier.slice(0, modifier.length - link.length);
      if (left.length < MIN_PART) continue;
      const leftTerm = known(left) ? left : known(stem(left, locale)) ? stem(left, locale) : undefined;
      if (leftTerm !== undefined && leftTerm !== term) return [leftTerm, headTerm];
      const deeper = left.length >= MIN_PART + MIN_HEAD ? splitCompound(left, locale, known, depth + 1) : undefined;
      if (deeper) return [...deeper, headTerm];
    }
  }
  return undefined;
}

/**
 * The longest known head of a compound whose modifier is unknown ("brechdurchfall" ->
 * "durchfall"): in German the last part names the thing.
 */
export function compoundHead(term: string, locale: Locale, known: (term: string) => boolean): string | undefined {
  for (let i = MIN_PART; i <= term.length - MIN_HEAD; i++) {
    const head = term.slice(i);
    if (known(head)) return head;
    const s = stem(head, locale);
    if (s.length >= MIN_HEAD && known(s)) return s;
  }
  return undefined;
}
