const DAY = 86_400_000;

/** Monthly counters: month (YYYY-MM) -> key -> count. */
export type Monthly = Record<string, Record<string, number>>;

/** The aggregate items the relationship figures are read from (kept on write; see relationship-service). */
export interface RelationshipInputs {
  /** customers, orders, revenueCents, firstDays (first-order days since 1970, summed), and per spend band b: n<b> customers and s<b> their spend. */
  totals: Record<string, number>;
  /**
   * Customers by the day (YYYY-MM-DD) of their first counting order: day by day at least in the
   * months `dayLevelMonths(now).first` names; any other month may count on one day of it (`byDay`).
   */
  first: Record<string, number>;
  /** Customers by the day of their latest counting order: day by day at least in `dayLevelMonths(now).last`. */
  last: Record<string, number>;
  /** First-order month -> { size, <YYYY-MM>: customers of the cohort who ordered that month }. */
  cohorts: Monthly;
  /** Month -> NPS score "0".."10" -> answers. */
  nps: Monthly;
  /** Month -> CSAT score "1".."5" -> ratings. */
  csat: Monthly;
  /** Month -> { sessions (chats started), handoffs (tickets from a chat) }. */
  help: Monthly;
  /** Month -> { solved, firstContact (solved with one agent reply) }. */
  tickets: Monthly;
  /** Exit reason -> customers who gave it when closing their account. */
  exits: Record<string, number>;
}

export const TENURE_BUCKETS = ['<1y', '1-2y', '2-5y', '5y+'] as const;

const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);
const sumWhere = (counts: Record<string, number>, keep: (key: string) => boolean) =>
  Object.entries(counts).reduce((n, [k, v]) => (keep(k) ? n + v : n), 0);
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** The last `n` calendar months (YYYY-MM), oldest first, ending with the month of `now`. */
export function lastMonths(now: Date, n: number): string[] {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  return Array.from({ length: n }, (_, i) => new Date(Date.UTC(y, m - (n - 1 - i), 1)).toISOString().slice(0, 7));
}

/** Months from `from` to `to` (YYYY-MM), both included. */
function monthsBetween(from: string, to: string): string[] {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const n = (ty - fy) * 12 + (tm - fm);
  return Array.from({ length: Math.max(n + 1, 0) }, (_, i) =>
    new Date(Date.UTC(fy, fm - 1 + i, 1)).toISOString().slice(0, 7),
  );
}

/**
 * The months whose day-by-day counters the figures need at `now` (the rest are read as month
 * counts): for first orders, the months the tenure bounds (1, 2, 5 years ago) fall in and the
 * last 30 days (lifetime value counts a tenure of at least 30 days); for latest orders, the
 * months the churn bounds fall in. A handful of small items, however old the shop.
 */
export function dayLevelMonths(now: Date, churnDays = 365) {
  const t = now.getTime();
  const month = (ms: number) => dayOf(ms).slice(0, 7);
  const first = new Set([1, 2, 5].map((y) => month(t - y * 365 * DAY)));
  for (const m of monthsBetween(month(t - 30 * DAY), month(t))) first.add(m);
  const last = new Set([month(t - 365 * DAY - churnDays * DAY), month(t - churnDays * DAY)]);
  return { first: [...first].sort(), last: [...last].sort() };
}

/**
 * Customers by day from month counts (month -> customers) and the day-by-day counters of some
 * months (month -> day -> customers): a month read day by day gives its days, any other month
 * counts on its first day. Figures that only compare days with bounds outside such a month are
 * the same as from every day. Pure.
 */
export function byDay(months: Record<string, number>, days: Record<string, Record<string, number>>) {
  const out: Record<string, number> = {};
  for (const [m, n] of Object.entries(months)) if (!(m in days) && n) out[`${m}-01`] = n;
  for (const counts of Object.values(days))
    for (const [d, n] of Object.entries(counts)) if (n) out[d] = (out[d] ?? 0) + n;
  return out;
}

/** Customers by time since their first order: under 1 year, 1-2, 2-5, 5 and more. */
export function tenure(first: Record<string, number>, now: Date) {
  const years = [1, 2, 5].map((y) => dayOf(now.getTime() - y * 365 * DAY));
  const [y1, y2, y5] = years as [string, string, string];
  const bucketOf = (day: string) => (day > y1 ? 0 : day > y2 ? 1 : day > y5 ? 2 : 3);
  const out = TENURE_BUCKETS.map((bucket) => ({ bucket, customers: 0 }));
  for (const [day, n] of Object.entries(first)) (out[bucketOf(day)] as { customers: number }).customers += n;
  return out;
}

