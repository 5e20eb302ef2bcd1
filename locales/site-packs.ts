import { admin as deAdmin } from './de/admin';
import { ui as deUi } from './de/ui';
import { admin as enAdmin } from './en/admin';
import { ui as enUi } from './en/ui';
import { pack } from './packs';
import { LOCALES, type Locale, localeInfo } from './registry';
import type { AdminKey, LocaleNameKey, SitePack, StatusKey, UiKey } from './site-pack-types';
import { admin as viAdmin } from './vi/admin';
import { ui as viUi } from './vi/ui';
import { admin as zhAdmin } from './zh/admin';
import { ui as zhUi } from './zh/ui';

/**
 * The site's language packs, `locales/<code>/ui.ts` and `admin.ts`, one per registry entry (the
 * type makes a missing locale, or a missing key in one, an error). Read at build time only.
 */
export const SITE_PACKS = {
  en: { ui: enUi, admin: enAdmin },
  de: { ui: deUi, admin: deAdmin },
  vi: { ui: viUi, admin: viAdmin },
  zh: { ui: zhUi, admin: zhAdmin },
} satisfies Record<Locale, SitePack>;

/**
 * The order-status words of a locale, as the site keys them, taken from the backend pack so the
 * badge a page renders and the `statusText` the API sends always agree.
 * @example statusWords('de')['status.shipped'] // 'Versandt'
 */
export function statusWords(locale: Locale): Record<StatusKey, string> {
  const status = pack(locale).orders.status;
  return Object.fromEntries(Object.entries(status).map(([id, text]) => [`status.${id}`, text.title])) as Record<
    StatusKey,
    string
  >;
}

/**
 * Every locale's name in `locale`'s language ("German" in English, "Deutsch" in German), from
 * Intl, so no pack has to list the others and a new locale is named everywhere at once.
 * @example localeNames('en')['admin.locale.de'] // 'German'
 */
export function localeNames(locale: Locale): Record<LocaleNameKey, string> {
  const names = new Intl.DisplayNames([localeInfo(locale).htmlLang], { type: 'language', fallback: 'code' });
  return Object.fromEntries(LOCALES.map((l) => [`admin.locale.${l}`, names.of(l) ?? l])) as Record<
    LocaleNameKey,
    string
  >;
}

/** All the customer site's strings of one locale: its `ui.ts` and the order-status words. */
export const uiStrings = (locale: Locale): Readonly<Record<UiKey, string>> => ({
  ...SITE_PACKS[locale].ui,
  ...statusWords(locale),
});

/** All the admin console's strings of one locale: its `admin.ts`, the content languages' names, the order-status words. */
export const adminStrings = (locale: Locale): Readonly<Record<AdminKey, string>> => ({
  ...SITE_PACKS[locale].admin,
  ...localeNames(locale),
  ...statusWords(locale),
});
