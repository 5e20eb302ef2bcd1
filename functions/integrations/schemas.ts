// Installs .openapi() on zod's schemas before this module builds any (functions/http/openapi-lite.ts on Lambda).
import '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { EmailSchema, LocaleSchema, OrderNumberSchema } from '../http/schemas';
import { ORDER_STATUSES, RETURN_STEPS } from '../orders/domain/order';
import { SHOP_CANCEL_REASONS } from './domain/cancel-reason';

/** Bounds of what a shop may send: one order stays far below DynamoDB's 400 KB item limit. */
export const FEED_LIMITS = { items: 200, events: 300 } as const;

const Instant = lazySchema(() =>
  z.string().datetime({ offset: true }).openapi({ description: 'ISO 8601 time with zone' }),
);
const Day = lazySchema(() =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is YYYY-MM-DD')
    .openapi({ description: 'ISO date (YYYY-MM-DD)' }),
);
const Text = (max: number) => z.string().trim().min(1).max(max);
const Status = lazySchema(() => z.enum(ORDER_STATUSES));

export const FeedOrderSchema = lazySchema(() =>
  z
    .strictObject({
      customer: z.strictObject({ email: EmailSchema, name: Text(120).optional(), locale: LocaleSchema.optional() }),
      placedAt: Instant,
      currency: z.string().regex(/^[A-Z]{3}$/, 'An ISO 4217 code such as EUR'),
      items: z
        .array(
          z.strictObject({
            sku: Text(64).optional(),
            name: Text(200),
            quantity: z.number().int().min(1).max(10_000),
            unitPriceCents: z.number().int().min(0).max(100_000_000),
          }),
        )
        .min(1)
        .max(FEED_LIMITS.items),
      totalCents: z.number().int().min(0).max(10_000_000_000),
      shippingAddress: z
        .strictObject({
          name: Text(120),
          line1: Text(200),
          postalCode: Text(20),
          city: Text(100),
          country: z.string().regex(/^[A-Z]{2}$/, 'An ISO 3166-1 alpha-2 code such as DE'),
        })
        .optional(),
      status: Status.optional().openapi({ description: 'Where the order is when placed (default placed)' }),
      expectedDelivery: Day.optional(),
    })
    .openapi('FeedOrder'),
);

export const FeedEventSchema = lazySchema(() =>
  z
    .strictObject({
      eventId: z
        .string()
        .regex(/^[A-Za-z0-9._:-]{1,128}$/, 'Event ids are 1-128 letters, digits, dots, colons, dashes or underscores'),
      type: z.enum([...ORDER_STATUSES, ...RETURN_STEPS]).openapi({
        description: "An order status, or a return's step (return_received, refund_issued, ...) naming its rmaId",
      }),
      rmaId: z
        .string()
        .regex(/^RMA-[A-Za-z0-9-]{3,48}$/)
        .optional()
        .openapi({ description: 'The return a return step belongs to' }),
      at: Instant,
      carrier: Text(64).optional(),
      trackingNumber: Text(64).optional(),
      trackingUrl: z.string().max(2048).url().startsWith('https://').optional(),
      expectedDelivery: Day.optional(),
      note: Text(500).optional(),
      cancelReason: z.enum(SHOP_CANCEL_REASONS).optional().openapi({
        description:
          "With type cancelled only: why, in Shopify's words. Only `customer` counts among the reasons customers leave (once, when this event cancels the order); the others are the shop's or the bank's doing",
      }),
    })
    .refine((e) => !e.cancelReason || e.type === 'cancelled', {
      message: 'cancelReason goes with type cancelled',
      path: ['cancelReason'],
    })
    .openapi('FeedEvent'),
);

export const FeedParamsSchema = lazySchema(() =>
  z.object({
    orderNumber: OrderNumberSchema.openapi({ param: { name: 'orderNumber', in: 'path' } }),
  }),
);

export const FeedResultSchema = lazySchema(() =>
  z
    .object({
      orderNumber: z.string(),
      status: Status,
      changed: z.boolean().openapi({ description: 'false when the request repeated one already applied' }),
      version: z.number().int(),
    })
    .openapi('FeedResult'),
);

/** Rows one backfill request takes: the console sends a file in chunks of this size. */
export const BACKFILL_CHUNK = 100;

/** One past order in a backfill file: an integration order plus its number. */
export const BackfillRowSchema = lazySchema(() =>
  FeedOrderSchema.extend({ orderNumber: OrderNumberSchema }).openapi('BackfillRow'),
);

export const BackfillBodySchema = lazySchema(() =>
  z.array(z.unknown()).min(1).max(BACKFILL_CHUNK).openapi('BackfillBody', {
    description:
      'Rows: { orderNumber, customer: { email, name?, locale? }, placedAt, currency, items: [{ sku?, name, quantity, unitPriceCents }], totalCents, shippingAddress?, status?, expectedDelivery? }',
  }),
);

export const BACKFILL_RESULTS = ['created', 'updated', 'unchanged', 'error'] as const;

export const BackfillReportSchema = lazySchema(() =>
  z
    .object({
      created: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      failed: z.number().int(),
      rows: z.array(
        z.object({
          index: z.number().int().openapi({ description: 'Position of the row in the request' }),
          orderNumber: z.string().optional(),
          result: z.enum(BACKFILL_RESULTS),
          errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
        }),
      ),
    })
    .openapi('BackfillReport'),
);
