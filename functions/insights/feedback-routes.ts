import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { principalOf, requireCustomer } from '../auth/guard';
import { customerTickets } from '../tickets/service';
import { recordNps } from './service';
import { recordVisitTicket } from './deflection-service';
import { clientAddress } from '../http/client-address';
import { enforceRateLimit } from '../limits/service';
import { router } from '../http/router';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import { CustomerTicketSchema } from '../tickets/customer-schemas';
import { NpsSchema } from './survey-schemas';

const security = [{ bearerAuth: [] }];

const nps = createRoute({
  method: 'post',
  path: '/feedback/nps',
  tags: ['feedback'],
  security,
  middleware: requireCustomer,
  summary: 'How likely are you to recommend us (0-10)? Once per customer per day',
  request: { body: { content: { 'application/json': { schema: NpsSchema } }, required: true } },
  responses: {
    202: jsonContent(
      lazySchema(() => z.object({ recorded: z.literal(true) })),
      'Thank you',
    ),
    ...commonErrors,
    ...authErrors,
    404: problemResponse('No such order'),
    409: problemResponse('Already answered today'),
  },
});

const myTickets = createRoute({
  method: 'get',
  path: '/me/tickets',
  tags: ['profile'],
  security,
  middleware: requireCustomer,
  summary: 'My support tickets (from chat handoffs)',
  responses: {
    200: jsonContent(
      lazySchema(() => z.object({ tickets: z.array(CustomerTicketSchema) })),
      'Tickets, newest first',
    ),
    ...authErrors,
  },
});

const visitTicket = createRoute({
  method: 'post',
  path: '/feedback/help-visits/{visit}/ticket',
  tags: ['feedback'],
  summary: "The site tells that a help visit (a tab's random id) opened a ticket: deflection counts it once",
  request: {
    params: lazySchema(() =>
      z.object({
        visit: z
          .string()
          .regex(/^[A-Za-z0-9-]{8,64}$/)
          .openapi({ param: { name: 'visit', in: 'path' } }),
      }),
    ),
  },
  responses: {
    202: jsonContent(
      lazySchema(() => z.object({ recorded: z.literal(true) })),
      'Noted (also when the visit is unknown or too old)',
    ),
    ...commonErrors,
  },
});

export const feedbackRoutes = () =>
  router()
    .openapi(nps, async (c) => {
      await recordNps(c.var.deps, principalOf(c), c.req.valid('json'));
      return c.json({ recorded: true as const }, 202);
    })
    .openapi(visitTicket, async (c) => {
      const { deps } = c.var;
      await enforceRateLimit(deps, 'feedback', clientAddress(c), deps.config.FEEDBACK_PER_MINUTE_CLIENT, 60);
      await recordVisitTicket(deps, c.req.valid('param').visit);
      return c.json({ recorded: true as const }, 202);
    })
    .openapi(myTickets, async (c) => c.json({ tickets: await customerTickets(c.var.deps, principalOf(c).sub) }, 200));
