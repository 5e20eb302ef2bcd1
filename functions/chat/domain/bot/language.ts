import { PACKS } from '../../../../locales/packs';
import { DEFAULT_LOCALE, LOCALES, type Locale, localeInfo } from '../../../../locales/registry';
import { foldText, foldWord } from '../../../text/fold.js';
import { hasHan } from './normalise.js';

/** How sure the detector is: 'evidence' when the text itself decided, 'default' when it fell back. */
export interface Detected {
  locale: Locale;
  basis: 'evidence' | 'default';
}

interface Detector {
  locale: Locale;
  minScore: number;
  letters?: RegExp;
  lettersDecide: boolean;
  sharedLetters?: RegExp;
  phrases: string[];
  words: Set<string>;
}

const charClass = (chars: string | undefined) => (chars ? new RegExp(`[${chars}]`, 'u') : undefined);

/** The Han-script locale, recognised by its script alone. */
const HAN_LOCALE = LOCALES.find((l) => localeInfo(l).script === 'han');

/** Every other locale's cues from its pack (`locales/<code>/detect.ts`), in rank order. */
const DETECTORS: Detector[] = LOCALES.filter((l) => l !== HAN_LOCALE)
  .sort((a, b) => PACKS[a].detect.rank - PACKS[b].detect.rank)
  .map((locale) => {
    const d = PACKS[locale].detect;
    return {
      locale,
      minScore: d.minScore,
      letters: charClass(d.letters),
      lettersDecide: d.lettersDecide ?? false,
      sharedLetters: charClass(d.sharedLetters),
      phrases: d.phrases.map((p) => foldText(p, locale)),
      words: new Set(d.words.map((w) => foldWord(w, locale))),
    };
  });

/**
 * Detects the language from the text itself (clients may send a wrong locale): Han script -> the
 * Han-script locale; a locale's decisive letters -> that locale; otherwise each locale's score
 * (its letters, phrases and words, folded as that language folds them) in rank order, the first
 * that reaches its minimum and beats every locale ranked after it; otherwise the given fallback.
 * @example detectLanguage('don hang cua toi dau', 'en').locale // 'vi'
 */
export function detectLanguage(text: string, fallback: Locale = DEFAULT_LOCALE): Detected {
  if (HAN_LOCALE && hasHan(text)) return { locale: HAN_LOCALE, basis: 'evidence' };
  const lower = text.normalize('NFC').toLowerCase();
  const decided = DETECTORS.find((d) => d.lettersDecide && d.letters?.test(lower));
  if (decided) return { locale: decided.locale, basis: 'evidence' };
  const words = lower.replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ').trim();
  const scores = DETECTORS.map((d) => {
    const folded = ` ${foldText(words, d.locale)} `;
    let score = d.phrases.filter((p) => folded.includes(` ${p} `)).length * 2;
    if (d.letters?.test(lower)) score += 2;
    for (const t of folded.trim().split(' ')) if (t && d.words.has(t)) score += 1;
    return score;
  });
  DETECTORS.forEach((d, i) => {
    const othersLettersSilent = DETECTORS.every((o, j) => j === i || !o.letters || o.lettersDecide || scores[j] === 0);
    if (d.sharedLetters?.test(lower) && othersLettersSilent) scores[i]! += 2;
  });
  const winner = DETECTORS.findIndex(
    (d, i) => scores[i]! >= d.minScore && scores.slice(i + 1).every((later) => scores[i]! > later),
  );
  return winner >= 0
    ? { locale: DETECTORS[winner]!.locale, basis: 'evidence' }
    : { locale: fallback, basis: 'default' };
}
