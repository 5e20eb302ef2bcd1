import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { isLocale } from '../../locales/registry';
import { requireAdmin } from '../auth/guard';
import { faqSearchOf } from '../faq/search-service';
import { router } from '../http/router';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import { ActionListsSchema, InsightsSchema, RelationshipSchema } from './schemas';
import { insightsOver } from './service';
import { actionLists, relationshipInsights } from './relationship-service';

const insights = createRoute({
  method: 'get',
  path: '/admin/insights',
  tags: ['admin: insights'],
  security: [{ bearerAuth: [] }],
  middleware: requireAdmin,
  summary: 'Searches (top, zero-result), article votes, bot intents and fallbacks, handoffs, NPS, CSAT',
  request: { query: lazySchema(() => z.object({ days: z.coerce.number().int().min(1).max(90).default(30) })) },
  responses: {
    200: jsonContent(InsightsSchema, 'Aggregates over the last `days` days'),
    ...commonErrors,
    ...authErrors,
    403: problemResponse('Not in the admins group'),
  },
});

const relationship = createRoute({
  method: 'get',
  path: '/admin/insights/relationship',
  tags: ['admin: insights'],
  security: [{ bearerAuth: [] }],
  middleware: requireAdmin,
  summary: 'Customers, churn, tenure, cohort retention, order and lifetime value, exit reasons, NPS, CSAT, resolution',
  responses: {
    200: jsonContent(RelationshipSchema, 'Figures at this moment, from aggregates kept as orders and answers arrive'),
    ...authErrors,
    403: problemResponse('Not in the admins group'),
  },
});

const lists = createRoute({
  method: 'get',
  path: '/admin/insights/relationship/lists',
  tags: ['admin: insights'],
  security: [{ bearerAuth: [] }],
  middleware: requireAdmin,
  summary: 'Customers to act on: at risk with their value, lapsed and not contacted in 90 days (no Scan)',
  responses: {
    200: jsonContent(ActionListsSchema, 'Most spend first; `method` says how each list is drawn'),
    ...authErrors,
    403: problemResponse('Not in the admins group'),
  },
});

export const adminInsightsRoutes = () =>
  router()
    .openapi(insights, async (c) => {
      const faq = faqSearchOf(c.var.deps);
      const titleOf = async (slug: string, locale: string) =>
        isLocale(locale) ? (await faq.article(slug, locale)).own?.live.question : undefined;
      return c.json(await insightsOver(c.var.deps, c.req.valid('query').days, titleOf), 200);
    })
    .openapi(relationship, async (c) => c.json(await relationshipInsights(c.var.deps), 200))
    .openapi(lists, async (c) => c.json(await actionLists(c.var.deps), 200));
