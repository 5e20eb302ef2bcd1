import { searchText } from '../../../../locales/packs';
import { LOCALES, type Locale, perLocale } from '../../../../locales/registry';
import { foldWord } from '../../../text/fold.js';

const words = (list: string | undefined) => (list ?? '').split(/\s+/).filter(Boolean);

/** Each locale's stopwords in the form they are compared in (see the pack's `search` section). */
const STOP = perLocale((locale) => {
  const pack = searchText(locale);
  const list = words(pack.stopwords);
  return {
    asWritten: new Set(pack.stopwordsAccented ? list : list.map((w) => foldWord(w, locale))),
    foldedSafe: new Set(words(pack.stopwordsFoldedSafe)),
  };
});

/**
 * Whether a word is a stopword. `raw` is the lower-case word as written, `folded` its folded form.
 * Where the language's stopwords are accent-sensitive (Vietnamese), a word typed without accents
 * is dropped only when its folded form is safe.
 */
export function isStopword(raw: string, folded: string, locale: Locale): boolean {
  const pack = searchText(locale);
  if (pack.latinStopwordsOf) return STOP[pack.latinStopwordsOf].asWritten.has(folded);
  const stop = STOP[locale];
  if (pack.stopwordsAccented) return stop.asWritten.has(raw) || (raw === folded && stop.foldedSafe.has(folded));
  return stop.asWritten.has(folded);
}

/** Han function phrases of every locale that writes in Han (removed before bigrams), longest first. */
export const HAN_STOP_PHRASES = [...new Set(LOCALES.flatMap((l) => searchText(l).hanStopPhrases ?? []))].sort(
  (a, b) => b.length - a.length,
);

/** Han characters that split a run (particles and pronouns), of every locale that writes in Han. */
export const HAN_SPLIT_CHARS = new RegExp(
  `[${[...new Set(LOCALES.flatMap((l) => [...(searchText(l).hanSplitChars ?? '')]))].join('')}]`,
  'gu',
);
