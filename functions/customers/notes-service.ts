import { randomUUID } from 'node:crypto';
import { NotFound } from '../commons/errors';
import type { AppDeps } from '../env';
import { renderModule } from '../faq/render-service';
import { enforceRateLimit } from '../limits/service';
import type { PersonalNote } from './store';

/** How many notes a customer's profile and page show. */
const NOTES_SHOWN = 20;

/**
 * A staff member's short personal note to a customer (thanks after a long problem, a word on a
 * special date), shown on the customer's profile. Markdown, sanitised with the FAQ's pipeline;
 * limited per staff member like ticket replies.
 */
export async function writeNote(deps: AppDeps, customerId: string, by: string, body: string): Promise<PersonalNote> {
  const email = customerId.trim().toLowerCase();
  await enforceRateLimit(deps, 'note-staff', by, deps.config.TICKET_REPLIES_PER_MINUTE_STAFF, 60);
  if (!(await deps.stores.customers.get(email))) throw new NotFound('Customer');
  const note: PersonalNote = {
    id: randomUUID().replaceAll('-', '').slice(0, 16),
    at: deps.now().toISOString(),
    by,
    body,
    html: (await renderModule()).renderAnswer(body, undefined, 'body'),
  };
  await deps.stores.directory.addNote(email, note);
  return note;
}

/** A customer's notes for staff, newest first. */
export const notesFor = (deps: Pick<AppDeps, 'stores'>, email: string) =>
  deps.stores.directory.notes(email.trim().toLowerCase(), NOTES_SHOWN);

/** What the customer sees of their notes: when, and what was written (not who on the staff). */
export async function myNotes(deps: Pick<AppDeps, 'stores'>, email: string) {
  return (await notesFor(deps, email)).map(({ id, at, html }) => ({ id, at, html }));
}
