import { ApiError, api, ok } from '../lib/api/client';
import type { components } from '../lib/api/schema';
import type { OrderDetail } from '../lib/api/types';
import { announce } from '../lib/dom';
import { errorMessage } from '../lib/messages';
import { t } from '../lib/ui';
import { type ActionHandlers, orderActions } from './render/order-actions';
import { visitOpenedTicket } from '../lib/help-visit';

type Schemas = components['schemas'];

/** What the order page lends its actions: the order, where to announce, and how to show it again. */
export interface ActionContext {
  orderNumber: string;
  target: { params: { path: { orderNumber: string }; query: { locale: Schemas['ChatRequest']['locale'] } } };
  status: HTMLElement;
  alert: HTMLElement;
  reload(): Promise<void>;
}

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const MAX_PHOTOS = 3;
const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/** Why the chosen photos cannot be sent, before anything is uploaded; undefined when they can. */
function photoRefusal(photos: File[]): string | undefined {
  if (photos.length > MAX_PHOTOS) return t('order.problem.photosTooMany');
  const bad = photos.find((p) => !PHOTO_TYPES.includes(p.type) || p.size > MAX_PHOTO_BYTES || p.size === 0);
  return bad ? t('order.problem.photoInvalid', { name: bad.name }) : undefined;
}

/** Asks for an upload slot and posts the photo straight to storage (S3's presigned POST on AWS). */
async function uploadPhoto(target: ActionContext['target'], photo: File): Promise<string> {
  const body = { contentType: photo.type, size: photo.size } as Schemas['PhotoUploadRequest'];
  const slot = await ok(api.POST('/orders/{orderNumber}/problems/photos', { ...target, body }));
  const form = new FormData();
  for (const [name, value] of Object.entries(slot.upload.fields)) form.append(name, value);
  form.append('file', photo);
  const sent = await fetch(slot.upload.url, { method: 'POST', body: form }).catch(() => undefined);
  if (!sent?.ok) {
    const detail = t('order.problem.uploadFailed');
    throw new ApiError(sent?.status ?? 0, { type: 'about:blank', title: detail, status: sent?.status ?? 0, detail });
  }
  return slot.photoId;
}

/**
 * The order page's actions (loaded after the order is shown): renders them into `area` and
 * wires each form to its API call.
 */
export function mountActions(area: HTMLElement, order: OrderDetail, ctx: ActionContext): void {
  const { orderNumber, target, status, alert } = ctx;
  const load = ctx.reload;
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
      const photos = [...(form.querySelector<HTMLInputElement>('input[type=file]')?.files ?? [])];
      const refused = photoRefusal(photos);
      if (refused) {
        announce(alert, refused, 'error');
        alert.focus();
        return;
      }
      void run(form, async () => {
        const photoIds: string[] = [];
        for (const [i, photo] of photos.entries()) {
          announce(status, t('order.problem.uploading', { n: i + 1, total: photos.length }));
          photoIds.push(await uploadPhoto(target, photo));
        }
        const body = {
          kind,
          description: description ?? '',
          ...(photoIds.length ? { photoIds } : {}),
        } as Schemas['ProblemReport'];
        const result = await ok(api.POST('/orders/{orderNumber}/problems', { ...target, body }));
        visitOpenedTicket();
        form.reset();
        return t('order.problem.done', { id: result.ticketId });
      });
    },
  };

  area.replaceChildren(orderActions(order, handlers));
}
