import { ApiError, api, ok, redirectToSignIn } from '../lib/api/client';
import { announce, byId } from '../lib/dom';
import { errorMessage } from '../lib/messages';
import { getSession } from '../lib/session';
import type { components } from '../lib/api/schema';
import type { OrderDetail } from '../lib/api/types';

type Schemas = components['schemas'];
import { pageLocale, t } from '../lib/ui';
import { type ActionHandlers, orderActions } from './render/order-actions';
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

function render(order: OrderDetail): void {
  title.textContent = t('order.title', { n: order.orderNumber });
  document.title = `${title.textContent} · ${document.title.split(' · ').pop() ?? ''}`;
  body.replaceChildren(orderDetail(order));
  actionsArea.replaceChildren(orderActions(order, handlers));
  cancelArea.hidden = !order.actions?.canCancel;
  // components/OrderHelp.astro: help articles for where this order is now
  document.dispatchEvent(new CustomEvent('portal:open-orders', { detail: { statuses: [order.status] } }));
}

const fieldsOf = (form: HTMLFormElement) =>
  Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v).trim()]));

/** Runs one action: the button busy meanwhile, the outcome announced, the order shown as it is now. */
async function run(form: HTMLFormElement | undefined, work: () => Promise<string>): Promise<void> {
  const button = form?.querySelector<HTMLButtonElement>('button[type=submit]');
  if (button) button.disabled = true;
  announce(alert, '');
  try {
    const message = await work();
    await load();
    announce(status, message, 'success');
    status.focus();
  } catch (error) {
    announce(alert, errorMessage(error), 'error');
    if (error instanceof ApiError && error.status === 409) await load();
    alert.focus();
  } finally {
    if (button) button.disabled = false;
  }
}

const handlers: ActionHandlers = {
  returnItems: (form) => {
    const items = [...form.querySelectorAll<HTMLInputElement>('input[name^="qty:"]')]
      .map((input) => ({ lineId: input.name.slice(4), quantity: Number(input.value) }))
      .filter((i) => Number.isInteger(i.quantity) && i.quantity > 0);
    if (items.length === 0) {
      announce(alert, t('order.return.none'), 'error');
      alert.focus();
      return;
    }
    const { reason, resolution } = fieldsOf(form);
    void run(form, async () => {
      const body = { items, reason, resolution } as Schemas['ReturnRequest'];
      const result = await ok(api.POST('/orders/{orderNumber}/returns', { ...target, body }));
      location.assign(result.labelUrl);
      return t('order.return.done', { rma: result.rmaId });
    });
  },
  invoice: () =>
    void run(undefined, async () => {
      const pdf = await ok(api.GET('/orders/{orderNumber}/invoice', { ...target, parseAs: 'blob' }));
      const link = document.createElement('a');
      link.href = URL.createObjectURL(pdf as unknown as Blob);
      link.download = `INV-${orderNumber}.pdf`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      return t('order.invoice');
    }),
  invoiceDetails: (form) => {
    const { companyName, vatId } = fieldsOf(form);
    void run(form, async () => {
      const body = { ...(companyName ? { companyName } : {}), ...(vatId ? { vatId } : {}) };
      await ok(api.PUT('/orders/{orderNumber}/invoice/details', { ...target, body }));
      return t('order.invoice.saved');
    });
  },
  address: (form) => {
    const a = fieldsOf(form);
    void run(form, async () => {
      const shippingAddress = {
        name: a.name ?? '',
        line1: a.line1 ?? '',
        postalCode: a.postalCode ?? '',
        city: a.city ?? '',
        country: (a.country ?? '').toUpperCase(),
      };
      await ok(api.PATCH('/orders/{orderNumber}/address', { ...target, body: { shippingAddress } }));
      return t('order.address.done');
    });
  },
  problem: (form) => {
    const { kind, description } = fieldsOf(form);
    void run(form, async () => {
      const body = { kind, description: description ?? '' } as Schemas['ProblemReport'];
      const result = await ok(api.POST('/orders/{orderNumber}/problems', { ...target, body }));
      form.reset();
      return t('order.problem.done', { id: result.ticketId });
    });
  },
};

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
    const result = await ok(api.POST('/orders/{orderNumber}/cancel', target));
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
