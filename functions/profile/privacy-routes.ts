import { createRoute } from '@hono/zod-openapi';
import { principalOf, requireCustomer } from '../auth/guard';
import { router } from '../http/router';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import { eraseMe, exportMine } from './privacy-service';
import { DataExportSchema, ErasureRequestSchema } from './schemas';

const security = [{ bearerAuth: [] }];

const exportMe = createRoute({
  method: 'get',
  path: '/me/export',
  tags: ['profile'],
  security,
  middleware: [requireCustomer] as const,
  summary: 'Everything stored about me, as one JSON download',
  responses: { 200: jsonContent(DataExportSchema, 'Account, profile, orders, tickets and chats'), ...authErrors },
});

const deleteMe = createRoute({
  method: 'delete',
  path: '/me',
  tags: ['profile'],
  security,
  middleware: [requireCustomer] as const,
  summary: 'Erase my account: personal data gone, orders kept without it, sign-in removed',
  request: { body: { content: { 'application/json': { schema: ErasureRequestSchema } }, required: false } },
  responses: {
    204: { description: 'Erased; the account cannot sign in any more' },
    ...commonErrors,
    ...authErrors,
    403: problemResponse('Not confirmed: wrong password, or (on AWS) no sign-in within the last five minutes'),
  },
});

export const privacyRoutes = () =>
  router()
    .openapi(exportMe, async (c) => {
      const data = await exportMine(c.var.deps, principalOf(c));
      c.header('content-disposition', 'attachment; filename="my-data.json"');
      c.header('cache-control', 'no-store');
      return c.json(data, 200);
    })
    .openapi(deleteMe, async (c) => {
      const body = c.req.header('content-type')?.includes('json') ? c.req.valid('json') : {};
      await eraseMe(c.var.deps, principalOf(c), body ?? {});
      return c.body(null, 204);
    });
