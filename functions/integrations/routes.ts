import { createRoute } from '@hono/zod-openapi';
import { requireScope } from '../auth/guard';
import { router } from '../http/router';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import { addFedEvent, putFedOrder } from './service';
import { FeedEventSchema, FeedOrderSchema, FeedParamsSchema, FeedResultSchema } from './schemas';

/** The scope a shop's client-credentials token must carry. */
export const ORDERS_WRITE = 'orders/write';

const security = [{ bearerAuth: [] }];
const machineErrors = {
  ...commonErrors,
  ...authErrors,
  403: problemResponse('The token is not a client-credentials token with scope orders/write'),
};

const putOrder = createRoute({
  method: 'put',
  path: '/integrations/orders/{orderNumber}',
  tags: ['integrations'],
  security,
  summary: 'Create or replace an order (scope orders/write); the same body twice changes nothing',
  middleware: [requireScope(ORDERS_WRITE)] as const,
  request: {
    params: FeedParamsSchema,
    body: { content: { 'application/json': { schema: FeedOrderSchema } }, required: true },
  },
  responses: {
    200: jsonContent(FeedResultSchema, 'Replaced, or unchanged'),
    201: jsonContent(FeedResultSchema, 'Created'),
    ...machineErrors,
    409: problemResponse('Too many writers at once; try again'),
  },
});

const addEvent = createRoute({
  method: 'post',
  path: '/integrations/orders/{orderNumber}/events',
  tags: ['integrations'],
  security,
  summary:
    'Append a status event (scope orders/write): the same eventId twice changes nothing; the order ends in the state of the latest `at`',
  middleware: [requireScope(ORDERS_WRITE)] as const,
  request: {
    params: FeedParamsSchema,
    body: { content: { 'application/json': { schema: FeedEventSchema } }, required: true },
  },
  responses: {
    200: jsonContent(FeedResultSchema, 'Applied, or already applied'),
    ...machineErrors,
    404: problemResponse('No such order: put it first'),
    409: problemResponse('Too many events on the order, or too many writers at once'),
  },
});

const resultOf = (r: Awaited<ReturnType<typeof putFedOrder>>) => ({
  orderNumber: r.order.orderNumber,
  status: r.order.status,
  changed: r.changed,
  version: r.order.version ?? 0,
});

export const integrationRoutes = () =>
  router()
    .openapi(putOrder, async (c) => {
      const result = await putFedOrder(c.var.deps, c.req.valid('param').orderNumber, c.req.valid('json'));
      return result.created ? c.json(resultOf(result), 201) : c.json(resultOf(result), 200);
    })
    .openapi(addEvent, async (c) => {
      const result = await addFedEvent(c.var.deps, c.req.valid('param').orderNumber, c.req.valid('json'));
      return c.json(resultOf(result), 200);
    });
