import type { Locale } from '../../../../locales/registry';
import type { Intent, Reply } from './types.js';
import type { CompiledRules } from './compile.js';

type Texts = string | string[];

function pick(texts: Texts | undefined, turn: number): string | undefined {
  if (texts === undefined) return undefined;
  return Array.isArray(texts) ? texts[turn % texts.length] : texts;
}

/** Fills `{name}` placeholders; unknown placeholders become empty. */
export function fill(template: string, vars: Record<string, string | number | undefined> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** Renders the dialogue-level template `key` in `locale` (English as a last resort). */
export function msg(
  rules: CompiledRules,
  key: string,
  locale: Locale,
  vars?: Record<string, string | number | undefined>,
  turn = 0,
): string {
  const byLocale = rules.rules.messages[key];
  const t = pick(byLocale?.[locale], turn) ?? pick(byLocale?.en, turn) ?? key;
  return fill(t, vars);
}

/** Renders an intent's response template, or undefined when the rule file has none. */
export function intentText(
  rules: CompiledRules,
  intent: Intent,
  key: string,
  locale: Locale,
  vars?: Record<string, string | number | undefined>,
  turn = 0,
): string | undefined {
  const rule = rules.intents.find((i) => i.rule.id === intent)?.rule;
  const byLocale = rule?.responses[key];
  const t = pick(byLocale?.[locale], turn) ?? pick(byLocale?.en, turn);
  return t === undefined ? undefined : fill(t, vars);
}

export const text = (t: string): Reply => ({ type: 'text', text: t });

/** Yes/no choice buttons in the conversation's language. */
export function yesNo(rules: CompiledRules, locale: Locale, question: string): Reply {
  const yes = msg(rules, 'yes', locale);
  const no = msg(rules, 'no', locale);
  return {
    type: 'choices',
    text: question,
    choices: [
      { label: yes, value: yes },
      { label: no, value: no },
    ],
  };
}
