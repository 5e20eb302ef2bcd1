import type { BotPorts, FaqHit, Locale } from './types.js';
import type { CompiledRules } from './compile.js';
import { normalise } from './normalise.js';

// Words that say nothing about the topic; they must not count towards FAQ coverage.
const STOP = new Set(('a an the i me my you your we our is are was be do does did can could would will to of in on for with at by '
  + 'and or it this that how what when where why who which please hi hello ich du sie der die das ein eine und ist mein meine wie was wo '
  + 'kann ich toi ban cua la co khong duoc minh').split(' '));

function contentWords(s: string): string[] {
  const n = normalise(s);
  // Han text has no spaces: compare characters instead of words.
  if (/\p{Script=Han}/u.test(n.folded)) return [...n.folded.replace(/\s+/g, '')].filter((c) => /\p{Script=Han}/u.test(c));
  return n.tokens.filter((t) => t.length > 1 && !STOP.has(t));
}

/** Share of the message's content words found in the hit (prefix match tolerates plurals). */
export function coverage(message: string, hit: FaqHit): number {
  const words = contentWords(message);
  if (!words.length) return 0;
  const hay = contentWords(`${hit.question} ${hit.snippet}`);
  const found = words.filter((w) => hay.some((h) => h === w || (w.length > 3 && (h.startsWith(w.slice(0, -1)) || w.startsWith(h.slice(0, -1)))))).length;
  return found / words.length;
}

/** True when a search hit is good enough to answer with: score and word coverage both pass. */
export function goodHit(rules: CompiledRules, message: string, hit: FaqHit | undefined, relax = 0): hit is FaqHit {
  const t = rules.rules.thresholds;
  return !!hit && hit.score >= t.faqMinScore && coverage(message, hit) >= t.faqMinCoverage - relax;
}

/** Asks the knowledge base, swallowing port failures (the bot must still answer). */
export async function searchFaq(ports: BotPorts, q: string, locale: Locale, limit: number): Promise<FaqHit[]> {
  try { return await ports.searchFaq(q, locale, limit); } catch { return []; }
}

export const looksLikeQuestion = (message: string) => contentWords(message).length >= 2;
