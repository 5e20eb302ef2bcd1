const DAY = 86_400_000;

/** A range of last-order days (YYYY-MM-DD, both included) and the months (YYYY-MM) it spans. */
export interface DayWindow {
  from: string;
  to: string;
  months: string[];
}

const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

function windowOf(now: Date, olderThanDays: number, upToDays: number): DayWindow {
  const from = dayOf(now.getTime() - upToDays * DAY);
  const to = dayOf(now.getTime() - (olderThanDays + 1) * DAY);
  const months: string[] = [];
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  for (let i = 0; ; i++) {
    const month = new Date(Date.UTC(fy, fm - 1 + i, 1)).toISOString().slice(0, 7);
    if (month > to.slice(0, 7)) break;
    months.push(month);
  }
  return { from, to, months };
}

/** At risk: last counting order 181 to 365 days ago (the profile's stage at_risk). */
export const AT_RISK = { olderThanDays: 180, upToDays: 365 } as const;
/** Lapsed within the last year: last counting order 366 to 730 days ago (stage lapsed, lately). */
export const LAPSED = { olderThanDays: 365, upToDays: 730 } as const;
/** A lapsed customer sent a message in this many days counts as contacted (left off the list). */
export const CONTACTED_DAYS = 90;

/** The last-order windows of the two lists at `now`. */
export const actionWindows = (now: Date) => ({
  atRisk: windowOf(now, AT_RISK.olderThanDays, AT_RISK.upToDays),
  lapsed: windowOf(now, LAPSED.olderThanDays, LAPSED.upToDays),
});

/** The `limit` customers with the most spend (then the latest last order, then email), each once. */
export function topBySpend<T extends { email: string; spendCents: number; lastDay: string }>(rows: T[], limit: number) {
  const seen = new Set<string>();
  return [...rows]
    .sort((a, b) => b.spendCents - a.spendCents || b.lastDay.localeCompare(a.lastDay) || a.email.localeCompare(b.email))
    .filter((r) => !seen.has(r.email) && Boolean(seen.add(r.email)))
    .slice(0, limit);
}

/** The latest time a message was sent, of those given, or undefined. */
export const lastSent = (messages: readonly { sentAt?: string }[]) =>
  messages
    .map((m) => m.sentAt)
    .filter((t): t is string => Boolean(t))
    .sort()
    .at(-1);
