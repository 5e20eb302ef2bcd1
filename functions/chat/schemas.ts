// Installs .openapi() on zod's schemas before this module builds any (functions/http/openapi-lite.ts on Lambda).
import '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import bundledIntents from './domain/bot/rules/intents.json' with { type: 'json' };
import { FALLBACK_INTENT } from './domain/bot/types';
import { LocaleSchema } from '../http/schemas';

export const SessionIdSchema = lazySchema(() => z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'Not a session id'));

export const ChatRequestSchema = lazySchema(() =>
  z
    .strictObject({
      message: z.string().trim().min(1, 'Write a message').max(4000),
      locale: LocaleSchema.optional(),
      sessionId: SessionIdSchema.optional(),
    })
    .openapi('ChatRequest'),
);

const OrderReply = lazySchema(() =>
  z.object({
    orderNumber: z.string(),
    status: z.string(),
    placedAt: z.string(),
    statusText: z.string(),
    expectedDelivery: z.string().optional(),
    trackingUrl: z.string().optional(),
    carrier: z.string().optional(),
    trackingNumber: z.string().optional(),
  }),
);

const ReplySchema = lazySchema(() =>
  z
    .discriminatedUnion('type', [
      z.object({ type: z.literal('text'), text: z.string() }),
      z.object({ type: z.literal('link'), text: z.string(), url: z.string() }),
      z.object({
        type: z.literal('choices'),
        text: z.string(),
        choices: z.array(z.object({ label: z.string(), value: z.string() })),
      }),
      z.object({ type: z.literal('order'), order: OrderReply }),
    ])
    .openapi('ChatReply'),
);

/** Intent ids come from the rule file (an admin may add some), so the contract lists the bundled ones. */
const INTENT_DESCRIPTION = `The intent the bot recognised: an intent id of the current rule file, or \`${FALLBACK_INTENT}\` when it did not understand. The bundled rules define: ${[...bundledIntents.intents.map((i) => i.id), FALLBACK_INTENT].map((id) => `\`${id}\``).join(', ')}.`;

export const ChatResponseSchema = lazySchema(() =>
  z
    .object({
      sessionId: z.string(),
      intent: z.string().openapi({ description: INTENT_DESCRIPTION, example: 'order_status' }),
      confidence: z.number(),
      locale: LocaleSchema,
      replies: z.array(ReplySchema),
      handoff: z.object({ ticketId: z.string() }).optional(),
    })
    .openapi('ChatResponse'),
);

export const RatingSchema = lazySchema(() =>
  z
    .strictObject({ score: z.number().int().min(1).max(5), comment: z.string().trim().max(1000).optional() })
    .openapi('ChatRating'),
);
