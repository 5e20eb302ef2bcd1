import type { Stores } from '../store';
import type { Config } from '../config';
import { deltaBetween, PARTS, sameSummary, summarise, type Delta } from './domain/customer-summary';
import { lastMonths, relationshipFigures } from './domain/relationship';

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
    if (sameSummary(state.summary, next)) return {};
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

/** The relationship insights at `now`: a fixed number of counter items, however many customers. */
export async function relationshipInsights({ stores, now, config }: RelationshipDeps) {
  const at = now();
  const months = lastMonths(at, 12);
  const monthly = (kind: string) => months.map((m) => `${kind}#${m}`);
  const parts = [
    PARTS.totals,
    PARTS.first,
    PARTS.last,
    EXIT_PART,
    ...months.map(PARTS.cohort),
    ...monthly('NPS'),
    ...monthly('CSAT'),
    ...monthly('HELP'),
    ...monthly('TICKETS'),
  ];
  const items = await stores.relationship.read(parts);
  const byMonth = (kind: string) => Object.fromEntries(months.map((m) => [m, items[`${kind}#${m}`] ?? {}]));
  return relationshipFigures(
    {
      totals: items[PARTS.totals] ?? {},
      first: items[PARTS.first] ?? {},
      last: items[PARTS.last] ?? {},
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
}
