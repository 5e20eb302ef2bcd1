import { randomUUID } from 'node:crypto';
import { pack } from '../../locales/packs';
import type { Locale } from '../../locales/registry';
import { BadRequest, NotAllowed, NotFound } from '../commons/errors';
import type { PhotoFiles } from './photo-files-store';
import { MAX_PHOTO_SLOTS_PER_ORDER, PHOTO_TYPES, type PhotoType, photoKey, UPLOAD_SECONDS } from './domain/photos';
import { fill } from './domain/text';
import { type OrdersDeps, ownOrder } from './service';

/** What the photo flows need: the orders' deps and where the bytes go. */
export interface PhotosDeps extends OrdersDeps {
  photoFiles: PhotoFiles;
}

const megabytes = (bytes: number) => String(Math.floor(bytes / (1024 * 1024)));

/**
 * An upload slot for a photo of a problem with an own order: a photo id and the form that puts
 * the bytes straight into storage (a presigned POST on AWS), held there to the type and the size
 * limit. Refused before any upload when the file is too large or too many were asked for.
 */
export async function requestPhotoUpload(
  deps: PhotosDeps,
  ownerEmail: string,
  orderNumber: string,
  file: { contentType: PhotoType; size: number },
  locale: Locale,
) {
  const text = pack(locale).orders.photos;
  const max = deps.config.PHOTO_MAX_BYTES;
  await ownOrder(deps, ownerEmail, orderNumber);
  if (file.size > max)
    throw new BadRequest(fill(text.tooLarge, { max: megabytes(max) }), {
      errors: [{ field: 'size', message: fill(text.tooLarge, { max: megabytes(max) }) }],
    });
  const used = await deps.stores.photos.countForOrder(ownerEmail, orderNumber);
  if (used >= MAX_PHOTO_SLOTS_PER_ORDER)
    throw new NotAllowed(fill(text.tooMany, { n: String(used) }), { photos: used });
  const now = deps.now();
  const photoId = randomUUID();
  const expiresAt = new Date(now.getTime() + UPLOAD_SECONDS * 1000);
  await deps.stores.photos.create(ownerEmail, {
    photoId,
    orderNumber,
    contentType: file.contentType,
    maxBytes: max,
    createdAt: now.toISOString(),
  });
  const upload = await deps.photoFiles.uploadForm(photoKey(photoId), file.contentType, max, expiresAt);
  return { photoId, upload, maxBytes: max, expiresAt: expiresAt.toISOString() };
}

/**
 * Checks that every photo of a report is the customer's, for this order, and uploaded within the
 * limits; a 400 naming each photo that is not (before anything is written).
 */
export async function checkReportPhotos(
  deps: PhotosDeps,
  ownerEmail: string,
  orderNumber: string,
  photoIds: readonly string[],
  locale: Locale,
): Promise<void> {
  const text = pack(locale).orders.photos;
  const problems = await Promise.all(
    photoIds.map(async (photoId, i) => {
      const record = await deps.stores.photos.get(ownerEmail, photoId);
      if (!record || record.orderNumber !== orderNumber) return { field: `photoIds.${i}`, message: text.unknown };
      const stored = await deps.photoFiles.stat(photoKey(photoId));
      if (!stored) return { field: `photoIds.${i}`, message: text.notUploaded };
      if (!(PHOTO_TYPES as readonly string[]).includes(stored.contentType))
        return { field: `photoIds.${i}`, message: text.wrongType };
      if (stored.size > record.maxBytes)
        return { field: `photoIds.${i}`, message: fill(text.tooLarge, { max: megabytes(record.maxBytes) }) };
      return undefined;
    }),
  );
  const errors = problems.filter((p) => p !== undefined);
  if (errors.length) throw new BadRequest(errors[0]?.message ?? text.unknown, { errors });
}

/** A short-lived link to a photo of an order's problem report, for agents (the ticket view). */
export async function photoViewLink(deps: PhotosDeps, orderNumber: string, photoId: string) {
  const order = await deps.stores.orders.get(orderNumber);
  const record = order ? await deps.stores.photos.get(order.email, photoId) : undefined;
  if (!record || record.orderNumber !== orderNumber) throw new NotFound('Photo');
  const expiresAt = new Date(deps.now().getTime() + UPLOAD_SECONDS * 1000);
  return {
    photoId,
    contentType: record.contentType,
    url: await deps.photoFiles.viewUrl(photoKey(photoId), expiresAt),
    expiresAt: expiresAt.toISOString(),
  };
}

/** The photos a ticket's problem report carries, each with a short-lived link (none for other tickets). */
export async function photosOfTicket(deps: PhotosDeps, ticketId: string) {
  const ticket = await deps.stores.tickets.get(ticketId);
  if (!ticket) throw new NotFound('Ticket');
  const order = ticket.orderNumber ? await deps.stores.orders.get(ticket.orderNumber) : undefined;
  if (!order) return { photos: [] };
  const records = await deps.stores.photos.listForTicket(order.email, ticketId);
  const photos = await Promise.all(records.map((r) => photoViewLink(deps, order.orderNumber, r.photoId)));
  return { orderNumber: order.orderNumber, photos };
}

/** Notes on each photo the ticket it went to. */
export async function attachPhotos(
  deps: PhotosDeps,
  ownerEmail: string,
  photoIds: readonly string[],
  ticketId: string,
) {
  await Promise.all(photoIds.map((id) => deps.stores.photos.attachToTicket(ownerEmail, id, ticketId)));
}

/** Deletes the bytes of every photo the customer sent (an erased account; the records go with their partition). */
export async function removeCustomerPhotos(deps: Pick<PhotosDeps, 'stores' | 'photoFiles'>, ownerEmail: string) {
  const ids = await deps.stores.photos.idsOfCustomer(ownerEmail);
  await Promise.all(ids.map((id) => deps.photoFiles.remove(photoKey(id))));
}
