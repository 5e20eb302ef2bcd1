/** The bits the help pages share (the FAQ API's shapes come from lib/api/types.ts). */
import { t } from '../../lib/ui';
import type { UiKey } from '../../i18n/index';

/** A category id in words; an id without a translation (added by an admin) is shown as is. */
export function categoryName(id: string): string {
  const key = `category.${id}` as UiKey;
  const name = t(key);
  return name === key ? id : name;
}

/**
 * The server's snippet is already escaped with only `<mark>` added; anything else that looks
 * like a tag is escaped again, so a server bug can never become markup here.
 */
export const safeSnippet = (snippet: string): string => snippet.replace(/<(?!\/?mark>)/g, '&lt;');
