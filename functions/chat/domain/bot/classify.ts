import { DEFAULT_LOCALE, LOCALES, type Locale, localeInfo } from '../../../../locales/registry';
import type { Classification, Intent } from './types.js';
import type { CompiledRules, CompiledSet } from './compile.js';
import { defaultRules } from './default-rules.js';
import { detectLanguage } from './language.js';
import { normalise } from './normalise.js';
import { extractEntities } from './entities.js';
import { exampleVote, type ExampleVote } from './examples.js';
import { wordKey } from './pattern.js';

const LATIN_LOCALES = LOCALES.filter((l) => localeInfo(l).script === 'latin');
/**
 * Locales whose patterns are tried: every Latin-script locale for Latin text (users mix English
 * into every language, and folded text cannot tell them apart); a Han-script message's own locale
 * and the default one.
 */
export const scanLocales = (lang: Locale): readonly Locale[] =>
  localeInfo(lang).script === 'latin' ? LATIN_LOCALES : [lang, DEFAULT_LOCALE];

/** The text patterns run on: normalised, folded, typo-corrected, space padded. */
export function matchText(message: string, rules: CompiledRules): string {
  const n = normalise(message);
  return ` ${n.tokens.map((t) => rules.corrector.correct(t)).join(' ')} `;
}

/**
 * Sum of the weights of the patterns in `set` that match `text`, per locale; the best locale
 * counts (a word shared by two locales' patterns, such as "refund", must not count twice).
 */
export function scoreSet(
  set: CompiledSet,
  locales: readonly Locale[],
  text: string,
  hits?: string[],
  keys: ReadonlySet<string> = textKeys(text),
): number {
  let best = 0;
  let any = false;
  for (const l of locales) {
    let s = 0;
    let matched = false;
    for (const p of set[l]) {
      if (p.keys && !p.keys.every((term) => term.some((k) => keys.has(k)))) continue;
      if (p.re.test(text)) {
        s += p.w;
        matched = true;
        hits?.push(p.source);
      }
    }
    if (matched && (!any || s > best)) {
      best = s;
      any = true;
    }
  }
  return best;
}

/** The word keys of a pattern text (see `patternKeys`): computed once per message. */
export const textKeys = (text: string): ReadonlySet<string> => {
  const keys = new Set<string>();
  for (const w of text.split(' ')) if (w) keys.add(wordKey(w));
  return keys;
};

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export interface Scored {
  intent: Intent;
  score: number;
  priority: number;
  smallTalk: boolean;
}

/** Pattern score of one intent before example similarity, plus what its entities would add. */
export interface PatternScore {
  intent: Intent;
  pattern: number;
  entityBoost: number;
  hasBoosts: boolean;
  priority: number;
  smallTalk: boolean;
}

/**
 * The parts of the decision that do not depend on the example-scoring settings: per-intent
 * pattern scores with entity boosts, and the out-of-scope pattern total (exported for the
 * tuner, eval/tune-examples.ts, which replays the decision under many settings).
 */
export function patternScores(
  text: string,
  rules: CompiledRules,
  lang: Locale,
  entities: Classification['entities'],
): { raw: PatternScore[]; oos: number } {
  const locales = scanLocales(lang);
  const keys = textKeys(text);
  const raw = rules.intents.map(({ rule, patterns }): PatternScore => {
    const b = rule.entities.boost;
    const entityBoost =
      (entities.orderNumbers.length ? (b.orderNumber ?? 0) : 0) +
      (entities.emails.length ? (b.email ?? 0) : 0) +
      (entities.dates.length ? (b.date ?? 0) : 0);
    return {
      intent: rule.id,
      pattern: scoreSet(patterns, locales, text, undefined, keys),
      entityBoost,
      hasBoosts: Object.keys(b).length > 0,
      priority: rule.priority,
      smallTalk: rule.smallTalk,
    };
  });
  return { raw, oos: Math.max(0, scoreSet(rules.outOfScope, locales, text, undefined, keys)) };
}

