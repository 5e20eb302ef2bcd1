import { DEFAULT_LOCALE, type Locale } from '../../../../locales/registry';
import { matchText, scoreSet } from './classify.js';
import type { OrderCtx } from './dialog-orders.js';

/** yes / no / neither, in the conversation's language (and English, which everyone uses). */
export function readYesNo(c: OrderCtx, message: string): boolean | undefined {
  const t = matchText(message, c.rules);
  const locales: Locale[] = c.locale === DEFAULT_LOCALE ? [DEFAULT_LOCALE] : [c.locale, DEFAULT_LOCALE];
  if (scoreSet(c.rules.no, locales, t) > 0) return false;
  if (scoreSet(c.rules.yes, locales, t) > 0) return true;
  return undefined;
}
