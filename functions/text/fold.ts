import { searchText } from '../../locales/packs';
import type { Locale } from '../../locales/registry';
import { HAN, toSimplified } from './han.js';

const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const APOSTROPHE_IN_WORD = /(?<=\p{L})['’](?=\p{L})/gu;
// German umlauts typed without the keyboard: "Rueckgabe" and "Ruckgabe" both mean "Rückgabe".
// Folding every ae/oe/ue also touches a few native words ("neue" -> "neu"), identically on both
// sides, which is harmless for matching; it is a trait of the language (the pack's
// `umlautDigraphs`) because Vietnamese "thuê" and "thư" (or English "does" and "dos") must stay apart.
const GERMAN_DIGRAPHS = /ae|oe|ue/g;

/**
 * Removes what a keyboard may not type: diacritics (Vietnamese "đổi" -> "doi", German "ü" -> "u"),
 * "ß" -> "ss", and a few letters with no decomposition. Text that is already ASCII is returned as is.
 */
export function foldMarks(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ı/g, 'i')
    .normalize('NFC');
}

/** German digraph spellings of umlauts folded like the umlauts themselves ("rueck" -> "ruck"). */
function foldGermanDigraphs(text: string): string {
  return text.includes('ae') || text.includes('oe') || text.includes('ue')
    ? text.replace(GERMAN_DIGRAPHS, (d) => d[0] ?? '')
    : text;
}

/**
 * Folds one lower-case word to its matching form for a locale: no diacritics, and where the
 * language spells umlauts as digraphs (German) the spellings unified ("ü", "ue" and "u" -> "u").
 */
export function foldWord(word: string, locale: Locale): string {
  const w = foldMarks(word);
  return searchText(locale).umlautDigraphs ? foldGermanDigraphs(w) : w;
}

/**
 * Folds text for matching: lower-case, Chinese Traditional to Simplified, diacritics removed,
 * German umlaut spellings unified, apostrophes inside words dropped. Word boundaries are kept.
 * The one fold the search index, search queries, chatbot patterns and chat messages share.
 *
 * @example foldText('Đổi trả hàng', 'vi') // 'doi tra hang'
 */
export function foldText(text: string, locale: Locale): string {
  let t = text.toLowerCase().replace(APOSTROPHE_IN_WORD, '');
  const ascii = !NON_ASCII.test(t);
  if (ascii && !searchText(locale).umlautDigraphs) return t;
  if (!ascii && HAN.test(t)) t = toSimplified(t);
  return t.replace(/[\p{L}\p{M}]+/gu, (w) => foldWord(w, locale));
}
