import { z } from '@hono/zod-openapi';

const QueryCount = z.object({
  locale: z.string(),
  query: z.string(),
  count: z.number().int(),
  results: z.number().int(),
});

export const InsightsSchema = z
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
  .openapi('Insights');
export type Insights = z.infer<typeof InsightsSchema>;
