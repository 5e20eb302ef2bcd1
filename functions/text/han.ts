import { Converter } from 'opencc-js/t2cn';

/** Any Han character. */
export const HAN = /\p{Script=Han}/u;
export const hasHan = (text: string): boolean => HAN.test(text);

// Built on first use (about 35 ms): processes that never see Chinese text never pay for it.
let convert: ((text: string) => string) | undefined;
// Short runs (queries, messages, words, snippet phrases) recur; converting each once is enough.
const cache = new Map<string, string>();
// A long text (an answer being indexed) is folded twice in a row: to tell its script, then to cut it.
let lastLong: { text: string; folded: string } | undefined;

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
  let folded = text.length <= 200 ? cache.get(text) : lastLong?.text === text ? lastLong.folded : undefined;
  if (folded === undefined) {
    convert ??= Converter({ from: 'twp', to: 'cn' });
    const once = convert;
    folded = text
      .split(KEEP)
      .map((part) => once(part).replace(/[帐週苧]/gu, (c) => VARIANTS[c] ?? c))
      .join(KEEP);
    if (cache.size >= 20_000) cache.clear();
    if (text.length <= 200) cache.set(text, folded);
    else lastLong = { text, folded };
  }
  return folded;
}

export type HanScript = 'simplified' | 'traditional';

// Characters only Simplified script writes (targets of the fold that differ from their source),
// built on first use from the fold itself: one source of truth for both scripts.
let simplifiedOnly: Set<string> | undefined;
function simplifiedChars(): Set<string> {
  if (simplifiedOnly) return simplifiedOnly;
  const chars: string[] = [];
  for (let cp = 0x4e00; cp <= 0x9fff; cp++) chars.push(String.fromCodePoint(cp));
  convert ??= Converter({ from: 'twp', to: 'cn' });
  // One char per line, so no phrase rule joins neighbours.
  const folded = convert(chars.join('\n')).split('\n');
  simplifiedOnly = new Set();
  folded.forEach((s, i) => {
    if (s !== chars[i] && [...s].length === 1) simplifiedOnly?.add(s);
  });
  return simplifiedOnly;
}

/**
 * Which Chinese script a text is written in: Traditional when the fold changes it, Simplified when
 * it holds a character only Simplified writes, undefined when it could be either (or is not Han).
 *
 * @example hanScript('订单在哪里') // 'simplified'
 * @example hanScript('訂單在哪裡') // 'traditional'
 */
export function hanScript(text: string): HanScript | undefined {
  if (!HAN.test(text)) return undefined;
  if (toSimplified(text) !== text) return 'traditional';
  const only = simplifiedChars();
  for (const ch of text) if (only.has(ch)) return 'simplified';
  return undefined;
}
