import { createRoute, z } from '@hono/zod-openapi';
import { principalOf, requireAdmin } from '../auth/guard';
import { NotFound } from '../commons/errors';
import { router } from '../http/router';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import { TicketPatchSchema, TicketSchema, TicketStatusSchema } from './schemas';

const security = [{ bearerAuth: [] }];
const errors = { ...commonErrors, ...authErrors, 403: problemResponse('Not in the admins group') };
const idParams = z.object({ id: z.string().regex(/^T-[A-F0-9]{10}$/, 'Not a ticket id').openapi({ param: { name: 'id', in: 'path' } }) });

const list = createRoute({
  method: 'get', path: '/admin/tickets', tags: ['admin: tickets'], security, middleware: requireAdmin, summary: 'Handoff tickets, newest first',
  request: { query: z.object({ status: TicketStatusSchema.optional() }) },
  responses: { 200: jsonContent(z.object({ tickets: z.array(TicketSchema) }), 'Tickets'), ...errors },
});
const read = createRoute({
  method: 'get', path: '/admin/tickets/{id}', tags: ['admin: tickets'], security, middleware: requireAdmin, summary: 'One ticket with its transcript',
  request: { params: idParams }, responses: { 200: jsonContent(TicketSchema, 'The ticket'), ...errors, 404: problemResponse('No such ticket') },
});
const patch = createRoute({
  method: 'patch', path: '/admin/tickets/{id}', tags: ['admin: tickets'], security, middleware: requireAdmin, summary: 'Change a ticket\'s status',
  request: { params: idParams, body: { content: { 'application/json': { schema: TicketPatchSchema } }, required: true } },
  responses: { 200: jsonContent(TicketSchema, 'The ticket'), ...errors, 404: problemResponse('No such ticket') },
});

export const adminTicketRoutes = () =>
  router()
    .openapi(list, async (c) => {
      const { status } = c.req.valid('query');
      return c.json({ tickets: await c.var.deps.stores.tickets.list(status) }, 200);
    })
    .openapi(read, async (c) => {
      const ticket = await c.var.deps.stores.tickets.get(c.req.valid('param').id);
      if (!ticket) throw new NotFound('Ticket');
      return c.json(ticket, 200);
    })
    .openapi(patch, async (c) => {
      const { stores, now } = c.var.deps;
      const ticket = await stores.tickets.setStatus(c.req.valid('param').id, c.req.valid('json').status, principalOf(c).email ?? principalOf(c).sub, now());
      return c.json(ticket, 200);
    });
