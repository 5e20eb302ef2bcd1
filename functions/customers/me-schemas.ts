// Installs .openapi() on zod's schemas before this module builds any (functions/http/openapi-lite.ts on Lambda).
import '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';

// A customer's own notes: apart from the staff's customer schemas (schemas.ts), so the customer
// function builds only this one at init.
export const MyNotesSchema = lazySchema(() =>
  z.object({ notes: z.array(z.object({ id: z.string(), at: z.string(), html: z.string() })) }).openapi('MyNotes'),
);
