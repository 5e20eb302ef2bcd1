/** The admin console's translator over locales/<code>/admin.ts (see ../index.ts). Build time only. */
import type { AdminKey } from '../../../../locales/site-pack-types';
import { adminStrings } from '../../../../locales/site-packs';
import { format } from '../format';
import type { Locale } from '../locales';

export type { AdminKey } from '../../../../locales/site-pack-types';

/** A translator for the admin strings of one locale (build time). */
export function useAdminTranslations(locale: Locale) {
  const dict = adminStrings(locale);
  return (key: AdminKey, vars?: Record<string, string | number>) => format(dict[key], vars);
}

/** The admin strings whose keys start with one of `prefixes`, embedded for a page's script. */
export function pickAdminStrings(locale: Locale, prefixes: readonly string[]): Partial<Record<AdminKey, string>> {
  return Object.fromEntries(
    Object.entries(adminStrings(locale)).filter(([key]) => prefixes.some((p) => key.startsWith(p))),
  );
}