/**
 * Churn over the last 12 months: of the customers we still had a year ago or gained since (their
 * latest order is no older than `churnDays` before the window opened), the share who became lost
 * during it (their latest order fell out of the `churnDays` window within the 12 months).
 */
export function churnLast12Months(last: Record<string, number>, now: Date, churnDays: number) {
  const windowStart = now.getTime() - 365 * DAY;
  const lostBefore = dayOf(windowStart - churnDays * DAY);
  const lostNow = dayOf(now.getTime() - churnDays * DAY);
  const pool = sumWhere(last, (d) => d >= lostBefore);
  const lost = sumWhere(last, (d) => d >= lostBefore && d < lostNow);
  return { pool, lost, rate: ratio(lost, pool) };
}

/** Monthly retention of each first-order cohort: the share who ordered again k months later (k = 0 is 1). */
export function retentionByCohort(cohorts: Monthly, months: readonly string[], now: Date) {
  const current = dayOf(now.getTime()).slice(0, 7);
  return months.map((cohort) => {
    const counts = cohorts[cohort] ?? {};
    const size = counts.size ?? 0;
    const retained = size ? monthsBetween(cohort, current).map((m) => ratio(counts[m] ?? 0, size)) : [];
    return { cohort, size, retained };
  });
}

/**
 * Share of all revenue brought by the top 20% of customers (at least one), from spend bands 10%
 * wide: whole bands from the top, then the band where the 20% ends at its own average spend. The
 * estimate is within the band's width of the exact figure and never below 20%.
 */
export function top20RevenueShare(totals: Record<string, number>) {
  const customers = totals.customers ?? 0;
  const revenue = totals.revenueCents ?? 0;
  if (customers <= 0 || revenue <= 0) return 0;
  const bands = Object.keys(totals)
    .filter((k) => /^n-?\d+$/.test(k))
    .map((k) => Number(k.slice(1)))
    .sort((a, b) => b - a);
  let want = Math.ceil(customers * 0.2);
  let taken = 0;
  for (const b of bands) {
    const n = totals[`n${b}`] ?? 0;
    const spend = totals[`s${b}`] ?? 0;
    if (n <= 0) continue;
    const take = Math.min(n, want);
    taken += (spend / n) * take;
    want -= take;
    if (want <= 0) break;
  }
  return Math.min(1, taken / revenue);
}

/** NPS from score counts: % promoters (9-10) minus % detractors (0-6), null without answers. */
export function npsOf(counts: Record<string, number>) {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const [score, n] of Object.entries(counts)) {
    const s = Number(score);
    if (s >= 9) promoters += n;
    else if (s >= 7) passives += n;
    else detractors += n;
  }
  const responses = promoters + passives + detractors;
  const score = responses ? Math.round(((promoters - detractors) / responses) * 100) : null;
  return { score, promoters, passives, detractors, responses };
}

const addUp = (rows: Record<string, number>[]) => {
  const out: Record<string, number> = {};
  for (const row of rows) for (const [k, v] of Object.entries(row)) out[k] = (out[k] ?? 0) + v;
  return out;
};

/**
 * Customer lifetime value, two ways. `average`: revenue per customer so far. `forecast`: spend per
 * customer-year so far (each customer's tenure counted at least 30 days) times the expected
 * lifetime in years, 1 / annual churn, at most 10 years.
 */
export function lifetimeValue(totals: Record<string, number>, first: Record<string, number>, now: Date, churn: number) {
  const customers = totals.customers ?? 0;
  const revenue = totals.revenueCents ?? 0;
  // Days since each customer's first order, summed: customers x today - the running sum of
  // first-order days (TOTALS.firstDays); a customer of under 30 days counts 30 (from `first`,
  // day by day over the last 30 days).
  const nowDays = now.getTime() / DAY;
  let days = customers * nowDays - (totals.firstDays ?? 0);
  for (const [day, count] of Object.entries(first)) {
    const since = nowDays - Date.parse(day) / DAY;
    if (since < 30) days += count * (30 - since);
  }
  const customerYears = days / 365;
  const perYear = ratio(revenue, customerYears);
  const expectedYears = churn > 0 ? Math.min(1 / churn, 10) : 10;
  return {
    averageCents: Math.round(ratio(revenue, customers)),
    forecastCents: Math.round(perYear * expectedYears),
    expectedYears: Number(expectedYears.toFixed(2)),
  };
}

