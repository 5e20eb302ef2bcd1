import { createRoute } from '@hono/zod-openapi';
import { requireAdmin } from '../auth/guard';
import { router } from '../http/router';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import { backfillOrders } from './backfill-service';
import { BackfillBodySchema, BackfillReportSchema } from './schemas';

const backfill = createRoute({
  method: 'post',
  path: '/admin/orders/backfill',
  tags: ['admin: orders'],
  security: [{ bearerAuth: [] }],
  middleware: requireAdmin,
  summary:
    'Backfill past orders (up to 100 rows a request): each row is created, updated, unchanged or reported with its errors; the same rows again change nothing',
  request: { body: { content: { 'application/json': { schema: BackfillBodySchema } }, required: true } },
  responses: {
    200: jsonContent(BackfillReportSchema, 'Per-row report'),
    ...commonErrors,
    ...authErrors,
    403: problemResponse('Not in the admins group'),
  },
});

export const adminBackfillRoutes = () =>
  router().openapi(backfill, async (c) => c.json(await backfillOrders(c.var.deps, c.req.valid('json')), 200));
