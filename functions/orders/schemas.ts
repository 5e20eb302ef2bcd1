// Installs .openapi() on zod's schemas before this module builds any (functions/http/openapi-lite.ts on Lambda).
import '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { EmailSchema, LocaleSchema, OrderNumberSchema } from '../http/schemas';
import { CANCEL_REASONS } from './domain/cancel';
import { ORDER_STATUSES, RETURN_REASONS, RETURN_RESOLUTIONS, RETURN_STEPS } from './domain/order';
import { PHOTO_TYPES } from './domain/photos';
import { PROBLEM_KINDS } from './domain/problem';

const OrderStatusSchema = lazySchema(() => z.enum(ORDER_STATUSES));
const ReturnStepSchema = lazySchema(() => z.enum(RETURN_STEPS));

const TimelineEventSchema = lazySchema(() =>
  z
    .object({
      status: z.enum([...ORDER_STATUSES, ...RETURN_STEPS]).openapi({
        description: "An order status, or a return's step (return_requested ... refund_issued) with its rmaId",
      }),
      rmaId: z.string().optional(),
      at: z.string().openapi({ description: 'ISO 8601 time of the event' }),
      carrier: z.string().optional(),
      trackingNumber: z.string().optional(),
      location: z.string().optional(),
      note: z.string().optional(),
    })
    .openapi('TimelineEvent'),
);

const TimelineStepSchema = lazySchema(() =>
  TimelineEventSchema.extend({
    title: z.string().openapi({ description: "What happened, in the customer's language" }),
    description: z.string().openapi({ description: 'What we did for the customer, in plain words' }),
  }).openapi('TimelineStep'),
);

const OrderLineSchema = lazySchema(() =>
  z.object({
    lineId: z.string().optional().openapi({ description: 'Stable within the order (returns name lines by it)' }),
    sku: z.string().optional(),
    name: z.string(),
    quantity: z.number().int().positive(),
    unitPriceCents: z.number().int().nonnegative(),
    returnable: z.boolean().optional().openapi({ description: 'false when the shop takes no returns of it' }),
  }),
);

const OwnOrderLineSchema = lazySchema(() =>
  OrderLineSchema.extend({
    returnableQuantity: z.number().int().nonnegative().openapi({ description: 'How many can still go on a return' }),
  }),
);

const TrackingSchema = lazySchema(() =>
  z.object({ carrier: z.string(), trackingNumber: z.string(), url: z.string().url().optional() }).openapi('Tracking'),
);

const OrderActionsSchema = lazySchema(() =>
  z
    .object({
      canCancel: z.boolean(),
      cancelReason: z.string().optional(),
      canReturn: z.boolean(),
      returnReason: z.string().optional(),
      canChangeAddress: z.boolean(),
      addressReason: z.string().optional(),
      canDownloadInvoice: z.boolean(),
      invoiceReason: z.string().optional(),
    })
    .openapi('OrderActions', {
      description: 'What the customer can do now; each reason says why not, in their language',
    }),
);

const UpcomingStepSchema = lazySchema(() =>
  z
    .object({
      status: z.enum([...ORDER_STATUSES, ...RETURN_STEPS]),
      title: z.string(),
      expectedDate: z.string().optional().openapi({ description: 'ISO date (YYYY-MM-DD)' }),
      rmaId: z.string().optional(),
    })
    .openapi('UpcomingStep'),
);

const ReturnSummarySchema = lazySchema(() =>
  z
    .object({
      rmaId: z.string(),
      status: ReturnStepSchema,
      statusText: z.string(),
      items: z.array(z.object({ lineId: z.string(), name: z.string(), quantity: z.number().int() })),
      reason: z.enum(RETURN_REASONS),
      reasonText: z.string(),
      resolution: z.enum(RETURN_RESOLUTIONS),
      createdAt: z.string(),
      labelUrl: z.string().openapi({ description: 'The printable label page of the site' }),
    })
    .openapi('ReturnSummary'),
);

const AddressSchema = lazySchema(() =>
  z.object({
    name: z.string(),
    line1: z.string(),
    postalCode: z.string(),
    city: z.string(),
    country: z.string(),
  }),
);

