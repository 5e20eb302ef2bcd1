import type { Classification, Intent, Locale } from './types.js';
import type { CompiledRules, CompiledSet } from './compile.js';
import { defaultRules } from './default-rules.js';
import { detectLanguage } from './language.js';
import { normalise } from './normalise.js';
import { extractEntities } from './entities.js';
import { exampleVote, type ExampleVote } from './examples.js';

/** Locales whose patterns are tried: users mix English into every language. */
const scanLocales = (lang: Locale): Locale[] => (lang === 'zh' ? ['zh', 'en'] : ['en', 'de', 'vi']);

/** The text patterns run on: normalised, folded, typo-corrected, space padded. */
export function matchText(message: string, rules: CompiledRules): string {
  const n = normalise(message);
  return ` ${n.tokens.map((t) => rules.corrector.correct(t)).join(' ')} `;
}

/**
 * Sum of the weights of the patterns in `set` that match `text`, per locale; the best locale
 * counts (a word shared by two locales' patterns, such as "refund", must not count twice).
 */
export function scoreSet(set: CompiledSet, locales: Locale[], text: string, hits?: string[]): number {
  let best = 0;
  let any = false;
  for (const l of locales) {
    let s = 0;
    let matched = false;
    for (const p of set[l]) {
      if (p.re.test(text)) { s += p.w; matched = true; hits?.push(p.source); }
    }
    if (matched && (!any || s > best)) { best = s; any = true; }
  }
  return best;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export interface Scored { intent: Intent; score: number; priority: number; smallTalk: boolean }

/** Raw per-intent scores, best first (exported for the eval's diagnostics). */
export function scoreIntents(message: string, rules: CompiledRules, lang: Locale, entities: Classification['entities']): { scored: Scored[]; oos: number; vote: ExampleVote } {
  const text = matchText(message, rules);
  const locales = scanLocales(lang);
  // Example similarity (examples.ts) adds to the pattern score of the one intent whose examples
  // are clearly closest, or to the out-of-scope total: strong patterns still decide, weak ones
  // get help from a close example.
  const vote = exampleVote(text, rules);
  const scored: Scored[] = rules.intents.map(({ rule, patterns }) => {
    let score = scoreSet(patterns, locales, text) + (vote.bonus[rule.id] ?? 0);
    if (score > 0 || Object.keys(rule.entities.boost).length) {
      if (entities.orderNumbers.length) score += rule.entities.boost.orderNumber ?? 0;
      if (entities.emails.length) score += rule.entities.boost.email ?? 0;
      if (entities.dates.length) score += rule.entities.boost.date ?? 0;
    }
    return { intent: rule.id, score: Math.max(0, score), priority: rule.priority, smallTalk: rule.smallTalk };
  });
  // Small talk competes on score but loses ties ("hi, where is my order" is about the order).
  scored.sort((a, b) => b.score - a.score || Number(a.smallTalk) - Number(b.smallTalk) || b.priority - a.priority);
  return { scored, oos: Math.max(0, scoreSet(rules.outOfScope, locales, text)) + vote.oos, vote };
}

/**
 * Classifies one message on its own (no dialogue context): intent, calibrated confidence,
 * detected language and entities. Never guesses: weak or out-of-scope messages get `fallback`.
 * @example classify("where's my stuff").intent // 'order_status'
 */
export function classify(message: string, locale?: Locale, rules: CompiledRules = defaultRules()): Classification {
  const language = detectLanguage(message, locale ?? 'en').locale;
  const entities = extractEntities(message, rules.entities);
  const { scored, oos } = scoreIntents(message, rules, language, entities);
  const t = rules.rules.thresholds;
  const best = scored[0];
  const s1 = best?.score ?? 0;
  const s2 = scored[1]?.score ?? 0;
  const candidate = best && s1 > 0 ? { intent: best.intent, score: s1 } : undefined;
  const confidence = sigmoid(t.slope * (s1 - t.accept) + t.marginSlope * (s1 - s2) - t.slope * oos);
  if (oos > 0 && oos >= s1) {
    return { intent: 'fallback', confidence: round(sigmoid(oos - s1 + 1)), language, entities, outOfScope: true, candidate };
  }
  if (!best || s1 < t.accept || confidence < t.confidence) {
    return { intent: 'fallback', confidence: round(1 - confidence), language, entities, outOfScope: false, candidate };
  }
  return { intent: best.intent, confidence: round(confidence), language, entities, outOfScope: false, candidate };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
