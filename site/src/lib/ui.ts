import { format } from '../i18n/format';
import type { Locale, UiKey } from '../i18n/index';

let cache: Partial<Record<UiKey, string>> | undefined;

/** The page's locale (set on `<html data-locale>` by the layout). */
export const pageLocale = (): Locale => (document.documentElement.dataset.locale ?? 'en') as Locale;

/** Tag for Intl formatting (e.g. zh-Hant). */
export const intlLocale = (): string => document.documentElement.lang || 'en';

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
