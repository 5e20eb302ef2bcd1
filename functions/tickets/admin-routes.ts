import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import type { Context } from 'hono';
import { principalOf, requireAdmin, requireStaff } from '../auth/guard';
import type { AppEnv } from '../env';
import { etagOf, requireIfMatch, versionFromIfMatch } from '../http/versions';
import { router } from '../http/router';
import { authErrors, commonErrors, EmailSchema, jsonContent, LocaleSchema, problemResponse } from '../http/schemas';
import {
  QueueQuerySchema,
  QueueSchema,
  ReplySchema,
  TicketIdParams,
  TicketMessageSchema,
  TicketPatchSchema,
  TicketRowSchema,
  TicketSchema,
} from './schemas';
import { nameAgent, saveReplies, savedReplies, staffReply } from './service';
import { changeTicket, queue, staffTicket } from './workspace-service';

const security = [{ bearerAuth: [] }];
const errors = {
  ...commonErrors,
  ...authErrors,
  403: problemResponse('Not in the agents or admins group'),
  404: problemResponse('No such ticket'),
};
const tags = ['admin: tickets'];
const json = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

const list = createRoute({
  method: 'get',
  path: '/admin/tickets',
  tags,
  security,
  middleware: requireStaff,
  summary: 'The queue: breached first, then oldest first; filters and counts per view',
  request: { query: QueueQuerySchema },
  responses: { 200: jsonContent(QueueSchema, 'Tickets'), ...errors },
});
const read = createRoute({
  method: 'get',
  path: '/admin/tickets/{id}',
  tags,
  security,
  middleware: requireStaff,
  summary: "One ticket: transcript, conversation with internal notes, SLA, the customer's picture (ETag: its version)",
  request: { params: TicketIdParams },
  responses: { 200: jsonContent(TicketSchema, 'The ticket'), ...errors },
});
const patch = createRoute({
  method: 'patch',
  path: '/admin/tickets/{id}',
  tags,
  security,
  middleware: requireStaff,
  summary: 'Change status, priority or assignee (`me` assigns to the caller); If-Match refuses a stale change',
  request: {
    params: TicketIdParams,
    headers: lazySchema(() => z.object({ 'if-match': z.string().max(40).optional() })),
    ...json(TicketPatchSchema),
  },
  responses: {
    200: jsonContent(TicketRowSchema, 'The ticket head'),
    ...errors,
    412: problemResponse('The ticket changed since that version: `current` and `changes` say how'),
  },
});
const reply = createRoute({
  method: 'post',
  path: '/admin/tickets/{id}/replies',
  tags,
  security,
  middleware: requireStaff,
  summary: 'Answer the customer (they get a message) or add an internal note (`internal: true`)',
  request: { params: TicketIdParams, ...json(ReplySchema) },
  responses: {
    201: jsonContent(TicketMessageSchema, 'The message as stored'),
    ...errors,
    409: problemResponse('The conversation is full'),
  },
});

const NamedAgentSchema = lazySchema(() =>
  z.object({ email: z.string(), agent: z.string().nullable() }).openapi('NamedAgent'),
);
const named = createRoute({
  method: 'put',
  path: '/admin/named-agents/{email}',
  tags,
  security,
  middleware: requireAdmin,
  summary: "Dedicated assistance: name the staff member a customer's tickets go to first (null removes it)",
  request: {
    params: lazySchema(() => z.object({ email: EmailSchema.openapi({ param: { name: 'email', in: 'path' } }) })),
    ...json(lazySchema(() => z.strictObject({ agent: EmailSchema.nullable() }).openapi('NamedAgentInput'))),
  },
  responses: {
    200: jsonContent(NamedAgentSchema, 'Named'),
    ...commonErrors,
    ...authErrors,
    403: problemResponse('Not in the admins group'),
  },
});

const SavedRepliesInputSchema = lazySchema(() =>
  z
    .strictObject({
      replies: z
        .array(z.strictObject({ title: z.string().trim().min(1).max(100), body: z.string().trim().min(1).max(5000) }))
        .max(100),
    })
    .openapi('SavedRepliesInput'),
);
const SavedRepliesSchema = lazySchema(() =>
  SavedRepliesInputSchema.extend({
    version: z.number().int().min(0).openapi({ description: 'Send it back as If-Match ("0" before the first save)' }),
    updatedBy: z.string().optional(),
    updatedAt: z.string().optional(),
  }).openapi('SavedReplies'),
);
const localeParams = lazySchema(() =>
  z.object({ locale: LocaleSchema.openapi({ param: { name: 'locale', in: 'path' } }) }),
);
const savedRead = createRoute({
  method: 'get',
  path: '/admin/saved-replies/{locale}',
  tags,
  security,
  middleware: requireStaff,
  summary: 'Saved replies (canned responses) of a locale',
  request: { params: localeParams },
  responses: { 200: jsonContent(SavedRepliesSchema, 'Saved replies'), ...errors },
});
const savedWrite = createRoute({
  method: 'put',
  path: '/admin/saved-replies/{locale}',
  tags,
  security,
  middleware: requireStaff,
  summary: "Replace a locale's saved replies; needs If-Match with the version you edited",
  request: {
    params: localeParams,
    headers: lazySchema(() => z.object({ 'if-match': z.string().max(40).optional() })),
    ...json(SavedRepliesInputSchema),
  },
  responses: {
    200: jsonContent(SavedRepliesSchema, 'Saved'),
    ...errors,
    412: problemResponse('Someone saved these replies since you loaded them'),
    428: problemResponse('If-Match is missing'),
  },
});

const staffOf = (c: Context<AppEnv>) => {
  const p = principalOf(c);
  return p.email?.toLowerCase() ?? p.sub;
};

/** The ticket workspace for staff (agents and admins). */
export const adminTicketRoutes = () =>
  router()
    .openapi(list, async (c) => c.json(await queue(c.var.deps, c.req.valid('query'), staffOf(c)), 200))
    .openapi(read, async (c) => {
      const ticket = await staffTicket(c.var.deps, c.req.valid('param').id);
      c.header('etag', etagOf(ticket.version ?? 0));
      return c.json(ticket, 200);
    })
    .openapi(patch, async (c) => {
      const { version, ...change } = c.req.valid('json');
      const seen = versionFromIfMatch(c.req.header('if-match')) ?? version;
      const ticket = await changeTicket(c.var.deps, c.req.valid('param').id, change, staffOf(c), seen);
      c.header('etag', etagOf(ticket.version ?? 0));
      return c.json(ticket, 200);
    })
    .openapi(savedRead, async (c) => {
      const doc = await savedReplies(c.var.deps, c.req.valid('param').locale);
      c.header('etag', etagOf(doc.version));
      return c.json(doc, 200);
    })
    .openapi(savedWrite, async (c) => {
      const expected = requireIfMatch(c.req.header('if-match'), 'a language without saved replies');
      const { locale } = c.req.valid('param');
      const doc = await saveReplies(c.var.deps, locale, c.req.valid('json').replies, expected, staffOf(c));
      c.header('etag', etagOf(doc.version));
      return c.json(doc, 200);
    })
    .openapi(named, async (c) =>
      c.json(await nameAgent(c.var.deps, c.req.valid('param').email, c.req.valid('json').agent, staffOf(c)), 200),
    )
    .openapi(reply, async (c) => {
      const { message } = await staffReply(c.var.deps, c.req.valid('param').id, staffOf(c), c.req.valid('json'));
      return c.json(message, 201);
    });
