import { DEFAULT_LOCALE, type Locale } from '../../../../locales/registry';
import { combineScores, decide, matchText, patternScores, scanLocales, scoreSet, textKeys } from './classify.js';
import type { CompiledRules } from './compile.js';
import { extractEntities } from './entities.js';
import { exampleVote } from './examples.js';
import { detectLanguage } from './language.js';
import type { Classification, Intent } from './types.js';

/** One intent's part in a decision: its score and where it came from. */
export interface IntentExplanation {
  intent: Intent;
  score: number;
  /** Sum of the matched pattern weights (best locale), before examples and entities. */
  patternScore: number;
  /** What the nearest examples added (only the clearly closest class earns any). */
  exampleBonus: number;
  entityBoost: number;
  smallTalk: boolean;
  /** The pattern sources that matched, in any locale tried. */
  matched: string[];
}

/** Why a message gets the answer it gets: the test console of the rules editor. */
export interface Explanation {
  language: Locale;
  /** The text the patterns ran on: normalised, folded, typo-corrected. */
  text: string;
  entities: Classification['entities'];
  decision: Pick<Classification, 'intent' | 'confidence' | 'outOfScope' | 'alternatives'>;
  /** Intents that scored or matched anything, best first. */
  intents: IntentExplanation[];
  outOfScope: { patternScore: number; exampleScore: number; matched: string[] };
  /** The two closest example classes by cosine similarity (`oos` is the out-of-scope examples). */
  nearestExamples: { class: string; similarity: number }[];
}

const MAX_INTENTS = 8;
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Classifies a message as `classify` does and says why: per-intent scores split into patterns,
 * examples and entities, the patterns that matched, the out-of-scope cues and the nearest example
 * classes. Pure and side-effect free, so an admin can try a draft rule file before saving it.
 * @example explain('where is my parcel', 'en', rules).intents[0].matched // ['where _ @order']
 */
export function explain(message: string, locale: Locale | undefined, rules: CompiledRules): Explanation {
  const language = detectLanguage(message, locale ?? DEFAULT_LOCALE).locale;
  const entities = extractEntities(message, rules.entities);
  const text = matchText(message, rules);
  const vote = exampleVote(text, rules);
  const { raw, oos } = patternScores(text, rules, language, entities);
  const scored = combineScores(raw, vote);
  const decision = decide(scored, oos + vote.oos, rules.rules.thresholds);
  const locales = scanLocales(language);
  const keys = textKeys(text);
  const matchedBy = (set: Parameters<typeof scoreSet>[0]) => {
    const hits: string[] = [];
    scoreSet(set, locales, text, hits, keys);
    return [...new Set(hits)];
  };
  const patternsOf = new Map(rules.intents.map((i) => [i.rule.id, i.patterns]));
  const rawOf = new Map(raw.map((r) => [r.intent, r]));
  const intents = scored
    .map((s): IntentExplanation => {
      const r = rawOf.get(s.intent)!;
      return {
        intent: s.intent,
        score: round(s.score),
        patternScore: round(r.pattern),
        exampleBonus: round(vote.bonus[s.intent] ?? 0),
        entityBoost: s.score > 0 ? round(r.entityBoost) : 0,
        smallTalk: s.smallTalk,
        matched: matchedBy(patternsOf.get(s.intent)!),
      };
    })
    .filter((i) => i.score > 0 || i.matched.length > 0)
    .slice(0, MAX_INTENTS);
  const nearest = [vote.top, vote.second].flatMap((c) => (c ? [{ class: c.cls, similarity: round(c.sim) }] : []));
  return {
    language,
    text: text.trim(),
    entities,
    decision: {
      intent: decision.intent,
      confidence: decision.confidence,
      outOfScope: decision.outOfScope,
      ...(decision.alternatives ? { alternatives: decision.alternatives } : {}),
    },
    intents,
    outOfScope: { patternScore: round(oos), exampleScore: round(vote.oos), matched: matchedBy(rules.outOfScope) },
    nearestExamples: nearest,
  };
}
