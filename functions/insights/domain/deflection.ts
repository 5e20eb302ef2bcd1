const DAY = 86_400_000;

/** The counter item of a month's help days: `HELPD#YYYY-MM`. */
export const dailyHelpPart = (at: Date) => `HELPD#${at.toISOString().slice(0, 7)}`;
/** A day's attribute in it: kind and day of month, e.g. `q07`. */
export const helpDayAttr = (kind: string, at: Date) => `${kind}${at.toISOString().slice(8, 10)}`;
/** True when `at` is no more than a day after `startedAt`. */
export const withinADay = (startedAt: string, at: Date) => {
  const start = Date.parse(startedAt);
  return Number.isFinite(start) && at.getTime() - start <= DAY && at.getTime() >= start;
};

/** The complete days a deflection figure counts: the `n` days that ended more than a day before `now`. */
export function deflectionDays(now: Date, n = 30): Date[] {
  // The newest day whose 24 hours after its end have passed: today minus 2 (UTC days).
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: n }, (_, i) => new Date(today - (2 + i) * DAY));
}

/** Months whose help-day items the days need (YYYY-MM), for reading. */
export const monthsOf = (days: readonly Date[]) => [...new Set(days.map((d) => d.toISOString().slice(0, 7)))];

/**
 * Deflection over complete days: of help contacts (a help visit's first typed search, or a chat
 * started), the share that no ticket followed within a day. Null without contacts. Pure.
 */
export function deflection(items: Record<string, Record<string, number>>, days: readonly Date[]) {
  const sum = (kind: string) => days.reduce((n, d) => n + (items[dailyHelpPart(d)]?.[helpDayAttr(kind, d)] ?? 0), 0);
  const searchVisits = sum('q');
  const searchVisitsWithTicket = Math.min(sum('qt'), searchVisits);
  const chats = sum('s');
  const chatsWithTicket = Math.min(sum('t'), chats);
  const contacts = searchVisits + chats;
  return {
    rate: contacts ? (contacts - searchVisitsWithTicket - chatsWithTicket) / contacts : null,
    searchVisits,
    searchVisitsWithTicket,
    chats,
    chatsWithTicket,
    days: days.length,
    from: days.at(-1)?.toISOString().slice(0, 10) ?? '',
    to: days[0]?.toISOString().slice(0, 10) ?? '',
  };
}
