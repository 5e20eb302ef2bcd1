import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { principalOf, requireCustomer } from '../auth/guard';
import { router } from '../http/router';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import {
  CustomerConversationSchema,
  CustomerMessageSchema,
  CustomerReplySchema,
  TicketIdParams,
  TicketRatingSchema,
} from './customer-schemas';
import { clientAddress } from '../http/client-address';
import { customerReply, customerTicket, guestReply, guestTicket, rateTicket } from './service';

const security = [{ bearerAuth: [] }];
const errors = { ...commonErrors, ...authErrors, 404: problemResponse('No such ticket of yours') };
const tags = ['tickets'];
const json = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

const read = createRoute({
  method: 'get',
  path: '/me/tickets/{id}',
  tags,
  security,
  middleware: requireCustomer,
  summary: 'One of my tickets with its conversation',
  request: { params: TicketIdParams },
  responses: { 200: jsonContent(CustomerConversationSchema, 'The ticket'), ...errors },
});
const reply = createRoute({
  method: 'post',
  path: '/me/tickets/{id}/replies',
  tags,
  security,
  middleware: requireCustomer,
  summary: 'Answer the agent on my ticket',
  request: { params: TicketIdParams, ...json(CustomerReplySchema) },
  responses: {
    201: jsonContent(CustomerMessageSchema, 'My message'),
    ...errors,
    409: problemResponse('The ticket is closed'),
  },
});
const rate = createRoute({
  method: 'post',
  path: '/me/tickets/{id}/rating',
  tags,
  security,
  middleware: requireCustomer,
  summary: 'Rate the help on a solved ticket (CSAT 1-5), once',
  request: { params: TicketIdParams, ...json(TicketRatingSchema) },
  responses: {
    201: jsonContent(
      lazySchema(() => z.object({ score: z.number().int(), comment: z.string().optional(), at: z.string() })),
      'Rated',
    ),
    ...errors,
    409: problemResponse('Not solved yet, or already rated'),
  },
});

const guestQuery = lazySchema(() =>
  z.object({
    t: z.string().min(10).max(512).openapi({ description: 'The signed token of the link in the reply mail' }),
  }),
);
const guestErrors = {
  ...commonErrors,
  403: problemResponse('The link is not valid or has expired'),
  404: problemResponse('No such ticket'),
};
const guestRead = createRoute({
  method: 'get',
  path: '/tickets/guest',
  tags,
  summary: "A guest's ticket through the signed link of the reply mail",
  request: { query: guestQuery },
  responses: { 200: jsonContent(CustomerConversationSchema, 'The ticket'), ...guestErrors },
});
const guestAnswer = createRoute({
  method: 'post',
  path: '/tickets/guest/replies',
  tags,
  summary: 'A guest answers through the signed link',
  request: { query: guestQuery, ...json(CustomerReplySchema) },
  responses: {
    201: jsonContent(CustomerMessageSchema, 'The message'),
    ...guestErrors,
    409: problemResponse('The ticket is closed'),
  },
});

/** A customer's own tickets: read the conversation, answer, rate the help; a guest's one ticket by its link. */
export const customerTicketRoutes = () =>
  router()
    .openapi(read, async (c) =>
      c.json(await customerTicket(c.var.deps, c.req.valid('param').id, principalOf(c).sub), 200),
    )
    .openapi(reply, async (c) =>
      c.json(
        await customerReply(c.var.deps, c.req.valid('param').id, principalOf(c).sub, c.req.valid('json').body),
        201,
      ),
    )
    .openapi(rate, async (c) => {
      const { score, comment } = c.req.valid('json');
      return c.json(await rateTicket(c.var.deps, c.req.valid('param').id, principalOf(c).sub, score, comment), 201);
    })
    .openapi(guestRead, async (c) => c.json(await guestTicket(c.var.deps, c.req.valid('query').t), 200))
    .openapi(guestAnswer, async (c) =>
      c.json(await guestReply(c.var.deps, c.req.valid('query').t, clientAddress(c), c.req.valid('json').body), 201),
    );
