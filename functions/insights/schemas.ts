// Installs .openapi() on zod's schemas before this module builds any (functions/http/openapi-lite.ts on Lambda).
import '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';

const QueryCount = lazySchema(() =>
  z.object({
    locale: z.string(),
    query: z.string(),
    count: z.number().int(),
    results: z.number().int(),
  }),
);

export const InsightsSchema = lazySchema(() =>
  z
    .object({
      searches: z.object({ total: z.number().int(), top: z.array(QueryCount), zeroResults: z.array(QueryCount) }),
      articles: z.object({
        votes: z.array(
          z.object({
            slug: z.string(),
            locale: z.string(),
            up: z.number().int(),
            down: z.number().int(),
            helpfulRatio: z.number(),
          }),
        ),
        byTitle: z
          .array(
            z.object({
              slug: z.string(),
              locale: z.string(),
              title: z.string().openapi({ description: 'The question as published (the slug when it is gone)' }),
              views: z.number().int().openapi({ description: 'Times the article page was opened in the window' }),
              up: z.number().int(),
              down: z.number().int(),
              helpfulRatio: z
                .number()
                .nullable()
                .openapi({ description: 'up / (up + down) in the window; null without votes' }),
              trend: z.object({
                recent: z.number().int().openapi({ description: 'Views in the last 7 days' }),
                previous: z.number().int().openapi({ description: 'Views in the 7 days before' }),
                change: z
                  .number()
                  .nullable()
                  .openapi({ description: '(recent - previous) / previous; null when previous is 0' }),
              }),
            }),
          )
          .openapi({ description: 'Most read first, at most 50' }),
        unhelpful: z.array(
          z.object({
            slug: z.string(),
            locale: z.string(),
            down: z.number().int(),
            reasons: z.array(z.object({ reason: z.string(), comment: z.string().optional(), at: z.string() })),
          }),
        ),
      }),
      bot: z.object({
        intents: z.array(z.object({ intent: z.string(), count: z.number().int() })),
        fallbacks: z.array(z.object({ locale: z.string(), utterance: z.string(), count: z.number().int() })),
        handoffs: z.number().int(),
      }),
      nps: z.object({
        responses: z.number().int(),
        score: z.number().nullable(),
        promoters: z.number().int(),
        passives: z.number().int(),
        detractors: z.number().int(),
      }),
      csat: z.object({
        responses: z.number().int(),
        average: z.number().nullable(),
        satisfiedShare: z.number().nullable(),
      }),
    })
    .openapi('Insights'),
);
export type Insights = z.infer<typeof InsightsSchema>;

const Share = lazySchema(() => z.number().min(0).max(1));

export const RelationshipSchema = lazySchema(() =>
  z
    .object({
      customers: z
        .number()
        .int()
        .openapi({ description: 'Customers with at least one order not cancelled or returned' }),
      activeCustomers: z.number().int().openapi({ description: 'Customers whose latest order is within CHURN_DAYS' }),
      churnRateLast12Months: Share,
      tenure: z.array(z.object({ bucket: z.string(), customers: z.number().int() })),
      retentionByCohort: z.array(
        z.object({
          cohort: z.string().openapi({ description: 'First-order month, YYYY-MM' }),
          size: z.number().int(),
          retained: z
            .array(Share)
            .openapi({ description: 'Share of the cohort ordering k months after its first month' }),
        }),
      ),
      averageOrderValueCents: z.number().int(),
      customerLifetimeValueCents: z.number().int().openapi({ description: 'Average spend per customer so far' }),
      customerLifetimeValueForecastCents: z.number().int(),
      top20RevenueShare: Share,
      exitReasons: z.array(
        z.object({
          reason: z.string(),
          source: z
            .enum(['account', 'cancel', 'return'])
            .openapi({ description: 'Given when closing the account, cancelling an order or returning items' }),
          count: z.number().int(),
        }),
      ),
      nps: z.object({
        score: z.number().int().nullable(),
        promoters: z.number().int(),
        passives: z.number().int(),
        detractors: z.number().int(),
        responses: z.number().int(),
        trend: z.array(
          z.object({ month: z.string(), score: z.number().int().nullable(), responses: z.number().int() }),
        ),
      }),
      csat: Share.nullable().openapi({ description: 'Share of ratings 4 or 5 (of 5) in the last 12 months' }),
      csatResponses: z.number().int(),
      selfServiceResolutionRate: Share,
      firstContactResolutionRate: Share,
      deflection: z
        .object({
          rate: Share.nullable().openapi({
            description: 'Help contacts no ticket followed within a day; null without contacts',
          }),
          searchVisits: z.number().int(),
          searchVisitsWithTicket: z.number().int(),
          chats: z.number().int(),
          chatsWithTicket: z.number().int(),
          days: z.number().int(),
          from: z.string(),
          to: z.string(),
        })
        .openapi({ description: 'Over the last 30 complete days; `method.deflection` says how' }),
      counts: z.record(z.string(), z.number()),
      method: z.record(z.string(), z.union([z.string(), z.number()])),
    })
    .openapi('RelationshipInsights'),
);

const ListedCustomerSchema = lazySchema(() =>
  z.object({
    email: z.string().openapi({ description: "Also the customer's id on the customers page" }),
    name: z.string(),
    locale: z.string().optional(),
    spendCents: z.number().int(),
    orders: z.number().int(),
    firstDay: z.string(),
    lastDay: z.string().openapi({ description: 'Day of the last order that counts' }),
    lastContactedAt: z.string().optional().openapi({ description: 'Latest message sent to them (lapsed list)' }),
  }),
);

export const ActionListsSchema = lazySchema(() =>
  z
    .object({
      atRisk: z.array(ListedCustomerSchema),
      lapsed: z.array(ListedCustomerSchema),
      detractors: z.array(
        z.object({
          email: z.string(),
          name: z.string(),
          score: z.number().int(),
          at: z.string(),
          comment: z.string().optional(),
          orderNumber: z.string().optional(),
        }),
      ),
      method: z.record(z.string(), z.string()),
    })
    .openapi('CustomerActionLists'),
);
