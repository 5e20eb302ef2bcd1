/** Photos of a problem report: which files, how large, how many, and where they are kept. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** How many photos one problem report may carry. */
export const MAX_PHOTOS_PER_REPORT = 3;
/** Upload slots one customer may ask for per order (retries and replaced photos included). */
export const MAX_PHOTO_SLOTS_PER_ORDER = 12;
/** How long an upload slot (presigned POST or local upload token) may be used. */
export const UPLOAD_SECONDS = 300;

/** A photo a customer asked to upload for an order, as recorded before and after the upload. */
export interface PhotoRecord {
  photoId: string;
  orderNumber: string;
  contentType: PhotoType;
  /** The size announced when the slot was asked for; the upload may not be larger. */
  maxBytes: number;
  createdAt: string;
  /** The ticket the photo went to with its report. */
  ticketId?: string;
}

/** Where a photo's bytes are kept: the bucket key on AWS, the file name under DATA_DIR locally. */
export const photoKey = (photoId: string) => `problem-photos/${photoId}`;

/**
 * The image type the bytes themselves say (JPEG, PNG or WebP signature), whatever the upload
 * claimed; undefined for anything else.
 */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | undefined {
  const at = (i: number, ...values: number[]) => values.every((v, j) => bytes[i + j] === v);
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return undefined;
}
