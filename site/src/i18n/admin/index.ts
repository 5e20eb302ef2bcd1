import { format } from '../format';
import type { Locale } from '../index';
import { adminDe } from './de';
import { adminEn, type AdminKey, type AdminStrings } from './en';
import { adminVi } from './vi';
import { adminZh } from './zh';

export type { AdminKey, AdminStrings };
const dictionaries: Record<Locale, AdminStrings> = { en: adminEn, de: adminDe, vi: adminVi, zh: adminZh };

/** A translator for the admin strings of one locale (build time). */
export function useAdminTranslations(locale: Locale) {
  const dict = dictionaries[locale];
  return (key: AdminKey, vars?: Record<string, string | number>) => format(dict[key], vars);
}

/** The admin strings whose keys start with one of `prefixes`, embedded for a page's script. */
export function pickAdminStrings(locale: Locale, prefixes: readonly string[]): Partial<AdminStrings> {
  return Object.fromEntries(
    Object.entries(dictionaries[locale]).filter(([key]) => prefixes.some((p) => key.startsWith(p))),
  );
}