/** An exit counter's key as reason and source: `cancel:<reason>`, `return:<reason>`, else a closed account's reason. */
export function exitReasonOf(key: string): { reason: string; source: 'account' | 'cancel' | 'return' } {
  const [source, reason] = key.split(':');
  return (source === 'cancel' || source === 'return') && reason
    ? { reason, source }
    : { reason: key, source: 'account' };
}

/** Every relationship figure at `now`, from the aggregates. Pure. */
export function relationshipFigures(input: RelationshipInputs, now: Date, churnDays = 365) {
  const months = lastMonths(now, 12);
  const customers = input.totals.customers ?? 0;
  const activeSince = dayOf(now.getTime() - churnDays * DAY);
  const churn = churnLast12Months(input.last, now, churnDays);
  const nps = npsOf(addUp(months.map((m) => input.nps[m] ?? {})));
  const csat = addUp(months.map((m) => input.csat[m] ?? {}));
  const csatResponses = sumWhere(csat, () => true);
  const help = addUp(months.map((m) => input.help[m] ?? {}));
  const tickets = addUp(months.map((m) => input.tickets[m] ?? {}));
  const sessions = help.sessions ?? 0;
  const clv = lifetimeValue(input.totals, input.first, now, churn.rate);
  return {
    customers,
    activeCustomers: sumWhere(input.last, (d) => d >= activeSince),
    churnRateLast12Months: churn.rate,
    tenure: tenure(input.first, now),
    retentionByCohort: retentionByCohort(input.cohorts, months, now),
    averageOrderValueCents: Math.round(ratio(input.totals.revenueCents ?? 0, input.totals.orders ?? 0)),
    customerLifetimeValueCents: clv.averageCents,
    customerLifetimeValueForecastCents: clv.forecastCents,
    top20RevenueShare: top20RevenueShare(input.totals),
    exitReasons: Object.entries(input.exits)
      .filter(([, n]) => n > 0)
      .map(([key, count]) => ({ ...exitReasonOf(key), count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
      .slice(0, 5),
    nps: {
      score: nps.score,
      promoters: nps.promoters,
      passives: nps.passives,
      detractors: nps.detractors,
      responses: nps.responses,
      trend: months.map((month) => ({ month, ...pick(npsOf(input.nps[month] ?? {})) })),
    },
    csat: csatResponses ? ratio((csat['4'] ?? 0) + (csat['5'] ?? 0), csatResponses) : null,
    csatResponses,
    selfServiceResolutionRate: ratio(Math.max(sessions - (help.handoffs ?? 0), 0), sessions),
    firstContactResolutionRate: ratio(tickets.firstContact ?? 0, tickets.solved ?? 0),
    counts: {
      orders: input.totals.orders ?? 0,
      revenueCents: input.totals.revenueCents ?? 0,
      lostLast12Months: churn.lost,
      customersInChurnWindow: churn.pool,
      helpSessions: sessions,
      handoffs: help.handoffs ?? 0,
      ticketsSolved: tickets.solved ?? 0,
      ticketsSolvedFirstContact: tickets.firstContact ?? 0,
    },
    method: {
      churnDays,
      customer: 'anyone with at least one order that was not cancelled or returned',
      lifetimeValueForecast: `spend per customer-year so far x expected lifetime (1 / annual churn, at most 10 years: ${clv.expectedYears})`,
      top20RevenueShare: 'spend bands 10% wide; the band where the top 20% ends counts at its average spend',
      selfServiceResolution: 'chat sessions started in the last 12 months that did not hand off to a ticket',
      firstContactResolution: 'tickets solved in the last 12 months with exactly one agent reply',
      exitReasons:
        'since the start, each counted once: the reason given when closing an account (optional), cancelling an order (optional; only the cancel that took effect) or returning items (every new return, its required reason); top five across the three',
    },
  };
}

const pick = ({ score, responses }: { score: number | null; responses: number }) => ({ score, responses });
