import { redirectToSignIn } from '../../lib/api';
import { announce, byId } from '../../lib/dom';
import { errorMessage } from '../../lib/messages';
import { getSession } from '../../lib/session';
import { isStatus } from './http';
import { tr } from './i18n';

/** The page-level alert (AdminPage.astro), for errors that belong to no form. */
export const pageAlert = (): HTMLElement => byId('admin-error');

/**
 * Runs a page's first load. Content stays hidden until it succeeds; a signed-in customer
 * (403) gets the "admins only" message instead, anyone signed out goes to sign-in.
 */
export async function startAdminPage(load: () => Promise<void>): Promise<boolean> {
  if (!getSession()) redirectToSignIn();
  const loading = byId('admin-loading');
  try {
    await load();
    byId('admin-content').hidden = false;
    return true;
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
