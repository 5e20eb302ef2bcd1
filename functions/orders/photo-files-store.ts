import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { lazyModule } from '../commons/lazy';

/** A form upload straight to storage: POST `url` with `fields` first, then the file as `file`. */
export interface UploadForm {
  url: string;
  fields: Record<string, string>;
}

/** Where problem photos' bytes live: an S3 bucket on AWS, a folder under DATA_DIR locally. */
export interface PhotoFiles {
  /** A form the browser posts the photo with; storage itself holds it to `contentType` and `maxBytes`. */
  uploadForm(key: string, contentType: string, maxBytes: number, expiresAt: Date): Promise<UploadForm>;
  /** Size and type of what was uploaded under `key`, or undefined when nothing was. */
  stat(key: string): Promise<{ size: number; contentType: string } | undefined>;
  /** A URL a browser may show the photo from until `expiresAt` (agents' ticket view). */
  viewUrl(key: string, expiresAt: Date): Promise<string>;
  /** Deletes the photo (an erased account); nothing there is fine. */
  remove(key: string): Promise<void>;
}

const seconds = (at: Date) => String(Math.floor(at.getTime() / 1000));

/**
 * The local stand-in for S3: the upload form posts to the local upload route (upload-routes.ts),
 * with the limits in signed fields, as a presigned POST carries them in its signed policy.
 */
export function localPhotoFiles(folder: string, secret: string, apiBase = '/api') {
  const root = resolve(folder);
  const sign = (...parts: string[]) => createHmac('sha256', secret).update(parts.join('\n')).digest('base64url');
  const verify = (signature: string, ...parts: string[]) => {
    const expected = Buffer.from(sign(...parts));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  /** The file of a key, never outside the folder (keys are ours, but a forged one is refused). */
  const fileOf = (key: string) => {
    const file = resolve(root, key);
    if (!file.startsWith(root + sep)) throw new Error('Key outside the upload folder');
    return file;
  };
  const files = {
    async uploadForm(key: string, contentType: string, maxBytes: number, expiresAt: Date): Promise<UploadForm> {
      const expires = seconds(expiresAt);
      const policy = sign('upload', key, contentType, String(maxBytes), expires);
      return {
        url: `${apiBase}/uploads/photos`,
        fields: { key, 'Content-Type': contentType, 'x-max-bytes': String(maxBytes), 'x-expires': expires, policy },
      };
    },
    async stat(key: string) {
      try {
        const meta = JSON.parse(await readFile(`${fileOf(key)}.json`, 'utf8')) as { contentType: string };
        const { size } = await stat(fileOf(key));
        return { size, contentType: meta.contentType };
      } catch {
        return undefined;
      }
    },
    async viewUrl(key: string, expiresAt: Date) {
      const expires = seconds(expiresAt);
      const query = new URLSearchParams({ key, expires, signature: sign('view', key, expires) });
      return `${apiBase}/uploads/photos?${query}`;
    },
    /** Whether the form fields are ones `uploadForm` signed and still valid at `now`. */
    acceptsUpload(fields: Record<string, string | undefined>, now: Date): boolean {
      const { key = '', 'Content-Type': type = '', 'x-max-bytes': max = '', 'x-expires': expires = '' } = fields;
      return Number(expires) * 1000 > now.getTime() && verify(fields.policy ?? '', 'upload', key, type, max, expires);
    },
    /** Whether a view link is one `viewUrl` signed and still valid at `now`. */
    acceptsView(key: string, expires: string, signature: string, now: Date): boolean {
      return Number(expires) * 1000 > now.getTime() && verify(signature, 'view', key, expires);
    },
    async write(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
      const file = fileOf(key);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, bytes);
      await writeFile(`${file}.json`, JSON.stringify({ contentType }));
    },
    read: (key: string) => readFile(fileOf(key)),
    async remove(key: string) {
      await Promise.all([rm(fileOf(key), { force: true }), rm(`${fileOf(key)}.json`, { force: true })]);
    },
  };
  return files;
}

export type LocalPhotoFiles = ReturnType<typeof localPhotoFiles>;

const s3 = lazyModule(() => import('@aws-sdk/client-s3'));
const presignedPost = lazyModule(() => import('@aws-sdk/s3-presigned-post'));
const presigner = lazyModule(() => import('@aws-sdk/s3-request-presigner'));

/** Problem photos in an S3 bucket: presigned POSTs in, short presigned GETs out. */
export function s3PhotoFiles(bucket: string, region: string): PhotoFiles {
  let client: Promise<import('@aws-sdk/client-s3').S3Client> | undefined;
  const clientOf = () => (client ??= s3().then(({ S3Client }) => new S3Client({ region })));
  const secondsUntil = (at: Date) => Math.max(1, Math.floor((at.getTime() - Date.now()) / 1000));
  return {
    async uploadForm(key, contentType, maxBytes, expiresAt) {
      const { createPresignedPost } = await presignedPost();
      const { url, fields } = await createPresignedPost(await clientOf(), {
        Bucket: bucket,
        Key: key,
        Conditions: [
          ['content-length-range', 1, maxBytes],
          ['eq', '$Content-Type', contentType],
        ],
        Fields: { 'Content-Type': contentType },
        Expires: secondsUntil(expiresAt),
      });
      return { url, fields };
    },
    async stat(key) {
      const { HeadObjectCommand } = await s3();
      try {
        const head = await (await clientOf()).send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return { size: head.ContentLength ?? 0, contentType: head.ContentType ?? '' };
      } catch (error) {
        if ((error as { name?: string }).name === 'NotFound') return undefined;
        throw error;
      }
    },
    async viewUrl(key, expiresAt) {
      const [{ GetObjectCommand }, { getSignedUrl }] = await Promise.all([s3(), presigner()]);
      const command = new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: 'inline' });
      return getSignedUrl(await clientOf(), command, { expiresIn: secondsUntil(expiresAt) });
    },
    async remove(key) {
      const { DeleteObjectCommand } = await s3();
      await (await clientOf()).send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
}

/** Local folder unless a bucket is configured (PHOTO_BUCKET, set by CDK). */
export const photoFilesOf = (config: {
  PHOTO_BUCKET?: string;
  PHOTO_DIR: string;
  UPLOAD_SECRET: string;
  AWS_REGION: string;
}) =>
  config.PHOTO_BUCKET
    ? s3PhotoFiles(config.PHOTO_BUCKET, config.AWS_REGION)
    : localPhotoFiles(config.PHOTO_DIR, config.UPLOAD_SECRET);
