import { ApiError } from '../lib/api/client';
import { landingInAccountLocale } from '../lib/account-locale';
import { safeNext, signInWithPassword, startHostedSignIn } from '../lib/auth';
import { loadConfig } from '../lib/config';
import { announce, byId } from '../lib/dom';
import { clearFieldErrors, showFieldErrors } from '../lib/form-errors';
import { wait } from '../lib/format';
import { errorMessage } from '../lib/messages';
import { getSession } from '../lib/session';
import { pageLocale, t } from '../lib/ui';

const form = byId<HTMLFormElement>('signin-form');
const submit = byId<HTMLButtonElement>('signin-submit');
const status = byId('signin-status');
const alert = byId('signin-error');
const params = new URLSearchParams(location.search);
const next = safeNext(params.get('next'), `/${pageLocale()}/profile/`);

if (params.has('signedout')) announce(status, t('signin.signedOut'), 'success');
else if (params.get('reason') === 'expired') announce(status, t('common.sessionEnded'));
else if (getSession()) announce(status, t('signin.already'));

const config = await loadConfig();
if (config.auth.mode === 'cognito') {
  form.hidden = true;
  byId('hosted-signin').hidden = false;
  byId('hosted-button').addEventListener('click', () => void startHostedSignIn(next));
} else {
  byId('demo-accounts').hidden = false;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  announce(alert, '');
  const email = (form.elements.namedItem('email') as HTMLInputElement).value.trim();
  const password = (form.elements.namedItem('password') as HTMLInputElement).value;
  const missing = [
    ...(email ? [] : [{ field: 'email', message: t('common.required') }]),
    ...(password ? [] : [{ field: 'password', message: t('common.required') }]),
  ];
  if (missing.length) {
    showFieldErrors(form, { type: 'about:blank', title: '', status: 400, errors: missing });
    return;
  }
  clearFieldErrors(form);
  submit.disabled = true;
  submit.textContent = t('signin.submitting');
  try {
    await signInWithPassword(email, password);
    announce(status, t('signin.success'), 'success');
    location.assign(await landingInAccountLocale(next));
  } catch (error) {
    submit.disabled = false;
    submit.textContent = t('signin.submit');
    if (!(error instanceof ApiError)) return announce(alert, t('common.error'), 'error');
    if (error.status === 401) announce(alert, t('signin.failed'), 'error');
    else if (error.status === 429)
      announce(alert, t('signin.tooMany', { wait: wait(error.retryAfterSeconds ?? 60) }), 'error');
    else if (error.status === 400 && error.problem?.errors?.length) showFieldErrors(form, error.problem);
    else announce(alert, errorMessage(error), 'error');
    if (error.status !== 400) (form.elements.namedItem('password') as HTMLInputElement).focus();
  }
});
