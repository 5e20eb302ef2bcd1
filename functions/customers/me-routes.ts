import { createRoute } from '@hono/zod-openapi';
import { ownerEmailOf, requireCustomer } from '../auth/guard';
import { router } from '../http/router';
import { authErrors, commonErrors, jsonContent } from '../http/schemas';
import { myNotes } from './notes-service';
import { MyNotesSchema } from './me-schemas';

const security = [{ bearerAuth: [] }];

const mine = createRoute({
  method: 'get',
  path: '/me/notes',
  tags: ['profile'],
  security,
  middleware: requireCustomer,
  summary: 'Personal notes the shop’s staff wrote to the caller, newest first',
  responses: { 200: jsonContent(MyNotesSchema, 'Notes'), ...commonErrors, ...authErrors },
});

/** The customer's side: their notes, on the profile. */
export const myNoteRoutes = () =>
  router().openapi(mine, async (c) => c.json({ notes: await myNotes(c.var.deps, ownerEmailOf(c)) }, 200));
