import { Conflict, NotFound } from '../commons/errors';
import { flushPendingWrites, onFlushPendingWrites } from '../commons/pending-writes';
import type { Locale } from '../../locales/registry';
import type { Stores } from '../store';
import { findOwnOrder } from '../orders/service';
import { oncePerDay } from '../limits/service';
import type { Config } from '../config';
import { articleStats, summariseInsights, TREND_DAYS } from './domain/insights';
import { lastDays } from './domain/days';
import { countMonthly, EXIT_PART } from './relationship-service';
import { countHelpDay } from './deflection-service';
import { withinADay } from './domain/deflection';

/** What recording and reading insights needs from the app. */
export interface InsightsDeps {
  stores: Stores;
  config: Config;
  now: () => Date;
}

const today = (now: Date) => now.toISOString().slice(0, 10);

interface PendingSearch {
  kind: 'SEARCH' | 'ARTICLE';
  day: string;
  key: string;
  fields: Record<string, unknown>;
  count: number;
}
interface Tally {
  pending: Map<string, PendingSearch>;
  timer?: ReturnType<typeof setTimeout>;
  flushing: Promise<void>;
}
// One tally per app instance (tests run several portals in one process).
const tallies = new WeakMap<Stores, Tally>();
const MAX_PENDING = 200;

/** Writes every waiting search count, one ADD per distinct query, and waits for earlier flushes. */
export async function flushSearches(stores: Stores): Promise<void> {
  const tally = tallies.get(stores);
  if (!tally) return;
  if (tally.timer) clearTimeout(tally.timer);
  tally.timer = undefined;
  const batch = [...tally.pending.values()];
  tally.pending = new Map();
  const writes = batch.map((s) =>
    s.kind === 'ARTICLE'
      ? stores.stats.increment('ARTICLE', s.day, s.key, s.fields, { views: s.count }, 0)
      : stores.stats.increment('SEARCH', s.day, s.key, s.fields, {}, s.count),
  );
  tally.flushing = Promise.all([tally.flushing, ...writes.map((w) => w.catch(() => undefined))]).then(() => undefined);
  await tally.flushing;
}

/**
 * Counts a search under its normalised, redacted form (nothing that identifies a person). The
 * count waits in memory and is written in a batch (`SEARCH_STATS_FLUSH_MS`, or sooner when many
 * queries wait), so answering a search never waits for a write. Analytics may lose the last few
 * seconds of counts when an instance is shut down; insights flush first, so a local read is exact.
 */
export function recordSearch({ stores, now, config }: InsightsDeps, locale: Locale, query: string, results: number) {
  if (!query) return;
  tallyOne({ stores, now, config }, 'SEARCH', `${locale}#${query.slice(0, 200)}`, { locale, query, results });
}

/**
 * Counts an article read (its page opened), under the day, the same way as searches: in memory,
 * written in a batch. Articles by title show views, helpful ratio and trend from these.
 */
export function recordArticleView(deps: InsightsDeps, slug: string, locale: Locale) {
  tallyOne(deps, 'ARTICLE', `${slug}#${locale}`, { slug, locale });
}

function tallyOne(
  { stores, now, config }: InsightsDeps,
  kind: PendingSearch['kind'],
  key: string,
  fields: Record<string, unknown>,
) {
  let tally = tallies.get(stores);
  if (!tally) {
    tally = { pending: new Map(), flushing: Promise.resolve() };
    tallies.set(stores, tally);
    // Also written when the local server stops and at the end of each Lambda invocation (none lost).
    onFlushPendingWrites(() => flushSearches(stores));
  }
  const day = today(now());
  const id = `${kind}|${day}|${key}`;
  const waiting = tally.pending.get(id);
  if (waiting) {
    waiting.count += 1;
    waiting.fields = { ...waiting.fields, ...fields };
  } else tally.pending.set(id, { kind, day, key, fields, count: 1 });
  if (tally.pending.size >= MAX_PENDING) void flushSearches(stores);
  else if (!tally.timer) {
    tally.timer = setTimeout(() => void flushSearches(stores), config.SEARCH_STATS_FLUSH_MS);
    tally.timer.unref?.();
  }
}

