import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ownerEmailOf, requireCustomer } from '../auth/guard';
import { clientAddress } from '../http/client-address';
import { NotAllowed, NotFound } from '../commons/errors';
import { requestLocale, router } from '../http/router';
import { toDetail, toGuestView, toSummary } from './domain/timeline';
import type { AppEnv } from '../env';
import { cancelOwnOrder, detailRules, findGuestOrder, listOwnOrders, ownOrder } from './service';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import {
  CancelRequestSchema,
  CancelResultSchema,
  GuestLookupSchema,
  GuestOrderSchema,
  LocaleQuerySchema,
  OrderDetailSchema,
  OrderListQuerySchema,
  OrderListSchema,
  OrderParamsSchema,
} from './schemas';

const security = [{ bearerAuth: [] }];
const notFound = { 404: problemResponse('No such order for this customer') };

const listOrders = createRoute({
  method: 'get',
  path: '/orders',
  tags: ['orders'],
  security,
  summary: 'Own orders, newest first',
  middleware: [requireCustomer] as const,
  request: { query: OrderListQuerySchema },
  responses: { 200: jsonContent(OrderListSchema, 'A page of orders'), ...commonErrors, ...authErrors },
});

const getOrder = createRoute({
  method: 'get',
  path: '/orders/{orderNumber}',
  tags: ['orders'],
  security,
  summary: 'One own order with its timeline',
  middleware: [requireCustomer] as const,
  request: { params: OrderParamsSchema, query: LocaleQuerySchema },
  responses: { 200: jsonContent(OrderDetailSchema, 'The order'), ...commonErrors, ...authErrors, ...notFound },
});

const cancelOrder = createRoute({
  method: 'post',
  path: '/orders/{orderNumber}/cancel',
  tags: ['orders'],
  security,
  summary: 'Cancel an order that has not shipped, with an optional reason; repeating it changes nothing',
  middleware: [requireCustomer] as const,
  request: {
    params: OrderParamsSchema,
    query: LocaleQuerySchema,
    body: { content: { 'application/json': { schema: CancelRequestSchema } }, required: false },
  },
  responses: {
    200: jsonContent(CancelResultSchema, 'The cancelled order'),
    ...commonErrors,
    ...authErrors,
    ...notFound,
    409: problemResponse('The order can no longer be cancelled; `detail` says why'),
  },
});

const lookup = createRoute({
  method: 'post',
  path: '/orders/lookup',
  tags: ['orders'],
  summary: 'Guest order status by order number and email',
  request: { body: { content: { 'application/json': { schema: GuestLookupSchema } }, required: true } },
  responses: {
    200: jsonContent(GuestOrderSchema, 'The order status'),
    ...commonErrors,
    404: problemResponse('No order matches that number and email'),
  },
});

const localeOf = (c: Context<AppEnv>, query?: string) => requestLocale(query, c.req.header('accept-language'));

export const orderRoutes = () =>
  router()
    .openapi(listOrders, async (c) => {
      const { limit, cursor, locale } = c.req.valid('query');
      const page = await listOwnOrders(c.var.deps, ownerEmailOf(c), limit, cursor);
      return c.json(
        { orders: page.orders.map((o) => toSummary(o, localeOf(c, locale))), nextCursor: page.nextCursor },
        200,
      );
    })
    .openapi(lookup, async (c) => {
      const { orderNumber, email, locale } = c.req.valid('json');
      const order = await findGuestOrder(c.var.deps, clientAddress(c), orderNumber, email);
      // Same answer for an unknown order and a wrong email, so the endpoint reveals nothing.
      if (!order) throw new NotFound('Order');
      return c.json(toGuestView(order, localeOf(c, locale)), 200);
    })
    .openapi(getOrder, async (c) => {
      const order = await ownOrder(c.var.deps, ownerEmailOf(c), c.req.valid('param').orderNumber);
      return c.json(toDetail(order, localeOf(c, c.req.valid('query').locale), detailRules(c.var.deps)), 200);
    })
    .openapi(cancelOrder, async (c) => {
      const locale = localeOf(c, c.req.valid('query').locale);
      const why = c.req.header('content-type')?.includes('json') ? c.req.valid('json') : {};
      const n = c.req.valid('param').orderNumber;
      const outcome = await cancelOwnOrder(c.var.deps, ownerEmailOf(c), n, locale, why);
      if (outcome.kind === 'refused') throw new NotAllowed(outcome.reason, { orderStatus: outcome.order.status });
      return c.json(
        { order: toDetail(outcome.order, locale, detailRules(c.var.deps)), changed: outcome.kind === 'cancelled' },
        200,
      );
    });
