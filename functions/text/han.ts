import { Converter } from 'opencc-js/t2cn';

/** Any Han character. */
export const HAN = /\p{Script=Han}/u;
export const hasHan = (text: string): boolean => HAN.test(text);

// Built on first use (about 35 ms): processes that never see Chinese text never pay for it.
let convert: ((text: string) => string) | undefined;
// Short runs (queries, messages, words, snippet phrases) recur; converting each once is enough.
const cache = new Map<string, string>();

// Simplified variants that OpenCC leaves apart but customers use interchangeably, and 苧, the one
// OpenCC target it would convert again (薴 -> 苧 -> 苎): with it the fold is idempotent.
const VARIANTS: Record<string, string> = { 帐: '账', 週: '周', 苧: '苎' };
// OpenCC maps Traditional 麼 to 么 and also 么 to 幺: 么 is kept as written, so text folded twice
// (or a pattern typed in Simplified) still meets the user's text.
const KEEP = '么';

/**
 * Folds Chinese text to one script: Traditional (Taiwan phrasing included) becomes Simplified,
 * so a question or a pattern in either script meets text written in the other.
 *
 * @example toSimplified('訂單在哪裡') // '订单在哪里'
 */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  let folded = cache.get(text);
  if (folded === undefined) {
    convert ??= Converter({ from: 'twp', to: 'cn' });
    const once = convert;
    folded = text
      .split(KEEP)
      .map((part) => once(part).replace(/[帐週苧]/gu, (c) => VARIANTS[c] ?? c))
      .join(KEEP);
    if (cache.size >= 20_000) cache.clear();
    if (text.length <= 200) cache.set(text, folded);
  }
  return folded;
}
