// Installs .openapi() on zod's schemas before this module builds any (functions/http/openapi-lite.ts on Lambda).
import '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from './lazy-schema';

import { LOCALES } from '../../locales/registry';

export const LocaleSchema = lazySchema(() => z.enum(LOCALES).openapi({ description: 'UI and content language' }));

/** RFC 9457 problem details, the one error shape of the API. */
const ProblemSchema = lazySchema(() =>
  z
    .object({
      type: z.string(),
      title: z.string(),
      status: z.number().int(),
      detail: z.string().optional(),
      instance: z.string().optional(),
      requestId: z.string().optional(),
      errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    })
    .openapi('Problem'),
);

export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** Standard error responses every route may give, for the OpenAPI document. */
export const commonErrors = {
  400: problemResponse('The request is malformed or fails validation'),
  429: problemResponse('Too many requests'),
} as const;

export const authErrors = {
  401: problemResponse('Missing, expired or invalid access token'),
} as const;

export const EmailSchema = lazySchema(() => z.string().trim().toLowerCase().max(254).email());
export const OrderNumberSchema = lazySchema(() =>
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{3,32}$/, 'Order numbers are 3-32 letters, digits or dashes')
    .openapi({ example: '10023' }),
);
