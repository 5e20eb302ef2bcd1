/**
 * Layout behaviour on every page: sign-out (the nav's signed-in state is set before the first
 * paint, layouts/Base.astro), sign-out in other tabs, and the language
 * switcher (keeps the query string, remembers the choice, tells the API when signed in).
 */
import { DEFAULT_LOCALE } from '../i18n/locales';
import { api } from '../lib/api/client';
import type { Locale } from '../lib/api/types';
import { getSession, lifecycle } from '../lib/session';
import { pageLocale } from '../lib/ui';

const LOCALE_KEY = 'portal.locale';

// The nav's signed-in state is set before the first paint by the inline script in layouts/Base.astro.
const session = getSession();

// Signed out in another tab (or someone else signed in there): this tab shows nothing of theirs
// any more. A page that needs a session sends itself to sign-in on the reload.
if (session) void lifecycle().then(({ onSignedOut }) => onSignedOut(() => location.reload()));

document.getElementById('sign-out')?.addEventListener('click', () => {
  void lifecycle().then(({ signOut }) => signOut(`/${pageLocale()}/signin/?signedout=1`));
});

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  link.href = link.pathname + location.search + location.hash;
  link.addEventListener('click', async (event) => {
    const locale = link.dataset.langSwitch ?? DEFAULT_LOCALE;
    try {
      localStorage.setItem(LOCALE_KEY, locale);
    } catch {
      /* storage disabled: the link still works */
    }
    if (!getSession() || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    // Save the choice on the profile too, but never hold the visitor up for long.
    const timeout = new Promise((resolve) => setTimeout(resolve, 1500));
    await Promise.race([
      api.PATCH('/me', { body: { locale: locale as Locale }, keepalive: true }).catch(() => undefined),
      timeout,
    ]);
    location.assign(link.href);
  });
}
