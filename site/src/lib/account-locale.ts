/**
 * The account language follows the customer: after sign-in (on any device) the site switches to
 * the language saved on their profile, and remembers it for the pages that have no session.
 */
import { isLocale, type Locale } from '../i18n/locales';
import { api, ok } from './api/client';

const LOCALE_KEY = 'portal.locale';

/** Remembers the language for this browser (storage may be disabled: then only the URL carries it). */
export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    /* storage disabled */
  }
}

/**
 * The same site path in another language: `/de/orders/10023/` -> `/vi/orders/10023/`; a path
 * without a language prefix is left as it is.
 * @example inLocale('/en/profile/?x=1', 'zh') // '/zh/profile/?x=1'
 */
export function inLocale(path: string, locale: Locale): string {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(path.split(/[?#]/)[0] ?? '');
  if (!match || !isLocale(match[1] ?? '')) return path;
  return `/${locale}${path.slice(3)}`;
}

/**
 * Where to go after signing in: `next` in the account's language (read from the profile). When
 * the profile cannot be read, `next` as it was.
 */
export async function landingInAccountLocale(next: string): Promise<string> {
  try {
    const me = await ok(api.GET('/me', { auth: 'optional' }));
    rememberLocale(me.locale);
    return inLocale(next, me.locale);
  } catch {
    return next;
  }
}
