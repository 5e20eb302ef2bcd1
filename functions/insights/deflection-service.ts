import type { Stores } from '../store';
import type { InsightsDeps } from './service';
import { dailyHelpPart, helpDayAttr, withinADay } from './domain/deflection';

const DAY_MS = 86_400_000;

/** Adds one to a day's help counter: s (chat started), t (chat handed off within a day), q (search visit), qt (search visit then a ticket within a day). */
export const countHelpDay = (stores: Stores, kind: 's' | 't' | 'q' | 'qt', day: Date) =>
  stores.relationship.add({ [dailyHelpPart(day)]: { [helpDayAttr(kind, day)]: 1 } });

/**
 * A typed search of a help visit (the browser's random id per tab): the visit's first search
 * starts it and counts it once under its day; later searches of the visit count nothing.
 */
export async function recordSearchVisit({ stores, now }: Pick<InsightsDeps, 'stores' | 'now'>, visit: string) {
  const at = now();
  if (await stores.stats.startVisit(visit, at, Math.floor(at.getTime() / 1000) + 2 * 86_400))
    await countHelpDay(stores, 'q', at);
}

/**
 * A ticket opened in a help visit (the browser tells, after a handoff or a problem report): the
 * visit counts as followed by a ticket, once, if it started at most a day before.
 */
export async function recordVisitTicket({ stores, now }: Pick<InsightsDeps, 'stores' | 'now'>, visit: string) {
  const at = now();
  const startedAt = await stores.stats.visitTicket(visit, at, new Date(at.getTime() - DAY_MS));
  if (startedAt && withinADay(startedAt, at)) await countHelpDay(stores, 'qt', new Date(startedAt));
}
