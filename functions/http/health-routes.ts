import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from './lazy-schema';
import { router } from './router';
import { jsonContent } from './schemas';

const health = createRoute({
  method: 'get',
  path: '/health',
  tags: ['system'],
  summary: 'Liveness check',
  responses: {
    200: jsonContent(
      lazySchema(() => z.object({ status: z.literal('ok') })),
      'The API is up',
    ),
  },
});

export const healthRoutes = () => router().openapi(health, (c) => c.json({ status: 'ok' as const }, 200));
