import { api } from './api/client';

const KEY = 'portal.helpVisit';

/**
 * This tab's help visit: a random id, kept for the tab (sessionStorage), sent with typed help
 * searches. Deflection counts visits no ticket followed within a day; it names no one.
 */
export function helpVisit(): string | undefined {
  try {
    let id = sessionStorage.getItem(KEY);
    if (!id) {
      id = crypto.randomUUID();
      sessionStorage.setItem(KEY, id);
    }
    return id;
  } catch {
    return undefined; // storage blocked: the search is simply not counted as a visit
  }
}

/** Tells that this tab's visit opened a ticket (a handoff, a problem report); best effort, never fails the page. */
export function visitOpenedTicket(): void {
  let id: string | null = null;
  try {
    id = sessionStorage.getItem(KEY);
  } catch {
    return;
  }
  if (!id) return;
  void api
    .POST('/feedback/help-visits/{visit}/ticket', { auth: 'none', params: { path: { visit: id } } })
    .catch(() => undefined);
}
