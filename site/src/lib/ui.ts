import { format } from '../i18n/format';
import type { UiKey } from '../i18n/index';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

let cache: Partial<Record<UiKey, string>> | undefined;

/** The page's locale (set on `<html data-locale>` by the layout). */
export const pageLocale = (): Locale => (document.documentElement.dataset.locale ?? DEFAULT_LOCALE) as Locale;

/** Tag for Intl formatting (e.g. zh-Hant). */
export const intlLocale = (): string => document.documentElement.lang || DEFAULT_LOCALE;

/**
 * Translates a key with the strings the layout embedded for this page's script.
 * @example t('order.title', { n: '10023' })
 */
export function t(key: UiKey, vars?: Record<string, string | number>): string {
  cache ??= JSON.parse(document.getElementById('ui-strings')?.textContent ?? '{}') as Partial<Record<UiKey, string>>;
  return format(cache[key] ?? key, vars);
}

/** A path inside the current locale, e.g. `localHref('orders/')` -> `/de/orders/`. */
export const localHref = (path: string): string => `/${pageLocale()}/${path}`;