/** An article vote; a "not helpful" with a reason or comment is kept as a note for the editors. */
export async function recordVote(
  { stores, now }: InsightsDeps,
  vote: { slug: string; locale: Locale; helpful: boolean; reason?: string; comment?: string },
) {
  const { slug, locale, helpful, reason, comment } = vote;
  const votes = { up: helpful ? 1 : 0, down: helpful ? 0 : 1 };
  await Promise.all([
    stores.stats.increment('VOTES', 'all', `${slug}#${locale}`, { slug, locale }, votes),
    // The day's counter of the article too (views come in batches): articles by title read these.
    stores.stats.increment('ARTICLE', today(now()), `${slug}#${locale}`, { slug, locale }, votes, 0),
  ]);
  if (!helpful && (reason || comment))
    await stores.stats.note('VOTE', now(), { slug, locale, reason: reason ?? 'other', comment });
}

/**
 * A customer's NPS answer, at most once a day; an order it names must be theirs (NotFound
 * otherwise, like every other order route), and is answered once (the first answer counts; its
 * invitation leaves the order page and a waiting invitation mail is withdrawn).
 */
export async function recordNps(
  deps: InsightsDeps,
  customer: { sub: string; email?: string },
  answer: { score: number; comment?: string; orderNumber?: string },
) {
  const { stores, now } = deps;
  const customerId = customer.sub;
  const email = customer.email ?? '';
  if (answer.orderNumber && !(await findOwnOrder(deps, email, answer.orderNumber))) throw new NotFound('Order');
  if (answer.orderNumber && (await stores.nps.answered(email, answer.orderNumber)))
    throw new Conflict('You already answered for this order, thank you');
  if (!(await oncePerDay(deps, 'nps', customerId))) throw new Conflict('You already told us today, thank you');
  const at = now();
  if (answer.orderNumber && !(await stores.nps.markAnswered(email, answer.orderNumber, at.toISOString())))
    throw new Conflict('You already answered for this order, thank you');
  await countNpsAnswer(deps, customer.email, answer, at);
}

/**
 * Counts one NPS answer: the day and month counters (which know no one), the answer on the
 * customer's page for staff, and the comment as an anonymous note.
 */
export async function countNpsAnswer(
  { stores }: Pick<InsightsDeps, 'stores'>,
  email: string | undefined,
  answer: { score: number; comment?: string; orderNumber?: string },
  at: Date,
) {
  await Promise.all([
    stores.stats.increment('NPS', today(at), String(answer.score)),
    countMonthly({ stores }, 'NPS', at, { [String(answer.score)]: 1 }),
  ]);
  if (email) {
    await stores.directory.rememberNps(email, { ...answer, at: at.toISOString() });
    // A detractor (0-6) is listed for admins until someone follows up (relationship lists).
    if (answer.score <= 6) await stores.relationship.listDetractor(email, at.toISOString());
  }
  if (answer.comment)
    await stores.stats.note('NPS', at, {
      score: answer.score,
      comment: answer.comment,
      orderNumber: answer.orderNumber,
    });
}

/**
 * A help session started (a chat's first turn) or handed off to a ticket: self-service
 * resolution (monthly), and deflection (by the chat's first day: a handoff within a day of
 * `startedAt`, the chat's first turn, counts against it).
 */
export const recordHelp = async (
  { stores }: Pick<InsightsDeps, 'stores'>,
  at: Date,
  what: 'sessions' | 'handoffs',
  startedAt?: string,
) => {
  await Promise.all([
    countMonthly({ stores }, 'HELP', at, { [what]: 1 }),
    what === 'sessions' ? countHelpDay(stores, 's', at) : undefined,
    what === 'handoffs' && startedAt && withinADay(startedAt, at)
      ? countHelpDay(stores, 't', new Date(startedAt))
      : undefined,
  ]);
};

