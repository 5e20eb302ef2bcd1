/**
 * Layout behaviour on every page: signed-in state in the nav, sign-out, and the language
 * switcher (keeps the query string, remembers the choice, tells the API when signed in).
 */
import { DEFAULT_LOCALE } from '../i18n/locales';
import { api } from '../lib/api/client';
import type { Locale } from '../lib/api/types';
import { getSession, idClaims, lifecycle } from '../lib/session';
import { pageLocale, t } from '../lib/ui';

const LOCALE_KEY = 'portal.locale';

const session = getSession();
for (const el of document.querySelectorAll<HTMLElement>('[data-auth]')) {
  el.hidden = (el.dataset.auth === 'in') !== Boolean(session);
}
const who = document.getElementById('signed-in-as');
const claims = idClaims(session);
const email = claims.email;
// Only a convenience link: the API alone decides what an admin may do.
const isAdmin = (claims['cognito:groups'] ?? []).includes('admins');
for (const el of document.querySelectorAll<HTMLElement>('[data-admin-only]')) el.hidden = !isAdmin;
if (who && email) who.textContent = t('nav.signedInAs', { email });

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
