// Installs .openapi() on zod's schemas before this module builds any (functions/http/openapi-lite.ts on Lambda).
import '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { LocaleSchema } from '../http/schemas';
import { MESSAGE_KINDS, MESSAGE_STATUSES, NOTICE_KINDS } from './domain/message';

export const OutboxMessageSchema = lazySchema(() =>
  z
    .object({
      id: z.string(),
      to: z.string(),
      kind: z.enum([...MESSAGE_KINDS, ...NOTICE_KINDS]),
      locale: LocaleSchema,
      subject: z.string(),
      status: z.enum(MESSAGE_STATUSES),
      createdAt: z.string(),
      sentAt: z.string().optional(),
      attempts: z.number().int(),
      lastError: z.string().optional().openapi({ description: 'Why the last send failed' }),
    })
    .openapi('OutboxMessage'),
);

export const OutboxListSchema = lazySchema(() =>
  z.object({ messages: z.array(OutboxMessageSchema), nextCursor: z.string().optional() }).openapi('OutboxList'),
);

export const OutboxListQuerySchema = lazySchema(() =>
  z.object({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.string().max(1024).optional(),
  }),
);

export const UnsubscribeQuerySchema = lazySchema(() =>
  z.object({
    token: z.string().min(3).max(512).openapi({ description: 'The signed token of the link in the message' }),
    locale: LocaleSchema.optional(),
  }),
);
