import { BadRequest, Forbidden, NotFound, PayloadTooLarge } from '../commons/errors';
import { sniffPhotoType } from './domain/photos';
import type { LocalPhotoFiles } from './photo-files-store';

export type { LocalPhotoFiles };

/**
 * What S3 does with a presigned POST, locally: checks the signed fields (not expired, for this
 * key), the size (the signed limit and PHOTO_MAX_BYTES) and the type (the bytes must be the
 * image the form says), then keeps the file. Nothing is kept when a check fails.
 */
export async function receiveLocalUpload(
  files: LocalPhotoFiles,
  maxBytes: number,
  fields: Record<string, string | undefined>,
  file: File | undefined,
  now: Date,
): Promise<void> {
  if (!files.acceptsUpload(fields, now)) throw new Forbidden('The upload form is not valid or has expired');
  if (!file)
    throw new BadRequest('Send the photo as the form field `file`', {
      errors: [{ field: 'file', message: 'Required' }],
    });
  const limit = Math.min(maxBytes, Number(fields['x-max-bytes']));
  if (file.size > limit) throw new PayloadTooLarge(limit);
  if (file.size === 0)
    throw new BadRequest('The photo is empty', { errors: [{ field: 'file', message: 'Empty file' }] });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffPhotoType(bytes);
  if (!type || type !== fields['Content-Type'])
    throw new BadRequest('The file is not the JPEG, PNG or WebP photo the form was made for', {
      errors: [{ field: 'file', message: 'Not a JPEG, PNG or WebP image of the declared type' }],
    });
  await files.write(fields.key ?? '', bytes, type);
}

/** A kept photo for a signed view link (the local stand-in for a presigned GET). */
export async function readLocalPhoto(
  files: LocalPhotoFiles,
  query: { key?: string; expires?: string; signature?: string },
  now: Date,
) {
  const { key = '', expires = '', signature = '' } = query;
  if (!files.acceptsView(key, expires, signature, now))
    throw new Forbidden('The photo link is not valid or has expired');
  const meta = await files.stat(key);
  if (!meta) throw new NotFound('Photo');
  return { bytes: await files.read(key), contentType: meta.contentType };
}
