import { createRoute, z } from '@hono/zod-openapi';
import { requireAdmin } from '../auth/guard';
import { router } from '../http/router';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import { InsightsSchema } from './schemas';
import { insightsOver } from './service';

const insights = createRoute({
  method: 'get',
  path: '/admin/insights',
  tags: ['admin: insights'],
  security: [{ bearerAuth: [] }],
  middleware: requireAdmin,
  summary: 'Searches (top, zero-result), article votes, bot intents and fallbacks, handoffs, NPS, CSAT',
  request: { query: z.object({ days: z.coerce.number().int().min(1).max(90).default(30) }) },
  responses: {
    200: jsonContent(InsightsSchema, 'Aggregates over the last `days` days'),
    ...commonErrors,
    ...authErrors,
    403: problemResponse('Not in the admins group'),
  },
});

export const adminInsightsRoutes = () =>
  router().openapi(insights, async (c) => c.json(await insightsOver(c.var.deps, c.req.valid('query').days), 200));
