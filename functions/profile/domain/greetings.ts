import { pack } from '../../../locales/packs';
import type { Locale } from '../../../locales/registry';
import type { SpecialDate } from './profile';

/** A greeting by time of day in the customer's zone, with today's occasions appended. */
export function greeting(locale: Locale, name: string, hour: number, occasions: readonly SpecialDate[]): string {
  const text = pack(locale).profile;
  const hello = text.hello[hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening'].replace('{name}', name);
  if (!occasions.length) return hello;
  const extras = occasions.map((o) => text.occasion[o.kind].replace('{label}', o.label ?? ''));
  // The greeting becomes its own sentence when an occasion follows it.
  return [`${hello}${text.sentenceEnd}`, ...extras].join(text.sentenceJoin);
}
