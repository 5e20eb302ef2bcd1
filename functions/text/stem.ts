import { searchText } from '../../locales/packs';
import type { Locale } from '../../locales/registry';

const VOWEL = /[aeiouy]/;
const DOUBLE = /([bcdfghjkmnpqrtvwx])\1$/;
const DOUBLE_DE = /([bcdfghjklmnpqrstvwxz])\1$/;

/**
 * A light English stemmer (inflections plus a few derivations). Folds forms of one word to one
 * key, not to a dictionary word: "delivery", "deliveries", "delivered" -> "deliver".
 */
export function stemEnglish(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'i';
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith('eed')) {
    if (w.length > 4) w = w.slice(0, -1);
  } else {
    const m = /(ing|ed)$/.exec(w);
    if (m) {
      const base = w.slice(0, -m[0].length);
      if (base.length >= 3 && VOWEL.test(base)) w = base.replace(DOUBLE, '$1');
    }
  }
  for (const suffix of ['ations', 'ation', 'ments', 'ment', 'ness', 'ful', 'able', 'ible', 'ly']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length).replace(DOUBLE, '$1');
      break;
    }
  }
  if (w.length > 4 && /[yie]$/.test(w)) w = w.slice(0, -1);
  // "cancelled" and "cancel" meet, while "call" stays whole.
  return w.length > 5 && w.endsWith('ll') ? w.slice(0, -1) : w;
}

/**
 * A light German stemmer on already folded words (no umlauts, "ß" as "ss"): "-ung", one
 * inflection ending, a participle or noun "-t", then a trailing double consonant. Single pass,
 * so compounds keep their head: "Bestellung", "bestellen", "bestellt" -> "bestel".
 */
export function stemGerman(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  const ung = /ungen$|ung$/.exec(w);
  if (ung && w.length - ung[0].length >= 4) w = w.slice(0, -ung[0].length);
  else {
    const inflection = /(em|en|er|es|e|s|(?<=r)n)$/.exec(w);
    if (inflection && w.length - inflection[0].length >= 3) w = w.slice(0, -inflection[0].length);
  }
  if (w.length > 5 && w.endsWith('t')) {
    w = w.slice(0, -1);
    if (w.length > 5 && w.endsWith('e')) w = w.slice(0, -1);
  }
  return w.length > 4 ? w.replace(DOUBLE_DE, '$1') : w;
}

const STEMMERS = { english: stemEnglish, german: stemGerman, none: (word: string) => word } as const;

/** Stems an already folded word with its locale's stemmer (the pack's `search.stemmer`). */
export function stem(word: string, locale: Locale): string {
  if (/\d/.test(word)) return word;
  return STEMMERS[searchText(locale).stemmer](word);
}
