/**
 * The site's translator. The strings live in the language packs (locales/<code>/ui.ts, the
 * order-status words in locales/<code>/orders.ts), gathered by locales/site-packs.ts; the locale
 * list comes from locales/registry.ts. Build time only: browser scripts read the strings a page
 * embeds (lib/ui.ts).
 */
import type { UiKey } from '../../../locales/site-pack-types';
import { uiStrings } from '../../../locales/site-packs';
import { format } from './format';
import { LOCALES, type Locale } from './locales';

export type { UiKey } from '../../../locales/site-pack-types';
export * from './locales';

/** `getStaticPaths` for every `[locale]` page. */
export const localePaths = () => LOCALES.map((locale) => ({ params: { locale } }));

/** A translator bound to one locale. */
export function useTranslations(locale: Locale) {
  const dict = uiStrings(locale);
  return (key: UiKey, vars?: Record<string, string | number>) => format(dict[key], vars);
}

/** The strings whose keys start with one of `prefixes`: what a page's script needs at runtime. */
export function pickStrings(locale: Locale, prefixes: readonly string[]): Partial<Record<UiKey, string>> {
  return Object.fromEntries(
    Object.entries(uiStrings(locale)).filter(([key]) => prefixes.some((p) => key === p || key.startsWith(p))),
  );
}
