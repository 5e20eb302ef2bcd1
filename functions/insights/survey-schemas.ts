// Installs .openapi() on zod's schemas before this module builds any (functions/http/openapi-lite.ts on Lambda).
import '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { LocaleSchema, OrderNumberSchema } from '../http/schemas';

// The customer's NPS survey, apart from the admin dashboards' schemas (schemas.ts): the customer
// function builds only these at init, not the insights and relationship documents it never serves.

export const SurveyQuerySchema = lazySchema(() =>
  z.object({
    token: z.string().min(3).max(1024).openapi({ description: 'The signed token of the survey link' }),
    score: z.coerce.number().int().min(0).max(10).optional().openapi({ description: 'The score the link chose' }),
    locale: LocaleSchema.optional(),
  }),
);

export const SurveyAnswerFormSchema = lazySchema(() =>
  z.strictObject({
    score: z.coerce.number().int().min(0).max(10),
    comment: z
      .string()
      .trim()
      .max(1000)
      .optional()
      .transform((v) => v || undefined),
  }),
);

export const OrderNumberParamSchema = lazySchema(() =>
  z.object({
    orderNumber: OrderNumberSchema.openapi({ param: { name: 'orderNumber', in: 'path' } }),
  }),
);

export const NpsInvitationStateSchema = lazySchema(() =>
  z
    .object({
      orderNumber: z.string(),
      open: z.boolean().openapi({ description: 'Due, not answered, link not expired: ask on the order page' }),
      answered: z.boolean(),
      dueAt: z.string().optional().openapi({ description: 'When the invitation is (was) due; absent without one' }),
    })
    .openapi('NpsInvitationState'),
);

export const NpsSchema = lazySchema(() =>
  z
    .strictObject({
      score: z.number().int().min(0).max(10),
      comment: z.string().trim().max(1000).optional(),
      orderNumber: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9-]{3,32}$/)
        .optional(),
    })
    .openapi('Nps'),
);
