import {
  deltaBetween,
  type CustomerSummary,
  type Delta,
  type OrderFact,
  sameSummary,
  summarise,
} from './customer-summary';

/** A customer item as the rebuild reads it: who, and the summary it says it added to the aggregates. */
export interface StoredCustomer {
  email: string;
  summary: CustomerSummary | null;
  version: number;
  indexedAs?: string;
}

/** An order as the rebuild reads it: whose, and the facts a summary is built from. */
export type StoredOrder = OrderFact & { email: string };

/** A day counter of survey answers (STATS#NPS#<day> / <score>, STATS#CSAT#<day> / <score>). */
export interface DayCounter {
  kind: 'NPS' | 'CSAT';
  day: string;
  key: string;
  count: number;
}

/**
 * Aggregate parts the rebuild recomputes, by prefix: the customer parts (from orders) and the
 * monthly survey parts (from the day counters written with each answer). The other parts count
 * events whose items do not last (help sessions and visits expire, an erasure deletes ticket
 * conversations, exit reasons are kept without who gave them): they are reported, not rebuilt.
 *
 * FIRST and LAST (exact) are the layout before the day counters were split by month: nothing
 * rebuilds them, so a check names every entry they still hold and `--write` removes them.
 */
export const REBUILT_PARTS = [
  'TOTALS',
  'FIRSTM',
  'LASTM',
  'FIRST#',
  'LAST#',
  'COHORT#',
  'NPS#',
  'CSAT#',
  'FIRST',
  'LAST',
] as const;
export const isRebuiltPart = (part: string) =>
  REBUILT_PARTS.some((p) => (p.endsWith('#') ? part.startsWith(p) : part === p));

const addInto = (into: Delta, delta: Delta) => {
  for (const [part, attrs] of Object.entries(delta)) {
    const item = into[part] ?? {};
    into[part] = item;
    for (const [attr, n] of Object.entries(attrs)) item[attr] = (item[attr] ?? 0) + n;
  }
};

/**
 * Each customer's summary from their orders (only customers with an item count, as on the write
 * path: an erased customer's orders stay under an owner with no item). Pure.
 */
export function summariesOf(customers: readonly StoredCustomer[], orders: readonly StoredOrder[]) {
  const byEmail = new Map<string, OrderFact[]>();
  for (const { email, placedAt, totalCents, status } of orders) {
    const key = email.toLowerCase();
    const list = byEmail.get(key) ?? [];
    list.push({ placedAt, totalCents, status });
    byEmail.set(key, list);
  }
  return new Map(customers.map((c) => [c.email, summarise(byEmail.get(c.email) ?? [])] as const));
}

/**
 * The rebuilt parts from the items: every customer's share (the same contribution the write path
 * adds, `deltaBetween(null, summary)`), and the survey months summed from their day counters. Pure.
 */
export function rebuildParts(summaries: ReadonlyMap<string, CustomerSummary | null>, days: readonly DayCounter[]) {
  const parts: Delta = {};
  for (const summary of summaries.values()) addInto(parts, deltaBetween(null, summary));
  for (const { kind, day, key, count } of days) addInto(parts, { [`${kind}#${day.slice(0, 7)}`]: { [key]: count } });
  return parts;
}

/** One figure that differs: the stored amount and the one recomputed from the items. */
export interface PartMismatch {
  part: string;
  attr: string;
  stored: number;
  rebuilt: number;
}

/**
 * Figure by figure, where the stored aggregates differ from the rebuilt ones, over the rebuilt
 * parts only (a missing attribute counts as 0). Sorted by part, then attribute. Pure.
 */
export function diffParts(stored: Readonly<Delta>, rebuilt: Readonly<Delta>): PartMismatch[] {
  const out: PartMismatch[] = [];
  const partNames = new Set([...Object.keys(stored), ...Object.keys(rebuilt)].filter(isRebuiltPart));
  for (const part of partNames) {
    const a = stored[part] ?? {};
    const b = rebuilt[part] ?? {};
    for (const attr of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const s = Number(a[attr] ?? 0);
      const r = b[attr] ?? 0;
      if (s !== r) out.push({ part, attr, stored: s, rebuilt: r });
    }
  }
  return out.sort((x, y) => x.part.localeCompare(y.part) || x.attr.localeCompare(y.attr));
}

/** A customer whose stored summary is not the one their orders give. */
export interface SummaryMismatch {
  email: string;
  stored: CustomerSummary | null;
  rebuilt: CustomerSummary | null;
}

/** Customers whose stored summary differs from the rebuilt one. Pure. */
export function diffSummaries(
  customers: readonly StoredCustomer[],
  summaries: ReadonlyMap<string, CustomerSummary | null>,
): SummaryMismatch[] {
  return customers
    .map((c) => ({ email: c.email, stored: c.summary, rebuilt: summaries.get(c.email) ?? null }))
    .filter((m) => !sameSummary(normalised(m.stored), m.rebuilt));
}

// A summary read back from DynamoDB may list its fields in another order than `summarise` does.
const normalised = (s: CustomerSummary | null): CustomerSummary | null =>
  s
    ? {
        firstDay: s.firstDay,
        lastDay: s.lastDay,
        orders: Number(s.orders),
        spendCents: Number(s.spendCents),
        months: [...s.months],
      }
    : null;
