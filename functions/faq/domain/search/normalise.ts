import type { Locale } from '../../../../locales/registry';
import { foldChinese, HAN } from './chinese.js';

const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const APOSTROPHE_IN_WORD = /(?<=\p{L})['’](?=\p{L})/gu;
// German umlauts typed without the keyboard: "Rueckgabe" and "Ruckgabe" both mean "Rückgabe".
// Folding every ae/oe/ue also touches a few native words ("neue" -> "neu"), identically on both
// sides, which is harmless for matching.
const GERMAN_DIGRAPHS = /ae|oe|ue/g;

/**
 * Folds one word (already lower-case) to its index form: no diacritics (Vietnamese "đổi" -> "doi",
 * German "ü", "ue" and "u" -> "u", "ß" -> "ss").
 */
export function foldWord(word: string, locale: Locale): string {
  let w = word;
  if (NON_ASCII.test(w)) {
    w = w.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/ß/g, 'ss');
    w = w.replace(/[æ]/g, 'ae').replace(/[ø]/g, 'o').replace(/ı/g, 'i');
  }
  if (locale === 'de' && (w.includes('ae') || w.includes('oe') || w.includes('ue'))) {
    w = w.replace(GERMAN_DIGRAPHS, (d) => d[0] ?? '');
  }
  return w;
}

/**
 * Folds text for matching: lower-case, Chinese Traditional to Simplified, diacritics removed,
 * German umlaut spellings unified, apostrophes inside words dropped. Word boundaries are kept.
 *
 * @example foldText('Đổi trả hàng', 'vi') // 'doi tra hang'
 */
export function foldText(text: string, locale: Locale): string {
  let t = text.toLowerCase().replace(APOSTROPHE_IN_WORD, '');
  const ascii = !NON_ASCII.test(t);
  if (ascii && locale !== 'de') return t;
  if (!ascii && HAN.test(t)) t = foldChinese(t);
  return t.replace(/[\p{L}\p{M}]+/gu, (w) => foldWord(w, locale));
}

/**
 * The form under which analytics aggregate queries: folded, punctuation dropped, whitespace collapsed.
 *
 * @example normaliseQuery('  Wo ist mein PAKET?? ', 'de') // 'wo ist mein paket'
 */
export function normaliseQuery(q: string, locale: Locale): string {
  return foldText(q, locale)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
