export interface CounterRow {
  key: string;
  count: number;
  [field: string]: unknown;
}
export interface InsightInputs {
  searches: CounterRow[];
  votes: CounterRow[];
  voteNotes: Record<string, unknown>[];
  intents: CounterRow[];
  fallbacks: CounterRow[];
  handoffs: CounterRow[];
  nps: CounterRow[];
  csat: CounterRow[];
}

/** Sums counters with the same key across days. */
function merge(rows: CounterRow[]): Map<string, CounterRow> {
  const out = new Map<string, CounterRow>();
  for (const row of rows) {
    const seen = out.get(row.key);
    out.set(row.key, seen ? { ...seen, ...row, count: seen.count + row.count } : { ...row });
  }
  return out;
}

const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
const num = (v: unknown) => (typeof v === 'number' ? v : Number(v ?? 0));
const share = (part: number, total: number) => (total ? part / total : null);

/** Turns raw day counters into what the admin insights page shows. Pure. */
export function summariseInsights(input: InsightInputs, top = 20) {
  const queries = [...merge(input.searches).values()].map((r) => ({
    locale: String(r.locale),
    query: String(r.query),
    count: r.count,
    results: num(r.results),
  }));
  const votes = input.votes
    .map((r) => ({ slug: String(r.slug), locale: String(r.locale), up: num(r.up), down: num(r.down) }))
    .map((v) => ({ ...v, helpfulRatio: share(v.up, v.up + v.down) ?? 0 }));
  const notes = (slug: string, locale: string) =>
    input.voteNotes
      .filter((n) => n.slug === slug && n.locale === locale)
      .map((n) => ({
        reason: String(n.reason ?? 'other'),
        comment: typeof n.comment === 'string' ? n.comment : undefined,
        at: String(n.at),
      }));
  const npsScores = [...merge(input.nps).values()].map((r) => ({ score: Number(r.key), count: r.count }));
  const npsTotal = npsScores.reduce((n, s) => n + s.count, 0);
  const promoters = npsScores.filter((s) => s.score >= 9).reduce((n, s) => n + s.count, 0);
  const detractors = npsScores.filter((s) => s.score <= 6).reduce((n, s) => n + s.count, 0);
  const csatScores = [...merge(input.csat).values()].map((r) => ({ score: Number(r.key), count: r.count }));
  const csatTotal = csatScores.reduce((n, s) => n + s.count, 0);
  return {
    searches: {
      total: queries.reduce((n, q) => n + q.count, 0),
      top: [...queries].sort(byCount).slice(0, top),
      zeroResults: queries
        .filter((q) => q.results === 0)
        .sort(byCount)
        .slice(0, top),
    },
    articles: {
      votes: [...votes].sort((a, b) => b.up + b.down - (a.up + a.down)).slice(0, 100),
      unhelpful: votes
        .filter((v) => v.down > 0)
        .sort((a, b) => b.down - a.down || a.helpfulRatio - b.helpfulRatio)
        .slice(0, top)
        .map((v) => ({ slug: v.slug, locale: v.locale, down: v.down, reasons: notes(v.slug, v.locale).slice(0, 10) })),
    },
    bot: {
      intents: [...merge(input.intents).values()].map((r) => ({ intent: r.key, count: r.count })).sort(byCount),
      fallbacks: [...merge(input.fallbacks).values()]
        .map((r) => ({ locale: String(r.locale ?? ''), utterance: String(r.utterance ?? r.key), count: r.count }))
        .sort(byCount)
        .slice(0, top),
      handoffs: input.handoffs.reduce((n, r) => n + r.count, 0),
    },
    nps: {
      responses: npsTotal,
      promoters,
      detractors,
      passives: npsTotal - promoters - detractors,
      score: npsTotal ? Math.round(((promoters - detractors) / npsTotal) * 100) : null,
    },
    csat: {
      responses: csatTotal,
      average: csatTotal ? csatScores.reduce((n, s) => n + s.score * s.count, 0) / csatTotal : null,
      satisfiedShare: share(
        csatScores.filter((s) => s.score >= 4).reduce((n, s) => n + s.count, 0),
        csatTotal,
      ),
    },
  };
}

/** Days of the trend's two halves: the last 7 days against the 7 before. */
export const TREND_DAYS = 7;

/**
 * Articles by reads over `days` (newest first, the day counters of ARTICLE): views, votes,
 * helpful ratio (null without votes) and trend (views in the last 7 days against the 7 before;
 * `change` null when the earlier week had none). Most read first, at most `top`. Pure.
 */
export function articleStats(rows: CounterRow[], days: readonly string[], windowDays: number, top = 50) {
  const window = new Set(days.slice(0, windowDays));
  const recent = new Set(days.slice(0, TREND_DAYS));
  const previous = new Set(days.slice(TREND_DAYS, TREND_DAYS * 2));
  const out = new Map<
    string,
    { slug: string; locale: string; views: number; up: number; down: number; recent: number; previous: number }
  >();
  for (const r of rows) {
    const day = String(r.day);
    const key = r.key;
    const a = out.get(key) ?? {
      slug: String(r.slug),
      locale: String(r.locale),
      views: 0,
      up: 0,
      down: 0,
      recent: 0,
      previous: 0,
    };
    const views = num(r.views);
    if (window.has(day)) {
      a.views += views;
      a.up += num(r.up);
      a.down += num(r.down);
    }
    if (recent.has(day)) a.recent += views;
    if (previous.has(day)) a.previous += views;
    out.set(key, a);
  }
  return [...out.values()]
    .filter((a) => a.views + a.up + a.down + a.recent + a.previous > 0)
    .sort((a, b) => b.views - a.views || b.up + b.down - (a.up + a.down) || a.slug.localeCompare(b.slug))
    .slice(0, top)
    .map(({ recent: r, previous: p, ...a }) => ({
      ...a,
      helpfulRatio: share(a.up, a.up + a.down),
      trend: { recent: r, previous: p, change: p ? (r - p) / p : null },
    }));
}