/** Adds the example vote to the pattern scores; best first. */
export function combineScores(raw: PatternScore[], vote: Pick<ExampleVote, 'bonus'>): Scored[] {
  const scored: Scored[] = raw.map((r) => {
    let score = r.pattern + (vote.bonus[r.intent] ?? 0);
    if (score > 0 || r.hasBoosts) score += r.entityBoost;
    return { intent: r.intent, score: Math.max(0, score), priority: r.priority, smallTalk: r.smallTalk };
  });
  // Small talk competes on score but loses ties ("hi, where is my order" is about the order).
  scored.sort((a, b) => b.score - a.score || Number(a.smallTalk) - Number(b.smallTalk) || b.priority - a.priority);
  return scored;
}

/** Raw per-intent scores, best first (exported for the eval's diagnostics). */
function scoreIntents(
  message: string,
  rules: CompiledRules,
  lang: Locale,
  entities: Classification['entities'],
): { scored: Scored[]; oos: number; vote: ExampleVote } {
  const text = matchText(message, rules);
  // Example similarity (examples.ts) adds to the pattern score of the one intent whose examples
  // are clearly closest, or to the out-of-scope total: strong patterns still decide, weak ones
  // get help from a close example.
  const vote = exampleVote(text, rules);
  const { raw, oos } = patternScores(text, rules, lang, entities);
  return { scored: combineScores(raw, vote), oos: oos + vote.oos, vote };
}

export type Decision = Pick<Classification, 'intent' | 'confidence' | 'outOfScope' | 'candidate' | 'alternatives'>;

/** How close the runner-up must be, and how strong both, for a fallback to ask "which one?". */
const CLARIFY_RATIO = 0.6;
const CLARIFY_FLOOR = 0.6;

/** How close an accepted runner-up must come for the answer to ask "which one?" as well. */
const TIE_RATIO = 0.8;
function tied(scored: Scored[]): [Intent, Intent] | undefined {
  const [a, b] = scored;
  if (!a || !b || a.smallTalk || b.smallTalk || b.score < a.score * TIE_RATIO) return undefined;
  return [a.intent, b.intent];
}

/** Two requests the message could be (neither small talk, both near the bar), or undefined. */
function torn(scored: Scored[], accept: number): [Intent, Intent] | undefined {
  const [a, b] = scored;
  if (!a || !b || a.smallTalk || b.smallTalk) return undefined;
  if (a.score < accept * CLARIFY_FLOOR || b.score < a.score * CLARIFY_RATIO) return undefined;
  return [a.intent, b.intent];
}

/** The thresholded decision over combined scores (pure; shared by classify and the tuner). */
export function decide(scored: Scored[], oos: number, t: CompiledRules['rules']['thresholds']): Decision {
  const best = scored[0];
  const s1 = best?.score ?? 0;
  const s2 = scored[1]?.score ?? 0;
  const candidate = best && s1 > 0 ? { intent: best.intent, score: s1 } : undefined;
  const confidence = sigmoid(t.slope * (s1 - t.accept) + t.marginSlope * (s1 - s2) - t.slope * oos);
  if (oos > 0 && oos >= s1) {
    return { intent: 'fallback', confidence: round(sigmoid(oos - s1 + 1)), outOfScope: true, candidate };
  }
  if (!best || s1 < t.accept || confidence < t.confidence) {
    const alternatives = torn(scored, t.accept);
    return {
      intent: 'fallback',
      confidence: round(1 - confidence),
      outOfScope: false,
      candidate,
      ...(alternatives ? { alternatives } : {}),
    };
  }
  const tie = tied(scored);
  return {
    intent: best.intent,
    confidence: round(confidence),
    outOfScope: false,
    candidate,
    ...(tie ? { alternatives: tie } : {}),
  };
}

/**
 * Classifies one message on its own (no dialogue context): intent, calibrated confidence,
 * detected language and entities. Never guesses: weak or out-of-scope messages get `fallback`.
 * @example classify("where's my stuff").intent // 'order_status'
 */
export function classify(message: string, locale?: Locale, rules: CompiledRules = defaultRules()): Classification {
  const language = detectLanguage(message, locale ?? DEFAULT_LOCALE).locale;
  const entities = extractEntities(message, rules.entities);
  const { scored, oos } = scoreIntents(message, rules, language, entities);
  const d = decide(scored, oos, rules.rules.thresholds);
  return {
    intent: d.intent,
    confidence: d.confidence,
    language,
    entities,
    outOfScope: d.outOfScope,
    candidate: d.candidate,
    ...(d.alternatives ? { alternatives: d.alternatives } : {}),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
