import { createRoute } from '@hono/zod-openapi';
import { requireAdmin } from '../auth/guard';
import { router } from '../http/router';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import { OutboxListQuerySchema, OutboxListSchema } from './schemas';
import { listOutbox } from './service';

const list = createRoute({
  method: 'get',
  path: '/admin/outbox',
  tags: ['admin: outbox'],
  security: [{ bearerAuth: [] }],
  middleware: requireAdmin,
  summary: 'Every message the portal sent or will send, newest first',
  request: { query: OutboxListQuerySchema },
  responses: {
    200: jsonContent(OutboxListSchema, 'A page of messages'),
    ...commonErrors,
    ...authErrors,
    403: problemResponse('Not in the admins group'),
  },
});

export const adminOutboxRoutes = () =>
  router().openapi(list, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    return c.json(await listOutbox(c.var.deps, limit, cursor), 200);
  });
