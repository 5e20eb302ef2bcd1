// Installs .openapi() on zod's schemas before this module builds any (functions/http/openapi-lite.ts on Lambda).
import '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { LocaleSchema } from '../http/schemas';
import { TICKET_PRIORITIES } from './domain/ticket';
import { BODY_MAX, ChatLineSchema, TicketStatusSchema } from './customer-schemas';

export { TicketIdParams, TicketStatusSchema } from './customer-schemas';

export const TicketPrioritySchema = lazySchema(() => z.enum(TICKET_PRIORITIES));

const ChangeSchema = lazySchema(() =>
  z.object({
    status: TicketStatusSchema.optional(),
    priority: TicketPrioritySchema.optional(),
    assignee: z.string().nullable().optional(),
    by: z.string(),
    at: z.string(),
  }),
);

const ClockSchema = lazySchema(() =>
  z.object({
    dueAt: z.string(),
    minutesLeft: z.number().int().optional(),
    met: z.boolean().optional(),
    breached: z.boolean(),
  }),
);
export const SlaSchema = lazySchema(() =>
  z
    .object({
      firstResponse: ClockSchema,
      resolution: ClockSchema,
      breached: z.boolean(),
      minutesLeft: z.number().int().optional(),
    })
    .openapi('TicketSla'),
);

const CsatSchema = lazySchema(() =>
  z.object({ score: z.number().int(), comment: z.string().optional(), at: z.string() }),
);

/** A ticket's head as staff see it in the queue. */
export const TicketRowSchema = lazySchema(() =>
  z
    .object({
      id: z.string(),
      status: TicketStatusSchema,
      reason: z.string().openapi({ description: 'The one-line summary' }),
      orderNumber: z.string().optional(),
      locale: z.string(),
      source: z.enum(['chat', 'problem_report']).optional(),
      sessionId: z.string().optional(),
      customerId: z.string().optional(),
      contact: z.object({ email: z.string().optional(), name: z.string().optional() }),
      priority: TicketPrioritySchema.optional(),
      assignee: z.string().optional(),
      version: z.number().int().optional(),
      createdAt: z.string(),
      updatedAt: z.string(),
      lastMessageAt: z.string().optional(),
      firstResponseAt: z.string().optional(),
      solvedAt: z.string().optional(),
      messageCount: z.number().int().optional(),
      csat: CsatSchema.optional(),
      sla: SlaSchema,
    })
    .openapi('TicketRow'),
);

export const TicketMessageSchema = lazySchema(() =>
  z
    .object({
      id: z.string(),
      at: z.string(),
      author: z.object({ role: z.enum(['customer', 'agent']), email: z.string().optional() }),
      via: z.enum(['chat', 'portal']),
      internal: z.boolean(),
      body: z.string(),
      html: z.string().openapi({ description: 'Sanitised HTML, safe to show' }),
    })
    .openapi('TicketMessage'),
);

const OrderBriefSchema = lazySchema(() =>
  z.object({
    orderNumber: z.string(),
    status: z.string(),
    statusText: z.string(),
    placedAt: z.string(),
    expectedDelivery: z.string().optional(),
    totalCents: z.number().int(),
    currency: z.string(),
  }),
);

export const CustomerPictureSchema = lazySchema(() =>
  z
    .object({
      email: z.string(),
      name: z.string(),
      locale: LocaleSchema,
      customerSince: z.string(),
      tier: z.string(),
      stage: z.string(),
      orderCount: z.number().int(),
      spentLast12MonthsCents: z.number().int(),
      contactChannel: z.string(),
      namedAgent: z.string().optional().openapi({ description: 'The staff member their tickets go to first' }),
      openOrders: z.array(OrderBriefSchema),
      recentOrders: z.array(OrderBriefSchema),
      earlierTickets: z.array(
        z.object({
          id: z.string(),
          status: TicketStatusSchema,
          reason: z.string(),
          createdAt: z.string(),
          csat: z.number().int().optional(),
        }),
      ),
    })
    .openapi('TicketCustomerPicture'),
);

/** One ticket for staff: everything, internal notes included. */
export const TicketSchema = lazySchema(() =>
  TicketRowSchema.extend({
    summary: z.string(),
    transcript: z.array(ChatLineSchema),
    history: z.array(ChangeSchema).optional(),
    messages: z.array(TicketMessageSchema),
    customer: CustomerPictureSchema.optional(),
  }).openapi('Ticket'),
);

export const QueueSchema = lazySchema(() =>
  z
    .object({
      tickets: z.array(TicketRowSchema),
      total: z.number().int(),
      counts: z.record(z.string(), z.number().int()).openapi({
        description: 'Tickets per view: each status, mine, unassigned, breached (active tickets)',
      }),
    })
    .openapi('TicketQueue'),
);

export const QueueQuerySchema = lazySchema(() =>
  z.object({
    status: TicketStatusSchema.optional().openapi({ description: 'One status; new, open and waiting when left out' }),
    language: LocaleSchema.optional(),
    priority: TicketPrioritySchema.optional(),
    assignee: z.string().max(254).optional().openapi({ description: 'A staff email, `me` or `unassigned`' }),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  }),
);

export const ReplySchema = lazySchema(() =>
  z
    .strictObject({
      body: z.string().trim().min(1).max(BODY_MAX).openapi({ description: 'Markdown, sanitised like FAQ answers' }),
      internal: z
        .boolean()
        .optional()
        .openapi({ description: 'An internal note: staff only, never shown to the customer' }),
    })
    .openapi('TicketReply'),
);

export const TicketPatchSchema = lazySchema(() =>
  z
    .strictObject({
      status: TicketStatusSchema.optional(),
      priority: TicketPrioritySchema.optional(),
      assignee: z
        .string()
        .trim()
        .max(254)
        .nullable()
        .optional()
        .openapi({ description: 'A staff email, `me`, or null to unassign' }),
      version: z.number().int().min(0).optional().openapi({ description: 'The version you saw (or send If-Match)' }),
    })
    .refine((p) => p.status ?? p.priority ?? p.assignee !== undefined, 'Change status, priority or assignee')
    .openapi('TicketPatch'),
);
