import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { type LocalPhotoFiles, readLocalPhoto, receiveLocalUpload } from './upload-service';

/**
 * The local stand-in for the photo bucket (mounted by the local server only; on AWS the browser
 * posts to S3 and agents load presigned links): POST /api/uploads/photos takes the form
 * `uploadForm` made, GET /api/uploads/photos?key&expires&signature shows a kept photo.
 */
export const localUploadRoutes = (files: LocalPhotoFiles) =>
  new Hono<AppEnv>()
    .post('/uploads/photos', async (c) => {
      const form = await c.req.parseBody();
      const fields = Object.fromEntries(
        Object.entries(form).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])),
      ) as Record<string, string>;
      const file = form.file instanceof File ? form.file : undefined;
      await receiveLocalUpload(files, c.var.deps.config.PHOTO_MAX_BYTES, fields, file, c.var.deps.now());
      return c.body(null, 204);
    })
    .get('/uploads/photos', async (c) => {
      const photo = await readLocalPhoto(files, c.req.query(), c.var.deps.now());
      return c.body(new Uint8Array(photo.bytes), 200, {
        'content-type': photo.contentType,
        'cache-control': 'private, max-age=300',
        'x-content-type-options': 'nosniff',
        'content-disposition': 'inline',
      });
    });
