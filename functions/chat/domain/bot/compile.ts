import { searchText } from '../../../../locales/packs';
import { type Locale, LOCALES } from '../../../../locales/registry';

// Patterns of a language with English inflection also match a word's regular forms (pattern.ts).
const englishInflection = (locale: Locale) => searchText(locale).stemmer === 'english';
import { InvalidRules, parseRules, type PatternsByLocale, type Rules } from './rules-schema.js';
import { compilePattern, literalWords, patternKeys, type SynonymTable } from './pattern.js';
import { compileEntities, type EntityMatchers } from './entities.js';
import { buildCorrector, type TypoCorrector } from './typo.js';
import type { IntentRule } from './rules-schema.js';

export interface CompiledPattern {
  re: RegExp;
  w: number;
  source: string;
  /** Per term, the word keys one of which a text needs to match (`patternKeys`); absent: always try. */
  keys?: readonly (readonly string[])[];
}
export type CompiledSet = Record<Locale, CompiledPattern[]>;
export interface CompiledIntent {
  rule: IntentRule;
  patterns: CompiledSet;
}

/** Rules compiled once into regular expressions; immutable, safe to share between requests. */
export interface CompiledRules {
  version: string;
  rules: Rules;
  intents: CompiledIntent[];
  outOfScope: CompiledSet;
  yes: CompiledSet;
  no: CompiledSet;
  entities: EntityMatchers;
  corrector: TypoCorrector;
}

const cache = new WeakMap<Rules, CompiledRules>();

function synonymsFor(rules: Rules, locale: Locale): SynonymTable {
  const out: SynonymTable = {};
  for (const [name, byLocale] of Object.entries(rules.synonyms)) {
    const list = byLocale[locale] ?? byLocale.en;
    if (list) out[name] = list;
  }
  return out;
}

function compileSet(set: PatternsByLocale, path: string, rules: Rules, vocab: string[]): CompiledSet {
  const out = {} as CompiledSet;
  for (const locale of LOCALES) {
    const syn = synonymsFor(rules, locale);
    out[locale] = (set[locale] ?? []).flatMap((group, g) =>
      group.p.map((source, k) => {
        try {
          vocab.push(...literalWords(source, syn));
          const re = compilePattern(source, syn, { inflect: englishInflection(locale) });
          const keys = patternKeys(source, syn);
          return keys ? { re, w: group.w, source, keys } : { re, w: group.w, source };
        } catch (e) {
          throw new InvalidRules([{ path: `${path}.${locale}.${g}.p.${k}`, message: (e as Error).message }]);
        }
      }),
    );
  }
  return out;
}

/**
 * Compiles validated rules into matchers (memoised per rules object).
 * @throws InvalidRules when a pattern or entity expression does not compile.
 */
export function compileRules(rules: Rules): CompiledRules {
  const hit = cache.get(rules);
  if (hit) return hit;
  const vocab: string[] = [];
  const intents = rules.intents.map((rule, i) => ({
    rule,
    patterns: compileSet(rule.patterns, `intents.${i}.patterns`, rules, vocab),
  }));
  let entities: EntityMatchers;
  try {
    entities = compileEntities(rules.entities);
  } catch (e) {
    throw new InvalidRules([{ path: 'entities', message: (e as Error).message }]);
  }
  // Out-of-scope words are known words: "passport" must not be "corrected" to "passwort".
  const known: string[] = [];
  const outOfScope = compileSet(rules.outOfScope, 'outOfScope', rules, known);
  const compiled: CompiledRules = {
    version: rules.version,
    rules,
    intents,
    outOfScope,
    yes: compileSet(rules.confirm.yes, 'confirm.yes', rules, []),
    no: compileSet(rules.confirm.no, 'confirm.no', rules, []),
    entities,
    corrector: buildCorrector(vocab, known),
  };
  cache.set(rules, compiled);
  return compiled;
}

/**
 * Validates and compiles a rule file in one step: what an admin upload should call. Throws
 * InvalidRules (with the field path) and leaves whatever rules were in use untouched.
 * @example const next = loadRules(await request.json()); current = next;
 */
export function loadRules(json: unknown): CompiledRules {
  return compileRules(parseRules(json));
}
