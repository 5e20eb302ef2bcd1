import { createRoute, z } from '@hono/zod-openapi';
import { requireAdmin } from '../auth/guard';
import { router } from '../http/router';
import { summariseInsights } from './domain/insights';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import { InsightsSchema } from './schemas';
import { lastDays } from './store';

const insights = createRoute({
  method: 'get', path: '/admin/insights', tags: ['admin: insights'], security: [{ bearerAuth: [] }], middleware: requireAdmin,
  summary: 'Searches (top, zero-result), article votes, bot intents and fallbacks, handoffs, NPS, CSAT',
  request: { query: z.object({ days: z.coerce.number().int().min(1).max(90).default(30) }) },
  responses: { 200: jsonContent(InsightsSchema, 'Aggregates over the last `days` days'), ...commonErrors, ...authErrors, 403: problemResponse('Not in the admins group') },
});

export const adminInsightsRoutes = () =>
  router().openapi(insights, async (c) => {
    const { stores, now } = c.var.deps;
    const days = lastDays(now(), c.req.valid('query').days);
    const [searches, votes, voteNotes, intents, fallbacks, handoffs, nps, csat] = await Promise.all([
      stores.stats.list('SEARCH', days), stores.stats.list('VOTES', ['all']), stores.stats.notes('VOTE', days.slice(0, 30)),
      stores.stats.list('INTENT', days), stores.stats.list('FALLBACK', days), stores.stats.list('HANDOFF', days),
      stores.stats.list('NPS', days), stores.stats.list('CSAT', days),
    ]);
    return c.json(summariseInsights({ searches, votes, voteNotes, intents, fallbacks, handoffs, nps, csat }), 200);
  });
