/**
 * The site's view of the locale registry (locales/registry.ts, the one list of languages).
 * Small and free of strings, so browser scripts may import it.
 */
import { DEFAULT_LOCALE, isLocale, LOCALE_REGISTRY, LOCALES, type Locale, perLocale } from '../../../locales/registry';

export { DEFAULT_LOCALE, isLocale, LOCALES, type Locale };

/** Each language named in itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = perLocale((l) => LOCALE_REGISTRY[l].name);

/** BCP 47 tag for `<html lang>` and Intl (the zh strings are Traditional Chinese: `zh-Hant`). */
export const HTML_LANG: Record<Locale, string> = perLocale((l) => LOCALE_REGISTRY[l].htmlLang);

/**
 * The `lang` tag for content in a locale given by code (an article's, a bot reply's); a code
 * the registry does not know is used as is.
 * @example langTag('zh') // 'zh-Hant'
 */
export const langTag = (locale: string): string => (isLocale(locale) ? LOCALE_REGISTRY[locale].htmlLang : locale);