/**
 * A ticket solved, with how many replies an agent sent: first-contact resolution counts those
 * solved with exactly one. The ticket workspace calls this once per ticket it solves.
 */
export const recordTicketSolved = ({ stores }: Pick<InsightsDeps, 'stores'>, at: Date, agentReplies: number) =>
  countMonthly({ stores }, 'TICKETS', at, { solved: 1, firstContact: agentReplies === 1 ? 1 : 0 });

/** A CSAT score (1-5) with an optional comment. */
export async function recordCsat({ stores, now }: InsightsDeps, score: number, comment?: string) {
  const at = now();
  await Promise.all([
    stores.stats.increment('CSAT', today(at), String(score)),
    countMonthly({ stores }, 'CSAT', at, { [String(score)]: 1 }),
  ]);
  if (comment) await stores.stats.note('CSAT', now(), { score, comment });
}

/** An article's question in its locale (the live FAQ), for articles by title; undefined when gone. */
export type TitleOf = (slug: string, locale: string) => Promise<string | undefined>;

/** The admin dashboard's figures over the last `days` days; articles by title when `titleOf` is given. */
export async function insightsOver({ stores, now }: InsightsDeps, days: number, titleOf?: TitleOf) {
  // Counts waiting in memory (searches here, the chat's elsewhere) are written first: a read is exact.
  await Promise.all([flushSearches(stores), flushPendingWrites()]);
  const window = lastDays(now(), days);
  const articleDays = lastDays(now(), Math.max(days, TREND_DAYS * 2));
  const [searches, votes, voteNotes, intents, fallbacks, handoffs, nps, csat, articleRows] = await Promise.all([
    stores.stats.list('SEARCH', window),
    stores.stats.list('VOTES', ['all']),
    stores.stats.notes('VOTE', window.slice(0, 30)),
    stores.stats.list('INTENT', window),
    stores.stats.list('FALLBACK', window),
    stores.stats.list('HANDOFF', window),
    stores.stats.list('NPS', window),
    stores.stats.list('CSAT', window),
    stores.stats.list('ARTICLE', articleDays),
  ]);
  const summary = summariseInsights({ searches, votes, voteNotes, intents, fallbacks, handoffs, nps, csat });
  const byTitle = await Promise.all(
    articleStats(articleRows, articleDays, days).map(async (a) => ({
      ...a,
      title: (await titleOf?.(a.slug, a.locale)) ?? a.slug,
    })),
  );
  return { ...summary, articles: { ...summary.articles, byTitle } };
}

/**
 * Why a customer left (their account is erased): the reason is counted, the free text kept as an
 * anonymous note; neither says who.
 */
export async function recordExit(
  { stores, now }: Pick<InsightsDeps, 'stores' | 'now'>,
  reason: string,
  comment?: string,
) {
  await stores.relationship.add({ [EXIT_PART]: { [reason]: 1 } });
  if (comment) await stores.stats.note('EXIT', now(), { reason, comment });
}

/** Where a reason for leaving was given: closing the account, cancelling an order, returning items. */
export type LeavingSource = 'account' | 'cancel' | 'return';

/**
 * A reason given when cancelling an order or returning items, counted with account closures in
 * "top reasons customers leave" under `<source>:<reason>` (closures keep their plain reason);
 * a comment is kept as an anonymous note. Neither says who.
 */
export async function recordLeaving(
  { stores, now }: Pick<InsightsDeps, 'stores' | 'now'>,
  source: Exclude<LeavingSource, 'account'>,
  reason: string,
  comment?: string,
) {
  await stores.relationship.add({ [EXIT_PART]: { [`${source}:${reason}`]: 1 } });
  if (comment) await stores.stats.note('EXIT', now(), { source, reason, comment });
}
