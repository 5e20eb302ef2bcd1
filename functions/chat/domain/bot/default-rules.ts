import { BOT_PACKS } from '../../../../locales/bot-packs';
import { assembleRules } from './assemble.js';
import { compileRules, type CompiledRules } from './compile.js';
import { parseRules } from './rules-schema.js';
import examples from './rules/examples.generated.json' with { type: 'json' };
import intents from './rules/intents.json' with { type: 'json' };
import settings from './rules/settings.json' with { type: 'json' };

/**
 * The bundled rule document, assembled from rules/settings.json, rules/intents.json, the language
 * packs (locales/<code>/bot.json) and rules/examples.generated.json (see assemble.ts).
 */
export const defaultRulesJson: unknown = assembleRules({ settings, intents, packs: BOT_PACKS, examples });

let compiled: CompiledRules | undefined;

/** The bundled rules, validated and compiled on first use (cold start), then cached. */
export function defaultRules(): CompiledRules {
  compiled ??= compileRules(parseRules(defaultRulesJson));
  return compiled;
}