const OrderBase = lazySchema(() =>
  z.object({
    orderNumber: z.string(),
    status: OrderStatusSchema,
    statusText: z.string().openapi({ description: "Current status in plain words, customer's language" }),
    placedAt: z.string(),
    expectedDelivery: z.string().optional().openapi({ description: 'ISO date (YYYY-MM-DD)' }),
    deliveredAt: z.string().optional(),
    tracking: TrackingSchema.optional(),
    itemCount: z.number().int(),
    totalCents: z.number().int(),
    currency: z.string(),
  }),
);

const OrderSummarySchema = lazySchema(() => OrderBase.openapi('OrderSummary'));
export type OrderSummary = z.infer<typeof OrderSummarySchema>;

export const OrderDetailSchema = lazySchema(() =>
  OrderBase.extend({
    items: z.array(OwnOrderLineSchema),
    shippingAddress: AddressSchema.optional(),
    timeline: z.array(TimelineStepSchema),
    upcoming: z
      .array(UpcomingStepSchema)
      .openapi({ description: 'What happens next, in order (greyed out on the page)' }),
    returns: z.array(ReturnSummarySchema),
    returnWindow: z
      .object({ days: z.number().int(), closesAt: z.string(), open: z.boolean() })
      .optional()
      .openapi({ description: 'Once delivered: the return window (RETURN_WINDOW_DAYS) and when it closes' }),
    actions: OrderActionsSchema,
  }).openapi('OrderDetail'),
);
export type OrderDetail = z.infer<typeof OrderDetailSchema>;

/** What a guest sees: the status and timeline, none of the customer's personal data. */
export const GuestOrderSchema = lazySchema(() =>
  OrderBase.extend({
    items: z.array(OrderLineSchema.pick({ name: true, quantity: true })),
    timeline: z.array(TimelineStepSchema),
  }).openapi('GuestOrder'),
);

export const OrderListSchema = lazySchema(() =>
  z.object({ orders: z.array(OrderSummarySchema), nextCursor: z.string().optional() }).openapi('OrderList'),
);

export const OrderListQuerySchema = lazySchema(() =>
  z.object({
    limit: z.coerce.number().int().min(1).max(50).default(20),
    cursor: z.string().max(512).optional(),
    locale: LocaleSchema.optional(),
  }),
);

export const OrderParamsSchema = lazySchema(() =>
  z.object({
    orderNumber: OrderNumberSchema.openapi({ param: { name: 'orderNumber', in: 'path' } }),
  }),
);

export const LocaleQuerySchema = lazySchema(() => z.object({ locale: LocaleSchema.optional() }));

