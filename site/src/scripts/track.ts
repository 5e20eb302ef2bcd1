import { ApiError, api, ok } from '../lib/api/client';
import { announce, byId } from '../lib/dom';
import { clearFieldErrors, showFieldErrors } from '../lib/form-errors';
import { wait } from '../lib/format';
import { errorMessage } from '../lib/messages';
import { pageLocale, t } from '../lib/ui';
import { orderDetail } from './render/order-detail';

const form = byId<HTMLFormElement>('track-form');
const submit = byId<HTMLButtonElement>('track-submit');
const status = byId('track-status');
const alert = byId('track-error');
const result = byId('track-result');
const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const orderNumber = value('orderNumber');
  const email = value('email');
  const missing = [
    ...(orderNumber ? [] : [{ field: 'orderNumber', message: t('common.required') }]),
    ...(email ? [] : [{ field: 'email', message: t('common.required') }]),
  ];
  announce(alert, '');
  if (missing.length) {
    showFieldErrors(form, { type: 'about:blank', title: '', status: 400, errors: missing });
    return;
  }
  clearFieldErrors(form);
  result.hidden = true;
  submit.disabled = true;
  announce(status, t('track.searching'));
  try {
    const order = await ok(
      api.POST('/orders/lookup', { auth: 'none', body: { orderNumber, email, locale: pageLocale() } }),
    );
    byId('track-result-title').textContent = t('order.title', { n: order.orderNumber });
    byId('track-body').replaceChildren(orderDetail(order));
    result.hidden = false;
    announce(status, t('track.found', { n: order.orderNumber }), 'success');
    status.focus();
  } catch (error) {
    announce(status, '');
    if (error instanceof ApiError && error.status === 404) announce(alert, t('track.notFound'), 'error');
    else if (error instanceof ApiError && error.status === 429)
      announce(alert, t('track.tooMany', { wait: wait(error.retryAfterSeconds ?? 60) }), 'error');
    else if (error instanceof ApiError && error.status === 400 && error.problem?.errors?.length) {
      const unplaced = showFieldErrors(form, error.problem);
      if (unplaced.length) announce(alert, unplaced.join(' '), 'error');
    } else announce(alert, errorMessage(error), 'error');
  } finally {
    submit.disabled = false;
  }
});
