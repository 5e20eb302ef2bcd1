import { ApiError, api, ok, redirectToSignIn } from '../lib/api/client';
import { announce, byId } from '../lib/dom';
import { errorMessage } from '../lib/messages';
import { getSession } from '../lib/session';
import type { CancelReason, OrderDetail } from '../lib/api/types';
import { pageLocale, t } from '../lib/ui';
import { orderDetail } from './render/order-detail';

if (!getSession()) redirectToSignIn();

const orderNumber = new URLSearchParams(location.search).get('n')?.trim() ?? '';
const title = byId('order-title');
const status = byId('order-status');
const alert = byId('order-error');
const body = byId('order-body');
const cancelArea = byId('cancel-area');
const cancelButton = byId<HTMLButtonElement>('cancel-button');
const dialog = byId<HTMLDialogElement>('cancel-dialog');
const confirm = byId<HTMLButtonElement>('cancel-confirm');
const target = { params: { path: { orderNumber }, query: { locale: pageLocale() } } };
const actionsArea = byId('order-actions');
const npsArea = byId('order-nps');
let npsAsked = false;

function render(order: OrderDetail): void {
  title.textContent = t('order.title', { n: order.orderNumber });
  document.title = `${title.textContent} · ${document.title.split(' · ').pop() ?? ''}`;
  body.replaceChildren(orderDetail(order));
  // The actions load after the order itself: the page shows where the order is at once.
  void import('./order-actions').then(({ mountActions }) =>
    mountActions(actionsArea, order, { orderNumber, target, status, alert, reload: load }),
  );
  // The NPS question of a delivered order, once (it stays until answered): also after the actions.
  if (order.status === 'delivered' && !npsAsked) {
    npsAsked = true;
    void import('./order-nps').then(({ mountNps }) => mountNps(npsArea, orderNumber)).catch(() => undefined);
  }
  cancelArea.hidden = !order.actions?.canCancel;
  // components/OrderHelp.astro: help articles for where this order is now
  document.dispatchEvent(new CustomEvent('portal:open-orders', { detail: { statuses: [order.status] } }));
}

async function load(): Promise<void> {
  try {
    render(await ok(api.GET('/orders/{orderNumber}', target)));
    announce(status, '');
  } catch (error) {
    announce(status, '');
    announce(
      alert,
      error instanceof ApiError && error.status === 404 ? t('order.notFound') : errorMessage(error),
      'error',
    );
  }
}

cancelButton.addEventListener('click', () => {
  byId('cancel-title').textContent = t('order.cancel.title', { n: orderNumber });
  announce(alert, '');
  dialog.showModal();
});
byId('cancel-keep').addEventListener('click', () => dialog.close());
dialog.addEventListener('close', () => {
  if (!cancelArea.hidden) cancelButton.focus();
});

confirm.addEventListener('click', async () => {
  confirm.disabled = true;
  confirm.textContent = t('order.cancel.working');
  try {
    const reason = byId<HTMLSelectElement>('cancel-reason').value;
    const result = await ok(
      api.POST('/orders/{orderNumber}/cancel', {
        ...target,
        ...(reason ? { body: { reason: reason as CancelReason } } : {}),
      }),
    );
    render(result.order);
    dialog.close();
    announce(status, result.changed ? t('order.cancel.done') : t('order.cancel.already'), 'success');
    status.focus();
  } catch (error) {
    dialog.close();
    const reason = error instanceof ApiError && error.status === 409;
    announce(alert, reason ? t('order.cancel.refused', { reason: errorMessage(error) }) : errorMessage(error), 'error');
    if (reason) await load(); // the order moved on: show where it is now
    alert.focus();
  } finally {
    confirm.disabled = false;
    confirm.textContent = t('order.cancel.yes');
  }
});

if (!orderNumber) {
  announce(status, '');
  announce(alert, t('order.missing'), 'error');
} else {
  await load();
}
