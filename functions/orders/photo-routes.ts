import { createRoute } from '@hono/zod-openapi';
import { requireStaff } from '../auth/guard';
import { router } from '../http/router';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import { photosOfTicket, photoViewLink } from './photos-service';
import { PhotoLinkSchema, PhotoParamsSchema, TicketParamsSchema, TicketPhotosSchema } from './schemas';

const getPhoto = createRoute({
  method: 'get',
  path: '/admin/orders/{orderNumber}/photos/{photoId}',
  tags: ['admin'],
  security: [{ bearerAuth: [] }],
  middleware: [requireStaff] as const,
  summary: "A short-lived link to a photo of an order's problem report (the ticket view shows it)",
  request: { params: PhotoParamsSchema },
  responses: {
    200: jsonContent(PhotoLinkSchema, 'Where the browser may load the photo from'),
    ...commonErrors,
    ...authErrors,
    404: problemResponse('No such photo for this order'),
  },
});

const getTicketPhotos = createRoute({
  method: 'get',
  path: '/admin/tickets/{id}/photos',
  tags: ['admin'],
  security: [{ bearerAuth: [] }],
  middleware: [requireStaff] as const,
  summary: "The photos of a ticket's problem report, each with a short-lived link",
  request: { params: TicketParamsSchema },
  responses: {
    200: jsonContent(TicketPhotosSchema, 'The photos (none for a ticket without a problem report)'),
    ...commonErrors,
    ...authErrors,
    404: problemResponse('No such ticket'),
  },
});

/** Agents and admins see the photos customers sent with a problem report. */
export const staffPhotoRoutes = () =>
  router()
    .openapi(getPhoto, async (c) => {
      const { orderNumber, photoId } = c.req.valid('param');
      return c.json(await photoViewLink(c.var.deps, orderNumber, photoId), 200);
    })
    .openapi(getTicketPhotos, async (c) => c.json(await photosOfTicket(c.var.deps, c.req.valid('param').id), 200));
