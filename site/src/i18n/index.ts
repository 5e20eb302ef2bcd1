import { de } from './de';
import { en, type UiKey, type UiStrings } from './en';
import { format } from './format';
import { vi } from './vi';
import { zh } from './zh';

export type { UiKey, UiStrings };
export const LOCALES = ['en', 'de', 'vi', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

const dictionaries: Record<Locale, UiStrings> = { en, de, vi, zh };

/** Each language named in itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
  vi: 'Tiếng Việt',
  zh: '中文',
};

/** BCP 47 tag for `<html lang>` and Intl; the zh strings are Traditional Chinese. */
export const HTML_LANG: Record<Locale, string> = { en: 'en', de: 'de', vi: 'vi', zh: 'zh-Hant' };

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** `getStaticPaths` for every `[locale]` page. */
export const localePaths = () => LOCALES.map((locale) => ({ params: { locale } }));

/** A translator bound to one locale. */
export function useTranslations(locale: Locale) {
  const dict = dictionaries[locale];
  return (key: UiKey, vars?: Record<string, string | number>) => format(dict[key], vars);
}

/** The strings whose keys start with one of `prefixes`: what a page's script needs at runtime. */
export function pickStrings(locale: Locale, prefixes: readonly string[]): Partial<UiStrings> {
  const dict = dictionaries[locale];
  return Object.fromEntries(
    Object.entries(dict).filter(([key]) => prefixes.some((p) => key === p || key.startsWith(p))),
  );
}
