import { flushPendingWrites } from '../commons/pending-writes';
import type { Stores } from '../store';
import type { Config } from '../config';
import { deltaBetween, PARTS, sameSummary, summarise, type Delta } from './domain/customer-summary';
import { byDay, dayLevelMonths, lastMonths, relationshipFigures } from './domain/relationship';
import { deflection, deflectionDays, monthsOf } from './domain/deflection';
import {
  actionWindows,
  AT_RISK,
  CONTACTED_DAYS,
  type DayWindow,
  LAPSED,
  lastSent,
  topBySpend,
} from './domain/action-lists';

/** What keeping and reading the relationship aggregates needs from the app. */
export interface RelationshipDeps {
  stores: Stores;
  config: Config;
  now: () => Date;
}

const MAX_ATTEMPTS = 20;

/** Monthly counter parts (one item per month and kind). */
export const monthlyPart = (kind: 'NPS' | 'CSAT' | 'HELP' | 'TICKETS', at: Date) =>
  `${kind}#${at.toISOString().slice(0, 7)}`;
export const EXIT_PART = 'EXIT';

/**
 * Brings the shop-wide aggregates in line with one customer's orders, after their order facts
 * changed: the customer's new summary replaces the one the item remembers (a conditional swap),
 * and only the winner of the swap adds the difference. The same order fed twice, or events in any
 * order, end in the same summary, so the aggregates count each customer once. Returns the delta
 * added (empty when nothing changed).
 */
export async function refreshRelationship({ stores }: Pick<RelationshipDeps, 'stores'>, email: string): Promise<Delta> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const state = await stores.relationship.customerState(email);
    if (!state.exists) return {};
    const next = summarise(state.facts);
    // Same summary and already in the last-order index: nothing to do (an item summarised before
    // the index existed is swapped once to enter it, adding nothing).
    const indexed = stores.relationship.indexedFor(email, next, state.indexedAs);
    if (sameSummary(state.summary, next) && indexed) return {};
    if (await stores.relationship.swapSummary(email, state.version, next)) {
      const delta = deltaBetween(state.summary, next);
      await stores.relationship.add(delta);
      return delta;
    }
  }
  throw new Error(`relationship summary of one customer kept changing under ${MAX_ATTEMPTS} attempts`);
}

/**
 * Takes a customer out of the aggregates (their account is being erased): their summary becomes
 * none, and what it added is taken back.
 */
export async function forgetRelationship({ stores }: Pick<RelationshipDeps, 'stores'>, email: string) {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const state = await stores.relationship.customerState(email);
    if (!state.exists || !state.summary) return;
    if (await stores.relationship.swapSummary(email, state.version, null)) {
      await stores.relationship.add(deltaBetween(state.summary, null));
      return;
    }
  }
}

/** Adds one to a monthly counter (an NPS answer, a CSAT rating, a help session, a solved ticket). */
export const countMonthly = (
  { stores }: Pick<RelationshipDeps, 'stores'>,
  kind: 'NPS' | 'CSAT' | 'HELP' | 'TICKETS',
  at: Date,
  counts: Record<string, number>,
) => stores.relationship.add({ [monthlyPart(kind, at)]: counts });

/** The relationship insights at `now`: a fixed number of small counter items, however many customers and however old the shop. */
export async function relationshipInsights({ stores, now, config }: RelationshipDeps) {
  // Counts waiting in memory (the chat's help sessions) are written first: a read is exact.
  await flushPendingWrites();
  const at = now();
  const months = lastMonths(at, 12);
  const monthly = (kind: string) => months.map((m) => `${kind}#${m}`);
  // First and latest orders: the month counts, and day by day only the months the figures need.
  const dayMonths = dayLevelMonths(at, config.CHURN_DAYS);
  const parts = [
    PARTS.totals,
    PARTS.firstMonths,
    PARTS.lastMonths,
    ...dayMonths.first.map(PARTS.first),
    ...dayMonths.last.map(PARTS.last),
    EXIT_PART,
    ...months.map(PARTS.cohort),
    ...monthly('NPS'),
    ...monthly('CSAT'),
    ...monthly('HELP'),
    ...monthly('TICKETS'),
  ];
  const helpDays = deflectionDays(at);
  const helpParts = monthsOf(helpDays).map((m) => `HELPD#${m}`);
  const items = await stores.relationship.read([...parts, ...helpParts]);
  const daysOf = (months: string[], part: (m: string) => string) =>
    Object.fromEntries(months.map((m) => [m, items[part(m)] ?? {}]));
  const byMonth = (kind: string) => Object.fromEntries(months.map((m) => [m, items[`${kind}#${m}`] ?? {}]));
  const figures = relationshipFigures(
    {
      totals: items[PARTS.totals] ?? {},
      first: byDay(items[PARTS.firstMonths] ?? {}, daysOf(dayMonths.first, PARTS.first)),
      last: byDay(items[PARTS.lastMonths] ?? {}, daysOf(dayMonths.last, PARTS.last)),
      exits: items[EXIT_PART] ?? {},
      cohorts: byMonth('COHORT'),
      nps: byMonth('NPS'),
      csat: byMonth('CSAT'),
      help: byMonth('HELP'),
      tickets: byMonth('TICKETS'),
    },
    at,
    config.CHURN_DAYS,
  );
  const deflected = deflection(items, helpDays);
  return {
    ...figures,
    deflection: deflected,
    method: {
      ...figures.method,
      deflection: `complete days ${deflected.from} to ${deflected.to} (each day's 24 hours after it had passed): help contacts are help visits (a browser tab's first typed help search; the browser sends a random id per tab) and chats started; a contact is deflected when no ticket followed within a day: for a chat, no handoff within 24 hours of its first turn; for a visit, the site did not report a handoff or problem report from that tab within 24 hours of its first search`,
    },
  };
}

