import { createRoute, z } from '@hono/zod-openapi';
import { principalOf, requireAdmin } from '../auth/guard';
import { getTicket, listTickets, setTicketStatus } from './service';
import { router } from '../http/router';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import { TicketPatchSchema, TicketSchema, TicketStatusSchema } from './schemas';

const security = [{ bearerAuth: [] }];
const errors = { ...commonErrors, ...authErrors, 403: problemResponse('Not in the admins group') };
const idParams = z.object({
  id: z
    .string()
    .regex(/^T-[A-F0-9]{10}$/, 'Not a ticket id')
    .openapi({ param: { name: 'id', in: 'path' } }),
});

const list = createRoute({
  method: 'get',
  path: '/admin/tickets',
  tags: ['admin: tickets'],
  security,
  middleware: requireAdmin,
  summary: 'Handoff tickets, newest first',
  request: { query: z.object({ status: TicketStatusSchema.optional() }) },
  responses: { 200: jsonContent(z.object({ tickets: z.array(TicketSchema) }), 'Tickets'), ...errors },
});
const read = createRoute({
  method: 'get',
  path: '/admin/tickets/{id}',
  tags: ['admin: tickets'],
  security,
  middleware: requireAdmin,
  summary: 'One ticket with its transcript',
  request: { params: idParams },
  responses: { 200: jsonContent(TicketSchema, 'The ticket'), ...errors, 404: problemResponse('No such ticket') },
});
const patch = createRoute({
  method: 'patch',
  path: '/admin/tickets/{id}',
  tags: ['admin: tickets'],
  security,
  middleware: requireAdmin,
  summary: "Change a ticket's status",
  request: {
    params: idParams,
    body: { content: { 'application/json': { schema: TicketPatchSchema } }, required: true },
  },
  responses: { 200: jsonContent(TicketSchema, 'The ticket'), ...errors, 404: problemResponse('No such ticket') },
});

export const adminTicketRoutes = () =>
  router()
    .openapi(list, async (c) => c.json({ tickets: await listTickets(c.var.deps, c.req.valid('query').status) }, 200))
    .openapi(read, async (c) => c.json(await getTicket(c.var.deps, c.req.valid('param').id), 200))
    .openapi(patch, async (c) => {
      const by = principalOf(c).email ?? principalOf(c).sub;
      return c.json(await setTicketStatus(c.var.deps, c.req.valid('param').id, c.req.valid('json').status, by), 200);
    });
