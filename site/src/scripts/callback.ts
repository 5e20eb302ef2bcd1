import { DEFAULT_LOCALE } from '../i18n/locales';
import { landingInAccountLocale } from '../lib/account-locale';
import { completeHostedSignIn, safeNext } from '../lib/auth';
import { announce, byId } from '../lib/dom';
import { t } from '../lib/ui';

const remembered = (() => {
  try {
    return localStorage.getItem('portal.locale') ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
})();

try {
  const next = await completeHostedSignIn(new URLSearchParams(location.search));
  location.replace(await landingInAccountLocale(safeNext(next, `/${remembered}/profile/`)));
} catch (error) {
  console.warn(error);
  announce(byId('callback-status'), '');
  announce(byId('callback-error'), t('callback.failed'), 'error');
  const retry = byId('callback-retry');
  retry.querySelector('a')?.setAttribute('href', `/${remembered}/signin/`);
  retry.hidden = false;
}
