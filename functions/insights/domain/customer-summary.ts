import type { OrderStatus } from '../../orders/domain/order';

/** What a customer's relationship figures are built from: one entry per order. */
export interface OrderFact {
  placedAt: string;
  totalCents: number;
  status: OrderStatus;
}

/**
 * One customer's share of the shop-wide aggregates: when they first and last ordered, how many
 * orders and how much spend, and the months they ordered in (for cohort retention). Cancelled
 * and returned orders count for nothing, as for tier and stage.
 */
export interface CustomerSummary {
  firstDay: string;
  lastDay: string;
  orders: number;
  spendCents: number;
  months: string[];
}

/** Additions to the aggregate items: item part -> attribute -> amount (negative to take back). */
export type Delta = Record<string, Record<string, number>>;

/**
 * The aggregate parts (sort keys under the relationship partition, see functions/store/table.ts).
 * Day counters are split by month, so an item holds at most 31 entries and a write to it costs
 * one unit however old the shop is; the month counters hold one entry per month.
 */
export const PARTS = {
  /** customers, orders, revenueCents, firstDays (sum of first-order days since 1970), spend bands. */
  totals: 'TOTALS',
  /** Customers by first-order day, one item per month: FIRST#<YYYY-MM> / <YYYY-MM-DD>. */
  first: (month: string) => `FIRST#${month}`,
  /** Customers by latest-order day, one item per month: LAST#<YYYY-MM> / <YYYY-MM-DD>. */
  last: (month: string) => `LAST#${month}`,
  /** Customers by first-order month: FIRSTM / <YYYY-MM>. */
  firstMonths: 'FIRSTM',
  /** Customers by latest-order month: LASTM / <YYYY-MM>. */
  lastMonths: 'LASTM',
  cohort: (month: string) => `COHORT#${month}`,
  /** The layout before the split (one item each, an entry per day); `insights:rebuild --write` removes it. */
  oldFirst: 'FIRST',
  oldLast: 'LAST',
};

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of a day (YYYY-MM-DD): what TOTALS.firstDays sums. */
export const epochDay = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

const counts = (status: OrderStatus) => status !== 'cancelled' && status !== 'returned';

/** The summary of a customer's orders; null when none of them counts (no customer yet, or erased). */
export function summarise(orders: readonly OrderFact[]): CustomerSummary | null {
  const valid = orders.filter((o) => counts(o.status));
  if (!valid.length) return null;
  const days = valid.map((o) => o.placedAt.slice(0, 10)).sort();
  return {
    firstDay: days[0] as string,
    lastDay: days.at(-1) as string,
    orders: valid.length,
    spendCents: valid.reduce((n, o) => n + o.totalCents, 0),
    months: [...new Set(days.map((d) => d.slice(0, 7)))],
  };
}

/** Spend bands 10% wide (a log scale): bucket b holds spends in [1.1^b, 1.1^(b+1)) cents; -1 is no spend. */
export function spendBucket(cents: number): number {
  if (cents < 1) return -1;
  return Math.floor(Math.log(cents) / Math.log(1.1) + 1e-9);
}

function contribution(summary: CustomerSummary | null, sign: 1 | -1, into: Delta) {
  if (!summary) return;
  const add = (part: string, attr: string, n: number) => {
    const item = into[part] ?? {};
    into[part] = item;
    item[attr] = (item[attr] ?? 0) + sign * n;
  };
  const bucket = spendBucket(summary.spendCents);
  add(PARTS.totals, 'customers', 1);
  add(PARTS.totals, 'orders', summary.orders);
  add(PARTS.totals, 'revenueCents', summary.spendCents);
  add(PARTS.totals, `n${bucket}`, 1);
  add(PARTS.totals, `s${bucket}`, summary.spendCents);
  add(PARTS.totals, 'firstDays', epochDay(summary.firstDay));
  const firstMonth = summary.firstDay.slice(0, 7);
  const lastMonth = summary.lastDay.slice(0, 7);
  add(PARTS.first(firstMonth), summary.firstDay, 1);
  add(PARTS.firstMonths, firstMonth, 1);
  add(PARTS.last(lastMonth), summary.lastDay, 1);
  add(PARTS.lastMonths, lastMonth, 1);
  const cohort = PARTS.cohort(firstMonth);
  add(cohort, 'size', 1);
  for (const month of summary.months) add(cohort, month, 1);
}

/**
 * What to add to the aggregates when a customer's summary changes from `before` to `after`:
 * take the old share back, add the new one; amounts that cancel out are dropped, so an order fed
 * twice (same summary) changes nothing.
 */
export function deltaBetween(before: CustomerSummary | null, after: CustomerSummary | null): Delta {
  const delta: Delta = {};
  contribution(before, -1, delta);
  contribution(after, 1, delta);
  for (const [part, attrs] of Object.entries(delta)) {
    for (const [attr, n] of Object.entries(attrs)) if (n === 0) delete attrs[attr];
    if (!Object.keys(attrs).length) delete delta[part];
  }
  return delta;
}

/** True when two summaries are the same (field by field). */
export const sameSummary = (a: CustomerSummary | null, b: CustomerSummary | null) =>
  JSON.stringify(a) === JSON.stringify(b);
