/**
 * The locale registry: the one list of languages the portal speaks. Adding a language is one
 * entry here plus its pack, `locales/<code>/` (see locales/README.md); nothing else names a locale.
 *
 * Plain data with no imports, so the site, every Lambda and infra can read it for free.
 */
export const LOCALE_REGISTRY = {
  en: {
    /** The language named in itself, for the language switcher. */
    name: 'English',
    /** BCP 47 tag for `<html lang>`. */
    htmlLang: 'en',
    /** Tag for Intl date and number formatting. */
    intl: 'en-GB',
    /** The zone a customer's "today" is judged in (no per-customer zone is stored). */
    timeZone: 'Europe/London',
    /** How text is split into words: `latin` on spaces, `han` into character bigrams. */
    script: 'latin',
    /** Currency of demo orders. */
    demoCurrency: 'USD',
  },
  de: {
    name: 'Deutsch',
    htmlLang: 'de',
    intl: 'de-DE',
    timeZone: 'Europe/Berlin',
    script: 'latin',
    demoCurrency: 'EUR',
  },
  vi: {
    name: 'Tiếng Việt',
    htmlLang: 'vi',
    intl: 'vi-VN',
    timeZone: 'Asia/Ho_Chi_Minh',
    script: 'latin',
    demoCurrency: 'USD',
  },
  // The zh strings are Traditional Chinese; text in either script is folded to one for matching.
  zh: { name: '中文', htmlLang: 'zh-Hant', intl: 'zh-TW', timeZone: 'Asia/Taipei', script: 'han', demoCurrency: 'TWD' },
} as const satisfies Record<string, LocaleInfo>;

export interface LocaleInfo {
  name: string;
  htmlLang: string;
  intl: string;
  timeZone: string;
  script: 'latin' | 'han';
  demoCurrency: string;
}

export type Locale = keyof typeof LOCALE_REGISTRY;

/** Every locale, in registry order (the order of language switchers and admin pickers). */
export const LOCALES = Object.keys(LOCALE_REGISTRY) as [Locale, ...Locale[]];

/** The language used when nothing else says which. */
export const DEFAULT_LOCALE: Locale = 'en';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && Object.hasOwn(LOCALE_REGISTRY, value);

/** Facts about one locale. */
export const localeInfo = (locale: Locale): LocaleInfo => LOCALE_REGISTRY[locale];

/**
 * A table with one entry per locale, built by `make`: the way code fills per-locale caches
 * without spelling the locale list.
 * @example const caches = perLocale(() => new Map<string, string>());
 */
export const perLocale = <T>(make: (locale: Locale) => T): Record<Locale, T> =>
  Object.fromEntries(LOCALES.map((l) => [l, make(l)])) as Record<Locale, T>;
