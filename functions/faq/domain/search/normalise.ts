import type { Locale } from '../../../../locales/registry';
import { foldText } from '../../../text/fold.js';

/**
 * The form under which analytics aggregate queries: folded, punctuation dropped, whitespace collapsed.
 *
 * @example normaliseQuery('  Wo ist mein PAKET?? ', 'de') // 'wo ist mein paket'
 */
export function normaliseQuery(q: string, locale: Locale): string {
  return foldText(q, locale)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
