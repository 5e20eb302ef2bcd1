import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { optionalAuth } from '../auth/guard';
import { clientAddress } from '../http/client-address';
import { BadRequest } from '../commons/errors';
import { router } from '../http/router';
import { chatOf, rateConversation } from './service';
import { ChatRequestSchema, ChatResponseSchema, RatingSchema, SessionIdSchema } from './schemas';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';

const chat = createRoute({
  method: 'post',
  path: '/chat',
  tags: ['chat'],
  middleware: optionalAuth,
  summary: 'One chat turn; send the returned sessionId with the next message. A bearer token is optional.',
  request: { body: { content: { 'application/json': { schema: ChatRequestSchema } }, required: true } },
  responses: {
    200: jsonContent(ChatResponseSchema, "The bot's answer"),
    ...commonErrors,
    ...authErrors,
    409: problemResponse('Another turn of this session was handled at the same time'),
  },
});

const rating = createRoute({
  method: 'post',
  path: '/chat/{sessionId}/rating',
  tags: ['chat'],
  middleware: optionalAuth,
  summary: "Rate the conversation (CSAT 1-5), once; a signed-in customer's conversation only by them",
  request: {
    params: lazySchema(() =>
      z.object({ sessionId: SessionIdSchema.openapi({ param: { name: 'sessionId', in: 'path' } }) }),
    ),
    body: { content: { 'application/json': { schema: RatingSchema } }, required: true },
  },
  responses: {
    202: jsonContent(
      lazySchema(() => z.object({ recorded: z.literal(true) })),
      'Thank you',
    ),
    ...commonErrors,
    404: problemResponse('No such conversation'),
    409: problemResponse('Already rated'),
  },
});

export const chatRoutes = () =>
  router()
    .openapi(chat, async (c) => {
      const { message, locale, sessionId } = c.req.valid('json');
      const { config } = c.var.deps;
      if ([...message].length > config.MAX_CHAT_MESSAGE_CHARS) {
        throw new BadRequest(`Messages are limited to ${config.MAX_CHAT_MESSAGE_CHARS} characters`, {
          errors: [{ field: 'message', message: 'Too long' }],
        });
      }
      const reply = await chatOf(c.var.deps).turn({
        message,
        locale,
        sessionId,
        principal: c.var.principal,
        client: clientAddress(c),
      });
      return c.json(reply, 200);
    })
    .openapi(rating, async (c) => {
      const { sessionId } = c.req.valid('param');
      const { score, comment } = c.req.valid('json');
      await rateConversation(c.var.deps, sessionId, c.var.principal?.sub, score, comment);
      return c.json({ recorded: true as const }, 202);
    });
