/** The chatbot domain: rules as data, a classifier and a dialogue manager. No I/O of its own. */
export { classify } from './classify.js';
export { respond, type RespondInput, type RespondOutput } from './dialog.js';
export { compileRules, loadRules, type CompiledRules } from './compile.js';
export { defaultRules, defaultRulesJson } from './default-rules.js';
export { parseRules, InvalidRules, RulesSchema, type Rules } from './rules-schema.js';
export { detectLanguage } from './language.js';
export { extractEntities } from './entities.js';
export { normalise, fold } from './normalise.js';
export * from './types.js';
export { explain, type Explanation, type IntentExplanation } from './explain.js';
