import { format } from '../../i18n/format';
import type { AdminKey } from '../../i18n/admin/index';

let cache: Partial<Record<AdminKey, string>> | undefined;

/**
 * Translates an admin key with the strings AdminPage.astro embedded for this page.
 * @example tr('editor.saved', { version: 4 })
 */
export function tr(key: AdminKey, vars?: Record<string, string | number>): string {
  cache ??= JSON.parse(document.getElementById('admin-strings')?.textContent ?? '{}') as Partial<
    Record<AdminKey, string>
  >;
  return format(cache[key] ?? key, vars);
}

/** A content locale's name in the page's language, e.g. "German" on /en/. */
export const localeName = (locale: string): string => tr(`admin.locale.${locale}` as AdminKey);