const LIST_SIZE = 25;

/**
 * Customers an admin can act on, most spend first: at risk (last counting order 181-365 days
 * ago, the stage at_risk) and lapsed within the last year (366-730 days ago) with no message sent
 * to them in the last 90 days. Read from the last-order index, a partition per month of the
 * window (no Scan), each customer's latest messages for the contact check.
 */
export async function actionLists({ stores, now }: Pick<RelationshipDeps, 'stores' | 'now'>) {
  const at = now();
  const windows = actionWindows(at);
  const read = async (w: DayWindow, limit: number) =>
    topBySpend(
      (await Promise.all(w.months.map((m) => stores.relationship.lastOrderedIn(m, w.from, w.to, limit)))).flat(),
      limit,
    );
  const [atRisk, lapsedCandidates] = await Promise.all([
    read(windows.atRisk, LIST_SIZE),
    read(windows.lapsed, LIST_SIZE * 2),
  ]);
  const since = new Date(at.getTime() - CONTACTED_DAYS * 86_400_000).toISOString();
  const contacts = await Promise.all(lapsedCandidates.map((c) => stores.directory.messages(c.email, 5)));
  const lapsed = lapsedCandidates
    .map((c, i) => ({ ...c, lastContactedAt: lastSent(contacts[i] ?? []) }))
    .filter((c) => !c.lastContactedAt || c.lastContactedAt < since)
    .slice(0, LIST_SIZE)
    .map(({ lastContactedAt, ...c }) => ({ ...c, ...(lastContactedAt ? { lastContactedAt } : {}) }));
  // Detractors of the last three months with no message sent to them since they answered.
  const months = lastMonths(at, 3).reverse();
  const answers = (await Promise.all(months.map((m) => stores.relationship.detractorsIn(m, LIST_SIZE * 2))))
    .flat()
    .slice(0, LIST_SIZE * 2);
  const [messages, profiles] = await Promise.all([
    Promise.all(answers.map((a) => stores.directory.messages(a.email, 5))),
    Promise.all(answers.map((a) => stores.customers.get(a.email))),
  ]);
  const detractors = answers
    .map((a, i) => ({ ...a, name: profiles[i]?.name ?? '', followedUpAt: lastSent(messages[i] ?? []) }))
    .filter((a) => !a.followedUpAt || a.followedUpAt <= a.at)
    .slice(0, LIST_SIZE)
    .map(({ followedUpAt: _f, ...a }) => a);
  return {
    atRisk,
    lapsed,
    detractors,
    method: {
      detractors: `NPS answers 0-6 of the last three calendar months, newest first, with no message sent to the customer after the answer (their five latest messages checked; a ticket reply is a message); the ${LIST_SIZE} newest`,
      atRisk: `last order that counts (not cancelled or returned) ${windows.atRisk.from} to ${windows.atRisk.to}, ${AT_RISK.olderThanDays + 1}-${AT_RISK.upToDays} days ago: the stage at_risk; the ${LIST_SIZE} with the most spend`,
      lapsed: `last order that counts ${windows.lapsed.from} to ${windows.lapsed.to}, ${LAPSED.olderThanDays + 1}-${LAPSED.upToDays} days ago (lapsed within the last year), no message sent to them in the last ${CONTACTED_DAYS} days (their five latest messages checked); the ${LIST_SIZE} with the most spend`,
      value: 'spend so far on orders that count',
    },
  };
}