/** An order number as customers copy it from a mail: "#10023", "10 023" and " 10023 " all read as 10023. */
const TypedOrderNumberSchema = lazySchema(() =>
  z
    .string()
    .max(64)
    .transform((v) => v.replace(/[\s#]/g, ''))
    .pipe(OrderNumberSchema)
    .openapi({ example: '#10023' }),
);

export const GuestLookupSchema = lazySchema(() =>
  z
    .strictObject({ orderNumber: TypedOrderNumberSchema, email: EmailSchema, locale: LocaleSchema.optional() })
    .openapi('GuestLookup'),
);

export const CancelResultSchema = lazySchema(() =>
  z
    .object({
      order: OrderDetailSchema,
      changed: z.boolean().openapi({ description: 'false when it was already cancelled' }),
    })
    .openapi('CancelResult'),
);

const Text = (max: number) => z.string().trim().min(1).max(max);

export const CancelRequestSchema = lazySchema(() =>
  z
    .strictObject({
      reason: z
        .enum(CANCEL_REASONS)
        .optional()
        .openapi({ description: 'Why (optional): counted, never shown with who' }),
      comment: Text(500).optional(),
    })
    .openapi('CancelRequest'),
);

export const ReturnRequestSchema = lazySchema(() =>
  z
    .strictObject({
      items: z
        .array(z.strictObject({ lineId: Text(80), quantity: z.number().int().min(1).max(10_000) }))
        .min(1)
        .max(200)
        .refine((items) => new Set(items.map((i) => i.lineId)).size === items.length, 'Name each line once'),
      reason: z.enum(RETURN_REASONS),
      resolution: z.enum(RETURN_RESOLUTIONS),
      comment: Text(1000).optional(),
    })
    .openapi('ReturnRequest'),
);

export const ReturnResultSchema = lazySchema(() =>
  z
    .object({
      rmaId: z.string(),
      status: ReturnStepSchema,
      labelUrl: z.string(),
      changed: z.boolean().openapi({ description: 'false when the same return was asked for before' }),
    })
    .openapi('ReturnResult'),
);

export const ReturnParamsSchema = lazySchema(() =>
  OrderParamsSchema.extend({
    rmaId: z
      .string()
      .regex(/^RMA-[A-Za-z0-9-]{3,48}$/)
      .openapi({ param: { name: 'rmaId', in: 'path' } }),
  }),
);

export const ReturnLabelSchema = lazySchema(() =>
  ReturnSummarySchema.extend({
    orderNumber: z.string(),
    returnTo: z.array(z.string()).openapi({ description: 'The address lines the parcel goes to' }),
    from: AddressSchema.optional(),
    qrSvg: z.string().openapi({ description: 'The RMA as a QR code, SVG markup' }),
  }).openapi('ReturnLabel'),
);

/** A postal address a customer types (a delivery address, the profile's default address). */
export const PostalAddressInputSchema = lazySchema(() =>
  z
    .strictObject({
      name: Text(120),
      line1: Text(200),
      postalCode: Text(20),
      city: Text(100),
      country: z.string().regex(/^[A-Z]{2}$/, 'An ISO 3166-1 alpha-2 code such as DE'),
    })
    .openapi('PostalAddress'),
);

export const AddressPatchSchema = lazySchema(() =>
  z.strictObject({ shippingAddress: PostalAddressInputSchema }).openapi('AddressPatch'),
);

export const InvoiceDetailsSchema = lazySchema(() =>
  z
    .strictObject({
      companyName: Text(160).optional(),
      vatId: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9 .-]{4,20}$/, 'A VAT id is 4-20 letters and digits')
        .optional(),
    })
    .openapi('InvoiceDetails'),
);

export const ProblemReportSchema = lazySchema(() =>
  z
    .strictObject({
      kind: z.enum(PROBLEM_KINDS),
      description: Text(2000),
      photoIds: z
        .array(z.string().regex(/^[A-Za-z0-9-]{8,64}$/))
        .max(3)
        .refine((ids) => new Set(ids).size === ids.length, 'Name each photo once')
        .optional()
        .openapi({ description: 'Up to three photos uploaded through POST .../problems/photos' }),
    })
    .openapi('ProblemReport'),
);

export const ProblemResultSchema = lazySchema(() =>
  z
    .object({ ticketId: z.string(), changed: z.boolean().openapi({ description: 'false for a repeated report' }) })
    .openapi('ProblemResult'),
);

export const PhotoUploadRequestSchema = lazySchema(() =>
  z
    .strictObject({
      contentType: z.enum(PHOTO_TYPES),
      size: z.number().int().min(1).openapi({ description: 'Bytes; over PHOTO_MAX_BYTES (5 MB) is refused at once' }),
    })
    .openapi('PhotoUploadRequest'),
);

export const PhotoUploadSchema = lazySchema(() =>
  z
    .object({
      photoId: z.string(),
      upload: z
        .object({ url: z.string(), fields: z.record(z.string(), z.string()) })
        .openapi({ description: 'POST multipart/form-data to `url`: every field, then the photo as `file`' }),
      maxBytes: z.number().int(),
      expiresAt: z.string(),
    })
    .openapi('PhotoUpload'),
);

const PhotoIdSchema = lazySchema(() =>
  z
    .string()
    .regex(/^[A-Za-z0-9-]{8,64}$/)
    .openapi({ param: { name: 'photoId', in: 'path' } }),
);

export const PhotoParamsSchema = lazySchema(() => OrderParamsSchema.extend({ photoId: PhotoIdSchema }));

export const PhotoLinkSchema = lazySchema(() =>
  z
    .object({
      photoId: z.string(),
      contentType: z.string(),
      url: z.string().openapi({ description: 'Shows the photo until expiresAt (a presigned GET on AWS)' }),
      expiresAt: z.string(),
    })
    .openapi('PhotoLink'),
);

export const TicketPhotosSchema = lazySchema(() =>
  z.object({ orderNumber: z.string().optional(), photos: z.array(PhotoLinkSchema) }).openapi('TicketPhotos'),
);

export const TicketParamsSchema = lazySchema(() =>
  z.object({
    id: z
      .string()
      .max(120)
      .openapi({ param: { name: 'id', in: 'path' } }),
  }),
);
