// Installs .openapi() on zod's schemas before this module builds any (functions/http/openapi-lite.ts on Lambda).
import '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { TICKET_STATUSES } from './domain/ticket';

// What customers send and see of their own tickets, apart from the staff queue's schemas
// (schemas.ts): the customer function builds only these at init.

export const TicketStatusSchema = lazySchema(() => z.enum(TICKET_STATUSES));

export const TicketIdParams = lazySchema(() =>
  z.object({
    id: z
      .string()
      .regex(/^T-[A-F0-9]{10}$/, 'Not a ticket id')
      .openapi({ param: { name: 'id', in: 'path' } }),
  }),
);

export const ChatLineSchema = lazySchema(() =>
  z.object({
    at: z.string(),
    role: z.enum(['user', 'bot']),
    text: z.string(),
    intent: z.string().optional(),
  }),
);

/** What a customer sees of their own tickets in the list. */
export const CustomerTicketSchema = lazySchema(() =>
  z
    .object({
      id: z.string(),
      status: TicketStatusSchema,
      reason: z.string(),
      orderNumber: z.string().optional(),
      createdAt: z.string(),
      updatedAt: z.string(),
    })
    .openapi('CustomerTicket'),
);

export const CustomerMessageSchema = lazySchema(() =>
  z
    .object({ id: z.string(), at: z.string(), author: z.enum(['customer', 'agent']), html: z.string() })
    .openapi('CustomerTicketMessage'),
);

/** A customer's own ticket: the conversation without internal notes. */
export const CustomerConversationSchema = lazySchema(() =>
  CustomerTicketSchema.extend({
    summary: z.string(),
    lastMessageAt: z.string().optional(),
    transcript: z.array(ChatLineSchema.omit({ intent: true })),
    messages: z.array(CustomerMessageSchema),
    canReply: z.boolean(),
    canRate: z.boolean(),
    csat: z.object({ score: z.number().int(), at: z.string() }).optional(),
  }).openapi('CustomerConversation'),
);

/** Hard cap of the schema; MAX_TICKET_REPLY_CHARS (lower) is checked by the service. */
export const BODY_MAX = 20_000;

export const CustomerReplySchema = lazySchema(() =>
  z.strictObject({ body: z.string().trim().min(1).max(BODY_MAX) }).openapi('TicketCustomerReply'),
);

export const TicketRatingSchema = lazySchema(() =>
  z
    .strictObject({ score: z.number().int().min(1).max(5), comment: z.string().trim().max(1000).optional() })
    .openapi('TicketRating'),
);
