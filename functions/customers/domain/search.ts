import { HAN } from '../../text/han';
import { foldText } from '../../text/fold';

/** At most this many terms per customer: a long name never floods the index. */
const MAX_TERMS = 16;
const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Folds text the way customer search matches it: lower-case, no diacritics, umlaut spellings
 * unified ("Müller", "Mueller" and "Muller" meet), Traditional Chinese as Simplified.
 */
const fold = (text: string) => foldText(text.normalize('NFC'), 'de');

/** The words of a folded text: letters and digits, with Han runs kept whole. */
const wordsOf = (folded: string) => folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Han names carry no spaces: a run is indexed from each of its characters on, so "美玲" finds
 * "陳美玲" as "陳" does (a family name comes first).
 */
const hanSuffixes = (word: string) => {
  const chars = [...word];
  return chars.length > 1 && chars.length <= 6 ? chars.map((_, i) => chars.slice(i).join('')) : [word];
};

/**
 * The search terms a customer is found by: each word of the name, the email, and the words of
 * its local part. A query matches when each of its words starts one of these.
 *
 * @example searchTerms('Lena Müller', 'lena.m@example.de') // ['lena', 'muller', 'lena.m@example.de', 'm']
 */
export function searchTerms(name: string, email: string): string[] {
  const lower = email.trim().toLowerCase();
  const local = lower.split('@')[0] ?? '';
  const words = wordsOf(fold(name)).flatMap((w) => (HAN.test(w) ? hanSuffixes(w) : [w]));
  return [...new Set([...words, lower, ...wordsOf(fold(local))])].slice(0, MAX_TERMS);
}

/** What a query asks for: the folded words (each a prefix), an email, an order number. */
export interface CustomerQuery {
  words: string[];
  email?: string;
  orderNumber?: string;
}

/**
 * Reads an admin's query: an email (exact, and as a prefix), an order number ("#10023", "10 023"),
 * and the words of a name. Words shorter than two letters (one Han character is enough) are left
 * out of the prefix search: they would match half the customers.
 */
export function parseCustomerQuery(q: string): CustomerQuery {
  const text = q.trim();
  const email = text.includes('@') ? text.toLowerCase() : undefined;
  const compact = text.replace(/^#/, '').replace(/\s+/g, '');
  const orderNumber = /^[A-Za-z0-9-]{3,32}$/.test(compact) && /\d/.test(compact) ? compact : undefined;
  const words = email
    ? [email]
    : wordsOf(fold(text))
        .flatMap((w) => (HAN.test(w) ? (w.match(HAN_RUN) ?? []) : [w]))
        .filter((w) => HAN.test(w) || w.length >= 2);
  return { words: [...new Set(words)], email, orderNumber };
}

/** True when every query word starts one of the customer's terms. */
export const matchesTerms = (terms: readonly string[], words: readonly string[]) =>
  words.every((w) => terms.some((t) => t.startsWith(w)));

/** The word to look up in the index: the longest, which narrows the most. */
export const leadingWord = (words: readonly string[]) => [...words].sort((a, b) => [...b].length - [...a].length)[0];
