import { createRoute } from '@hono/zod-openapi';
import { principalOf, requireStaff } from '../auth/guard';
import { router } from '../http/router';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import {
  CustomerParamsSchema,
  CustomerPictureSchema,
  CustomerSearchQuerySchema,
  CustomerSearchSchema,
  NewNoteSchema,
  PersonalNoteSchema,
} from './schemas';
import { writeNote } from './notes-service';
import { customerPicture, searchCustomers } from './service';

const security = [{ bearerAuth: [] }];
const errors = { ...commonErrors, ...authErrors, 403: problemResponse('Not in the agents or the admins group') };

const search = createRoute({
  method: 'get',
  path: '/admin/customers',
  tags: ['admin: customers'],
  security,
  middleware: requireStaff,
  summary: 'Find customers by email, order number or name (agents and admins)',
  request: { query: CustomerSearchQuerySchema },
  responses: { 200: jsonContent(CustomerSearchSchema, 'At most 20 customers, exact matches first'), ...errors },
});

const picture = createRoute({
  method: 'get',
  path: '/admin/customers/{id}',
  tags: ['admin: customers'],
  security,
  middleware: requireStaff,
  summary:
    "One customer's whole picture: profile, tier, stage, orders with timelines, tickets, chats, NPS and CSAT given, messages sent",
  request: { params: CustomerParamsSchema },
  responses: {
    200: jsonContent(CustomerPictureSchema, 'The customer'),
    ...errors,
    404: problemResponse('No such customer'),
  },
});

const note = createRoute({
  method: 'post',
  path: '/admin/customers/{id}/notes',
  tags: ['admin: customers'],
  security,
  middleware: requireStaff,
  summary: 'Write a short personal note to a customer (Markdown, sanitised); they see it on their profile',
  request: {
    params: CustomerParamsSchema,
    body: { content: { 'application/json': { schema: NewNoteSchema } }, required: true },
  },
  responses: {
    201: jsonContent(PersonalNoteSchema, 'The note, as the customer will see it'),
    ...errors,
    404: problemResponse('No such customer'),
  },
});

export const adminCustomerRoutes = () =>
  router()
    .openapi(search, async (c) => c.json(await searchCustomers(c.var.deps, c.req.valid('query').q), 200))
    .openapi(picture, async (c) => c.json(await customerPicture(c.var.deps, c.req.valid('param').id), 200))
    .openapi(note, async (c) => {
      const principal = principalOf(c);
      const written = await writeNote(
        c.var.deps,
        c.req.valid('param').id,
        principal.email ?? principal.sub,
        c.req.valid('json').body,
      );
      return c.json(written, 201);
    });
