import { z } from '@hono/zod-openapi';

import { TICKET_STATUSES, type Ticket } from './domain/ticket';

export const TicketStatusSchema = z.enum(TICKET_STATUSES);

export const TicketSchema = z
  .object({
    id: z.string(),
    status: TicketStatusSchema,
    reason: z.string(),
    locale: z.string(),
    sessionId: z.string(),
    customerId: z.string().optional(),
    contact: z.object({ email: z.string().optional(), name: z.string().optional() }),
    transcript: z.array(
      z.object({ at: z.string(), role: z.enum(['user', 'bot']), text: z.string(), intent: z.string().optional() }),
    ),
    createdAt: z.string(),
    updatedAt: z.string(),
    history: z.array(z.object({ status: TicketStatusSchema, by: z.string(), at: z.string() })).optional(),
  })
  .openapi('Ticket') satisfies z.ZodType<Ticket>;

/** What a customer sees of their own tickets: no internal history. */
export const CustomerTicketSchema = TicketSchema.pick({
  id: true,
  status: true,
  reason: true,
  createdAt: true,
  updatedAt: true,
}).openapi('CustomerTicket');

export const TicketPatchSchema = z.strictObject({ status: TicketStatusSchema }).openapi('TicketPatch');
