import { createRoute, z } from '@hono/zod-openapi';
import { principalOf, requireCustomer } from '../auth/guard';
import { Conflict, NotFound } from '../commons/errors';
import { router } from '../http/router';
import { NpsSchema } from '../chat/schemas';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import { CustomerTicketSchema } from '../tickets/schemas';

const security = [{ bearerAuth: [] }];

const nps = createRoute({
  method: 'post', path: '/feedback/nps', tags: ['feedback'], security, middleware: requireCustomer,
  summary: 'How likely are you to recommend us (0-10)? Once per customer per day',
  request: { body: { content: { 'application/json': { schema: NpsSchema } }, required: true } },
  responses: { 202: jsonContent(z.object({ recorded: z.literal(true) }), 'Thank you'), ...commonErrors, ...authErrors, 404: problemResponse('No such order'), 409: problemResponse('Already answered today') },
});

const myTickets = createRoute({
  method: 'get', path: '/me/tickets', tags: ['profile'], security, middleware: requireCustomer, summary: 'My support tickets (from chat handoffs)',
  responses: { 200: jsonContent(z.object({ tickets: z.array(CustomerTicketSchema) }), 'Tickets, newest first'), ...authErrors },
});

export const feedbackRoutes = () =>
  router()
    .openapi(nps, async (c) => {
      const { score, comment, orderNumber } = c.req.valid('json');
      const { stores, now } = c.var.deps;
      const { sub } = principalOf(c);
      if (orderNumber) {
        const order = await stores.orders.get(orderNumber);
        if (!order || order.customerId !== sub) throw new NotFound('Order');
      }
      const day = now().toISOString().slice(0, 10);
      if ((await stores.rateLimits.hit({ scope: 'nps', key: sub, limit: 1, seconds: 86_400 }, now())) !== undefined) throw new Conflict('You already told us today, thank you');
      await stores.stats.increment('NPS', day, String(score));
      if (comment) await stores.stats.note('NPS', now(), { score, comment, orderNumber });
      return c.json({ recorded: true as const }, 202);
    })
    .openapi(myTickets, async (c) => {
      const tickets = await c.var.deps.stores.tickets.listByCustomer(principalOf(c).sub);
      return c.json({ tickets: tickets.map(({ id, status, reason, createdAt, updatedAt }) => ({ id, status, reason, createdAt, updatedAt })) }, 200);
    });
