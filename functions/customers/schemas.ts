// Installs .openapi() on zod's schemas before this module builds any (functions/http/openapi-lite.ts on Lambda).
import '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { EmailSchema, LocaleSchema } from '../http/schemas';
import { ORDER_STATUSES } from '../orders/domain/order';
import { MESSAGE_KINDS, MESSAGE_STATUSES } from '../outbox/domain/message';
import { STAGES, TIERS } from '../profile/domain/relationship';
import { ProfileSchema } from '../profile/schemas';
import { TICKET_STATUSES } from '../tickets/domain/ticket';

export const CustomerSearchQuerySchema = lazySchema(() =>
  z.object({
    q: z
      .string()
      .trim()
      .max(120)
      // One Han character is a family name; one letter elsewhere would match half the customers.
      .refine((q) => [...q].length >= 2 || /\p{Script=Han}/u.test(q), 'Type at least two characters')
      .openapi({ description: 'An email, an order number or words of a name', example: 'muller' }),
  }),
);

export const CustomerHitSchema = lazySchema(() =>
  z
    .object({
      id: z.string().openapi({ description: "The customer's email: the id of their page" }),
      email: z.string(),
      name: z.string(),
      locale: LocaleSchema,
      tier: z.enum(TIERS),
      stage: z.enum(STAGES),
      orderCount: z.number().int(),
      matched: z.enum(['email', 'order', 'name']),
      orderNumber: z.string().optional().openapi({ description: 'The order the query named' }),
    })
    .openapi('CustomerHit'),
);

export const CustomerSearchSchema = lazySchema(() =>
  z.object({ customers: z.array(CustomerHitSchema) }).openapi('CustomerSearch'),
);

/** A personal note from a staff member, as staff see it. */
export const PersonalNoteSchema = lazySchema(() =>
  z
    .object({
      id: z.string(),
      at: z.string(),
      by: z.string().openapi({ description: 'The staff member who wrote it' }),
      body: z.string(),
      html: z.string().openapi({ description: 'Sanitised HTML' }),
    })
    .openapi('PersonalNote'),
);
export const NewNoteSchema = lazySchema(() =>
  z
    .strictObject({
      body: z.string().trim().min(1).max(1000).openapi({ description: 'Markdown, at most 1,000 characters' }),
    })
    .openapi('NewPersonalNote'),
);
export const CustomerParamsSchema = lazySchema(() =>
  z.object({
    id: EmailSchema.openapi({ param: { name: 'id', in: 'path' }, example: 'ana@example.com' }),
  }),
);

const Status = lazySchema(() => z.enum(ORDER_STATUSES));

const StaffOrderSchema = lazySchema(() =>
  z
    .object({
      orderNumber: z.string(),
      status: Status,
      placedAt: z.string(),
      currency: z.string(),
      totalCents: z.number().int(),
      items: z.array(
        z.object({
          lineId: z.string().optional(),
          sku: z.string().optional(),
          name: z.string(),
          quantity: z.number().int(),
          unitPriceCents: z.number().int(),
        }),
      ),
      shippingAddress: z
        .object({ name: z.string(), line1: z.string(), postalCode: z.string(), city: z.string(), country: z.string() })
        .optional(),
      tracking: z.object({ carrier: z.string(), trackingNumber: z.string(), url: z.string().optional() }).optional(),
      expectedDelivery: z.string().optional(),
      timeline: z.array(
        z.object({
          status: Status,
          at: z.string(),
          carrier: z.string().optional(),
          trackingNumber: z.string().optional(),
          location: z.string().optional(),
          note: z.string().optional(),
        }),
      ),
      updatedAt: z.string(),
    })
    .openapi('StaffOrder'),
);

export const CustomerPictureSchema = lazySchema(() =>
  z
    .object({
      customer: ProfileSchema.omit({ greeting: true, occasionsToday: true }).extend({ id: z.string() }),
      orders: z.array(StaffOrderSchema).openapi({ description: 'Newest first, at most 50, timelines in time order' }),
      tickets: z.array(
        z.object({
          id: z.string(),
          status: z.enum(TICKET_STATUSES),
          reason: z.string(),
          locale: z.string(),
          createdAt: z.string(),
          updatedAt: z.string(),
        }),
      ),
      chats: z.array(
        z.object({
          sessionId: z.string(),
          createdAt: z.string(),
          updatedAt: z.string(),
          turns: z.number().int(),
          locale: z.string().optional(),
          rating: z.number().int().optional(),
          ratedAt: z.string().optional(),
        }),
      ),
      feedback: z.object({
        nps: z.array(
          z.object({
            score: z.number().int(),
            at: z.string(),
            comment: z.string().optional(),
            orderNumber: z.string().optional(),
          }),
        ),
        csat: z.array(z.object({ score: z.number().int(), at: z.string(), sessionId: z.string() })),
      }),
      notes: z.array(PersonalNoteSchema).openapi({ description: 'Personal notes from staff, newest first' }),
      messages: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(MESSAGE_KINDS),
          subject: z.string(),
          status: z.enum(MESSAGE_STATUSES),
          orderNumber: z.string().optional(),
          createdAt: z.string(),
          sentAt: z.string().optional(),
        }),
      ),
    })
    .openapi('CustomerPicture'),
);
