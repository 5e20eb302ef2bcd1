import { z } from '@hono/zod-openapi';
import { EmailSchema, LocaleSchema, OrderNumberSchema } from '../http/schemas';
import { ORDER_STATUSES } from './domain/order';

const OrderStatusSchema = z.enum(ORDER_STATUSES);

const TimelineEventSchema = z
  .object({
    status: OrderStatusSchema,
    at: z.string().openapi({ description: 'ISO 8601 time of the event' }),
    carrier: z.string().optional(),
    trackingNumber: z.string().optional(),
    location: z.string().optional(),
    note: z.string().optional(),
  })
  .openapi('TimelineEvent');

const TimelineStepSchema = TimelineEventSchema.extend({
  title: z.string().openapi({ description: "What happened, in the customer's language" }),
  description: z.string().openapi({ description: 'What we did for the customer, in plain words' }),
}).openapi('TimelineStep');

const OrderLineSchema = z.object({
  lineId: z.string().optional().openapi({ description: 'Stable within the order (returns name lines by it)' }),
  sku: z.string().optional(),
  name: z.string(),
  quantity: z.number().int().positive(),
  unitPriceCents: z.number().int().nonnegative(),
});

const TrackingSchema = z
  .object({ carrier: z.string(), trackingNumber: z.string(), url: z.string().url().optional() })
  .openapi('Tracking');

const OrderActionsSchema = z.object({ canCancel: z.boolean(), cancelReason: z.string().optional() });

const OrderBase = z.object({
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
});

const OrderSummarySchema = OrderBase.openapi('OrderSummary');
export type OrderSummary = z.infer<typeof OrderSummarySchema>;

export const OrderDetailSchema = OrderBase.extend({
  items: z.array(OrderLineSchema),
  shippingAddress: z
    .object({ name: z.string(), line1: z.string(), postalCode: z.string(), city: z.string(), country: z.string() })
    .optional(),
  timeline: z.array(TimelineStepSchema),
  actions: OrderActionsSchema,
}).openapi('OrderDetail');
export type OrderDetail = z.infer<typeof OrderDetailSchema>;

/** What a guest sees: the status and timeline, none of the customer's personal data. */
export const GuestOrderSchema = OrderBase.extend({
  items: z.array(OrderLineSchema.pick({ name: true, quantity: true })),
  timeline: z.array(TimelineStepSchema),
}).openapi('GuestOrder');

export const OrderListSchema = z
  .object({ orders: z.array(OrderSummarySchema), nextCursor: z.string().optional() })
  .openapi('OrderList');

export const OrderListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(512).optional(),
  locale: LocaleSchema.optional(),
});

export const OrderParamsSchema = z.object({
  orderNumber: OrderNumberSchema.openapi({ param: { name: 'orderNumber', in: 'path' } }),
});

export const LocaleQuerySchema = z.object({ locale: LocaleSchema.optional() });

export const GuestLookupSchema = z
  .strictObject({ orderNumber: OrderNumberSchema, email: EmailSchema, locale: LocaleSchema.optional() })
  .openapi('GuestLookup');

export const CancelResultSchema = z
  .object({
    order: OrderDetailSchema,
    changed: z.boolean().openapi({ description: 'false when it was already cancelled' }),
  })
  .openapi('CancelResult');
