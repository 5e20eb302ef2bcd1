import rulesJson from './rules/rules.json' with { type: 'json' };
import { compileRules, type CompiledRules } from './compile.js';
import { parseRules } from './rules-schema.js';

let compiled: CompiledRules | undefined;

/** The bundled rule file, validated and compiled on first use (cold start), then cached. */
export function defaultRules(): CompiledRules {
  compiled ??= compileRules(parseRules(rulesJson));
  return compiled;
}

/** The bundled rule file as plain JSON (for admin export or as a template for edits). */
export const defaultRulesJson: unknown = rulesJson;
