import { LOCALES } from '../../../../locales/registry';
import * as z from 'zod';
import { INTENT_ID, RESERVED_INTENTS } from './types.js';

/**
 * The rule file format. Patterns are "regex-lite" (see pattern.ts): space-separated terms
 * matched as whole words in order; `word*` prefix, `*word` suffix, `a|b` alternatives,
 * `two+words` a multi-word alternative inside a term (`bye+bye|goodbye`),
 * `@name` a synonym group, `term?` optional, `_` a gap of up to 3 words (Han: 4 characters),
 * `__` up to 6 words (Han: 8 characters). Han patterns match characters, not words.
 * English patterns also match regular and common irregular inflections of plain words
 * (`arrive` ~ arrived/arriving, `send` ~ sent); `=word` turns that off for one alternative.
 */
const localeKeys = z.enum(LOCALES);
const PatternGroup = z.strictObject({
  /** Weight of each pattern in the group; negative weights count against the intent. */
  w: z.number().min(-10).max(10),
  p: z.array(z.string().min(1).max(500)).min(1),
});
const PatternsByLocale = z.partialRecord(localeKeys, z.array(PatternGroup));
const Texts = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const TextsByLocale = z.record(localeKeys, Texts);

const ExamplesByLocale = z.partialRecord(localeKeys, z.array(z.string().min(1).max(500)).max(2000));

/** How example similarity joins the rule score (see examples.ts and classify.ts). */
const ExampleScoring = z.strictObject({
  /** Score added for a perfect match (cosine 1); scaled linearly from `minSimilarity`. */
  weight: z.number().min(0).max(10).default(3),
  /** Below this cosine an example says nothing. */
  minSimilarity: z.number().min(0).max(1).default(0.3),
  /** The best class must beat the runner-up class by this much cosine to count at all. */
  margin: z.number().min(0).max(1).default(0.05),
  /** Weight of the out-of-scope pseudo-class (pulls toward fallback). */
  oosWeight: z.number().min(0).max(10).default(3),
  /** Neighbours averaged per class (best k examples). */
  k: z.number().int().min(1).max(5).default(1),
  /**
   * `class`: a class scores the mean of its own best k cosines. `global`: similarity-weighted
   * k-NN, a class scores the cosines of its members among the k nearest examples overall, over k.
   */
  voting: z.enum(['class', 'global']).default('class'),
});
const EXAMPLE_SCORING_DEFAULT = {
  weight: 3,
  minSimilarity: 0.3,
  margin: 0.05,
  oosWeight: 3,
  k: 1,
  voting: 'class' as const,
};

const EntityName = z.enum(['orderNumber', 'email', 'date']);

const IntentRule = z.strictObject({
  /** Any id matching INTENT_ID except the reserved `fallback` and `oos`. */
  id: z
    .string()
    .max(64)
    .regex(INTENT_ID, 'an intent id is lower-case letters, digits and _, starting with a letter')
    .refine((id) => !RESERVED_INTENTS.includes(id), `reserved intent id (${RESERVED_INTENTS.join(', ')})`),
  /** Breaks ties between intents with equal scores; higher wins. */
  priority: z.number().int().min(0).max(100).default(10),
  /** Small talk yields to any substantive intent that also matched. */
  smallTalk: z.boolean().default(false),
  entities: z
    .object({
      required: z.array(EntityName).default([]),
      optional: z.array(EntityName).default([]),
      /** Score added when the entity is present in the message. */
      boost: z.partialRecord(EntityName, z.number().min(0).max(5)).default({}),
    })
    .default({ required: [], optional: [], boost: {} }),
  patterns: PatternsByLocale,
  /**
   * Example utterances per locale (see examples.ts): when the patterns are weak, a message close
   * to one of these (TF-IDF cosine over words, stems, synonyms and character n-grams) supports
   * the intent. Regenerate with `npx tsx eval/build-examples.ts`.
   */
  examples: ExamplesByLocale.default({}),
  /** Named templates per locale, `{placeholder}` filled by the dialogue manager. */
  responses: z.record(z.string(), TextsByLocale).default({}),
});

export const RulesSchema = z.strictObject({
  version: z.string().min(1).max(64),
  thresholds: z
    .object({
      /** Minimum raw score for an intent to be considered at all. */
      accept: z.number().positive().default(1.5),
      /** Minimum calibrated confidence to answer with the intent. */
      confidence: z.number().min(0).max(1).default(0.5),
      /** Logistic calibration: slope on (score - accept) and on the margin to the runner-up. */
      slope: z.number().positive().default(1.6),
      marginSlope: z.number().min(0).default(1.2),
      /** FAQ answers need this search score and this share of the message's words in the hit. */
      faqMinScore: z.number().min(0).default(0),
      faqMinCoverage: z.number().min(0).max(1).default(0.5),
    })
    .default({ accept: 1.5, confidence: 0.5, slope: 1.6, marginSlope: 1.2, faqMinScore: 0, faqMinCoverage: 0.5 }),
  synonyms: z
    .record(z.string().regex(/^[a-z_]+$/), z.partialRecord(localeKeys, z.array(z.string().min(1)).min(1)))
    .default({}),
  entities: z.strictObject({
    orderNumber: z.array(z.string().min(1)).min(1),
    email: z.string().min(1),
    date: z.array(z.string().min(1)).default([]),
  }),
  /** Out-of-scope cues: weather, travel, recipes, maths... they push the decision to fallback. */
  outOfScope: PatternsByLocale,
  /** Out-of-scope example utterances: a pseudo-class whose close matches push toward fallback. */
  outOfScopeExamples: ExamplesByLocale.default({}),
  exampleScoring: ExampleScoring.default(EXAMPLE_SCORING_DEFAULT),
  /** Words that say "yes"/"no" to a confirmation question, per locale (patterns). */
  confirm: z.strictObject({ yes: PatternsByLocale, no: PatternsByLocale }),
  /** Dialogue-level messages (rephrase, ask for email...), per key and locale. */
  messages: z.record(z.string(), TextsByLocale),
  intents: z.array(IntentRule).min(1),
});

export type Rules = z.infer<typeof RulesSchema>;
export type IntentRule = z.infer<typeof IntentRule>;
export type PatternsByLocale = z.infer<typeof PatternsByLocale>;
export type ExamplesByLocale = z.infer<typeof ExamplesByLocale>;

/** A rule file that failed validation; the message names every bad field by its path. */
export class InvalidRules extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(
      `Invalid rule file: ${issues
        .slice(0, 5)
        .map((i) => `${i.path || '(root)'}: ${i.message}`)
        .join('; ')}`,
    );
    this.name = 'InvalidRules';
  }
}

/**
 * Validates a rule file (already parsed JSON, or a JSON string).
 * @throws InvalidRules naming the field path, e.g. `intents.3.patterns.en.0.w: Invalid input`.
 * @example parseRules(JSON.parse(readFileSync('my-rules.json', 'utf8')))
 */
export function parseRules(json: unknown): Rules {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (e) {
      throw new InvalidRules([{ path: '', message: `not JSON (${(e as Error).message})` }]);
    }
  }
  const parsed = RulesSchema.safeParse(input);
  if (!parsed.success) {
    throw new InvalidRules(
      parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    );
  }
  const ids = parsed.data.intents.map((i) => i.id);
  const dup = ids.find((id, k) => ids.indexOf(id) !== k);
  if (dup) throw new InvalidRules([{ path: 'intents', message: `intent "${dup}" is defined twice` }]);
  return parsed.data;
}
