import { isStatus, redirectToSignIn } from '../../lib/api/client';
import { announce, byId } from '../../lib/dom';
import { errorMessage } from '../../lib/messages';
import { getSession, idClaims } from '../../lib/session';
import { tr } from './i18n';

/** The page-level alert (AdminPage.astro), for errors that belong to no form. */
export const pageAlert = (): HTMLElement => byId('admin-error');

/**
 * Runs a page's first load. Content stays hidden until it succeeds; a signed-in customer
 * (403) gets the "admins only" message instead, anyone signed out goes to sign-in. `load`
 * returns false when it has explained in the page alert why there is nothing to show.
 */
export async function startAdminPage(load: () => Promise<unknown>): Promise<boolean> {
  const session = getSession();
  if (!session) redirectToSignIn();
  // An agent sees the pages open to them (tickets, customers); the server refuses the rest anyway.
  if (!(idClaims(session)['cognito:groups'] ?? []).includes('admins'))
    for (const item of document.querySelectorAll<HTMLElement>('#admin-nav [data-admins-only]')) item.hidden = true;
  const loading = byId('admin-loading');
  try {
    // `false`: the page explained itself (e.g. an unknown id) and has nothing to show.
    const shown = (await load()) !== false;
    byId('admin-content').hidden = !shown;
    return shown;
  } catch (error) {
    if (isStatus(error, 403)) {
      byId('admin-nav').hidden = true;
      byId('admin-denied').hidden = false;
      announce(pageAlert(), tr('admin.denied'), 'error');
    } else announce(pageAlert(), errorMessage(error), 'error');
    return false;
  } finally {
    loading.remove();
  }
}
