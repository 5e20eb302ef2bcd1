/**
 * The bundled rules live in three kinds of file, assembled here into one rule document (the format
 * parseRules validates and an admin downloads and uploads):
 *   - rules/settings.json: locale-independent settings (version, thresholds, entity expressions,
 *     example scoring);
 *   - rules/intents.json: locale-independent intent definitions (id, priority, smallTalk, entities);
 *   - locales/<code>/bot.json, one per locale (see locales/bot-packs.ts): everything in that
 *     language (synonyms, out-of-scope cues, confirm words, messages, each intent's patterns and
 *     responses);
 *   - rules/examples.generated.json: example utterances, written by eval/build-examples.ts.
 * `splitRules` is the inverse, for turning an edited document back into files.
 */
import { LOCALES, type Locale } from '../../../../locales/registry';

export interface PatternGroupJson {
  w: number;
  p: string[];
}
type TextsJson = string | string[];
type ByLocale<T> = Partial<Record<Locale, T>>;

/** One locale's bot text: `locales/<code>/bot.json`. */
export interface BotPack {
  /** Synonym groups in this language; a group missing here falls back to English when compiled. */
  synonyms?: Record<string, string[]>;
  outOfScope?: PatternGroupJson[];
  confirm?: { yes?: PatternGroupJson[]; no?: PatternGroupJson[] };
  messages?: Record<string, TextsJson>;
  intents?: Record<string, { patterns?: PatternGroupJson[]; responses?: Record<string, TextsJson> }>;
}

/** `rules/intents.json`: one entry per intent, in classification order. */
export interface IntentDefinition {
  id: string;
  priority?: number;
  smallTalk?: boolean;
  entities?: unknown;
  [k: string]: unknown;
}
export interface IntentsFile {
  intents: IntentDefinition[];
}

/** `rules/settings.json`. */
export interface SettingsFile {
  version: string;
  [k: string]: unknown;
}

/** `rules/examples.generated.json` (generated: do not edit by hand). */
export interface ExamplesFile {
  intents: Record<string, ByLocale<string[]>>;
  outOfScopeExamples: ByLocale<string[]>;
}

export interface RuleSources {
  settings: SettingsFile;
  intents: IntentsFile;
  packs: Record<Locale, BotPack>;
  examples: ExamplesFile;
}

/** A per-locale record of whatever `pick` finds in each pack (locales without one are left out). */
function byLocale<T>(packs: Record<Locale, BotPack>, pick: (p: BotPack) => T | undefined): ByLocale<T> {
  const out: ByLocale<T> = {};
  for (const locale of LOCALES) {
    const v = pick(packs[locale]);
    if (v !== undefined) out[locale] = v;
  }
  return out;
}

/** Keys of a per-locale map of records, in first-seen order (registry order of the locales). */
function keysOf(packs: Record<Locale, BotPack>, pick: (p: BotPack) => Record<string, unknown> | undefined): string[] {
  const keys = new Set<string>();
  for (const locale of LOCALES) for (const k of Object.keys(pick(packs[locale]) ?? {})) keys.add(k);
  return [...keys];
}

/** The rule document (unvalidated JSON) from its sources. */
export function assembleRules({ settings, intents, packs, examples }: RuleSources): Record<string, unknown> {
  const { version, thresholds, entities, exampleScoring, ...otherSettings } = settings;
  const record = (pick: (p: BotPack) => Record<string, unknown> | undefined) =>
    Object.fromEntries(keysOf(packs, pick).map((k) => [k, byLocale(packs, (p) => pick(p)?.[k])]));
  return {
    version,
    ...(thresholds === undefined ? {} : { thresholds }),
    synonyms: record((p) => p.synonyms),
    entities,
    outOfScope: byLocale(packs, (p) => p.outOfScope),
    ...(exampleScoring === undefined ? {} : { exampleScoring }),
    confirm: { yes: byLocale(packs, (p) => p.confirm?.yes), no: byLocale(packs, (p) => p.confirm?.no) },
    messages: record((p) => p.messages),
    ...otherSettings,
    intents: intents.intents.map(({ id, priority, ...def }) => ({
      id,
      ...(priority === undefined ? {} : { priority }),
      patterns: byLocale(packs, (p) => p.intents?.[id]?.patterns),
      ...def,
      responses: record((p) => p.intents?.[id]?.responses),
      examples: examples.intents[id] ?? {},
    })),
    outOfScopeExamples: examples.outOfScopeExamples,
  };
}
