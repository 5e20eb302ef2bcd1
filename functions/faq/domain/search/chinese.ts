import { Converter } from 'opencc-js/t2cn';

/** Any Han character: runs of these are segmented into bigrams rather than split on spaces. */
export const HAN = /\p{Script=Han}/u;

// Built on first use (about 35 ms): processes that never see Chinese text never pay for it.
let toSimplified: ((text: string) => string) | undefined;
// Short runs (queries, words, snippet phrases) recur; converting each once is enough.
const cache = new Map<string, string>();

// Simplified variants that OpenCC leaves apart but customers use interchangeably.
const VARIANTS: Record<string, string> = { 帐: '账', 週: '周' };

/**
 * Folds Chinese text to one script: Traditional (Taiwan phrasing included) becomes Simplified,
 * so a query in either script finds articles written in the other.
 */
export function foldChinese(text: string): string {
  let folded = cache.get(text);
  if (folded === undefined) {
    toSimplified ??= Converter({ from: 'twp', to: 'cn' });
    folded = toSimplified(text).replace(/[帐週]/gu, (c) => VARIANTS[c] ?? c);
    if (cache.size >= 20_000) cache.clear();
    if (text.length <= 200) cache.set(text, folded);
  }
  return folded;
}
