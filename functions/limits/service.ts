import { TooManyRequests } from '../commons/errors';
import type { Config } from '../config';
import type { Stores } from '../store';
import {
  allowance,
  clientKey,
  type Counter,
  counterAt,
  laneTurn,
  type Limit,
  retryAfter,
  windowAt,
} from './domain/window';
import type { HitRef, RateLimitStore } from './store';

/**
 * Rate limits that hold under parallel requests. A hit is taken before the work it guards runs
 * (one conditional ADD on the window's counter, see store.ts), so a burst can never run more than
 * the limit, whatever the interleaving, across a window boundary too (one counter item per limit,
 * written on the condition that it is what was read). The count slides: the previous window still
 * weighs on the current one (domain/window.ts), so a window boundary is no reset. Limits that count failures
 * (sign-in, guest lookup) take a failure slot before the try and give it back when the try
 * succeeds.
 */

/** Hits taken before the work; `release()` gives them back (a try that turned out not to fail). */
export interface Slot {
  release(): Promise<void>;
}

/** What a rate limit needs from the app. */
export interface LimitsDeps {
  stores: Stores;
  config: Config;
  now: () => Date;
}

/** Reads and writes a counter at most this many times before refusing a contended hit. */
const MAX_TAKE_TRIES = 4;

/**
 * Takes one hit of a limit, or says how long to wait: read the counter, decide, write on the
 * condition that it is unchanged; a lost race reads again.
 */
async function takeOne(store: RateLimitStore, limit: Limit, now: Date, read?: { counter: Counter | undefined }) {
  for (let tries = 0; tries < MAX_TAKE_TRIES; tries++) {
    // The first try may decide on a counter the caller read in its own batch (consistently).
    const stored = tries === 0 && read ? read.counter : await store.counter(limit.scope, limit.key);
    const { counter, elapsed, rolled } = counterAt(stored, now.getTime(), limit.seconds);
    const allowed = allowance(limit.limit, counter.previous, limit.seconds, elapsed);
    if (counter.hits >= allowed)
      return { wait: retryAfter(limit.limit, counter.previous, counter.hits, limit.seconds, elapsed) } as const;
    // Kept long enough to weigh on the next window, with a margin for clock skew between instances.
    const expiresAt = counter.start + limit.seconds * 2 + 60;
    if (await store.takeHit(limit, stored, counter, rolled, allowed, expiresAt)) {
      remember(store, limit, counter, now.getTime());
      const taken: HitRef = { scope: limit.scope, key: limit.key, start: counter.start, seconds: limit.seconds };
      return { taken } as const;
    }
  }
  // Still contended after every try: refuse briefly rather than count past the limit.
  return { wait: 1 } as const;
}

/**
 * What this instance last counted for a limit: the window's start and the previous window's
 * frozen hits, which stay as they are for the whole window (a give-back only lowers them). While
 * the window lasts, a hit needs no read first: one conditional ADD on that window below the
 * allowance those give (`takeKnown`). Under a burst from one key the ADD takes a few hits at once
 * (doubling while the key keeps coming within a second, at most MAX_RESERVED) and the next turns
 * spend them here without a write: every hit is in the shared counter before it is spent, so the
 * limit holds across instances; hits taken and not spent by the window's end stay counted (fewer
 * than 1/16 of the limit, at most MAX_RESERVED - 1, per key and instance), which errs on the
 * strict side. Limits under 32 a window count one hit per write.
 */
interface KnownWindow {
  start: number;
  previous: number;
  /** Hits counted in the table and not spent yet (this window only). */
  reserved: number;
  /** How many the last write took, and when (epoch ms). */
  batch: number;
  wroteAt: number;
}
const windows = new WeakMap<RateLimitStore, Map<string, KnownWindow>>();
const MAX_KNOWN_WINDOWS = 10_000;
const MAX_RESERVED = 8;
/** A reserve is at most this share of the limit (1/16): what a window may leave unspent stays small beside it. */
const RESERVE_SHARE = 16;
const BURST_MS = 1000;
const windowId = (limit: Limit) => `${limit.scope}#${limit.key}#${limit.seconds}`;
function knownWindow(store: RateLimitStore) {
  const known = windows.get(store);
  if (known && known.size <= MAX_KNOWN_WINDOWS) return known;
  const fresh = new Map<string, KnownWindow>();
  windows.set(store, fresh);
  return fresh;
}
function remember(store: RateLimitStore, limit: Limit, counter: Counter, nowMs: number) {
  const id = windowId(limit);
  const known = knownWindow(store).get(id);
  if (known?.start === counter.start) return;
  knownWindow(store).set(id, {
    start: counter.start,
    previous: counter.previous,
    reserved: 0,
    batch: 1,
    wroteAt: nowMs,
  });
}

/**
 * One hit without reading the counter first, when this instance knows the limit's current window;
 * undefined when it does not, or when the write did not take (the window rolled, it is full, or
 * a give-back raced): the caller then decides on a read (`takeLimitHit`). Never counts past the
 * allowance: the condition holds the window and the count below what the known state allows.
 */
export async function takeKnown(store: RateLimitStore, limit: Limit, now: Date): Promise<HitRef | undefined> {
  const known = knownWindow(store).get(windowId(limit));
  const at = windowAt(now.getTime(), limit.seconds);
  if (!known || known.start !== at.start) return undefined;
  const hit: HitRef = { scope: limit.scope, key: limit.key, start: known.start, seconds: limit.seconds };
  if (known.reserved > 0) {
    known.reserved -= 1;
    return { ...hit, reserved: true };
  }
  const nowMs = now.getTime();
  // Small limits count one by one: a reserve left unspent would refuse a turn the limit allows.
  const most = Math.max(1, Math.min(MAX_RESERVED, Math.floor(limit.limit / RESERVE_SHARE)));
  const batch = nowMs - known.wroteAt < BURST_MS ? Math.min(most, known.batch * 2) : 1;
  const allowed = allowance(limit.limit, known.previous, limit.seconds, at.elapsed);
  const next = { start: known.start, hits: 0, previous: known.previous };
  const expiresAt = known.start + limit.seconds * 2 + 60;
  for (const n of batch > 1 ? [batch, 1] : [1]) {
    if (await store.takeHit(limit, undefined, next, false, allowed, expiresAt, n)) {
      known.reserved += n - 1;
      known.batch = n;
      known.wroteAt = nowMs;
      return hit;
    }
  }
  // A write that lost to a parallel one taking a few at once can spend what that one left.
  if (known.reserved > 0) {
    known.reserved -= 1;
    return { ...hit, reserved: true };
  }
  return undefined;
}

/** Whether `takeKnown` can try a limit at `now` (this instance knows its current window). */
export const knowsWindow = (store: RateLimitStore, limit: Limit, now: Date) =>
  knownWindow(store).get(windowId(limit))?.start === windowAt(now.getTime(), limit.seconds).start;

/**
 * One hit of a limit, deciding first on `read` (the counter as the caller read it in its batch)
 * when given: the hit, or TooManyRequests with the wait.
 */
export async function takeLimitHit(
  store: RateLimitStore,
  limit: Limit,
  now: Date,
  read?: { counter: Counter | undefined },
): Promise<HitRef> {
  const outcome = await takeOne(store, limit, now, read);
  if (outcome.wait !== undefined) throw new TooManyRequests(outcome.wait);
  return outcome.taken;
}

/** Gives a hit back (a turn refused by another limit after it was taken): to this instance's reserve when it came from there. */
export async function giveBackHit(store: RateLimitStore, hit: HitRef) {
  const known = knownWindow(store).get(`${hit.scope}#${hit.key}#${hit.seconds}`);
  if (hit.reserved && known?.start === hit.start) known.reserved += 1;
  else await store.giveBack(hit);
}

/** Hits taken, as a slot: `release()` gives them back, once. */
function slotOf(store: RateLimitStore, taken: HitRef[]): Slot {
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      await Promise.all(taken.map((w) => giveBackHit(store, w)));
    },
  };
}

/**
 * Takes one hit of every limit before the work runs: all of them or none. When any is full,
 * gives back the others and throws TooManyRequests with the longest wait.
 */
export async function takeSlot(store: RateLimitStore, limits: Limit[], now: Date): Promise<Slot> {
  // A window this instance already counted in needs no read first: one conditional write (`takeKnown`).
  const outcomes = await Promise.all(
    limits.map(async (l) => {
      const known = await takeKnown(store, l, now);
      return known ? ({ taken: known, wait: undefined } as const) : takeOne(store, l, now);
    }),
  );
  const slot = slotOf(
    store,
    outcomes.flatMap((o) => (o.taken ? [o.taken] : [])),
  );
  const waits = outcomes.flatMap((o) => (o.wait === undefined ? [] : [o.wait]));
  if (waits.length) {
    await slot.release();
    throw new TooManyRequests(Math.max(...waits));
  }
  return slot;
}

/**
 * A slow lane past a limit: one turn per `intervalMs` per key, in order. A caller whose turn is
 * due within one interval waits for it (so at most one waits per key); anyone else gets
 * TooManyRequests.
 */
async function slowLane(store: RateLimitStore, scope: string, key: string, intervalMs: number, now: Date) {
  const seen = await store.laneNext(scope, key);
  const turn = laneTurn(now.getTime(), seen, intervalMs);
  if (turn.wait > intervalMs) throw new TooManyRequests(Math.max(1, Math.ceil((turn.wait - intervalMs) / 1000)));
  const expiresAt = Math.ceil(turn.next / 1000) + 3600;
  if (!(await store.takeLane(scope, key, seen, turn.next, expiresAt)))
    throw new TooManyRequests(Math.max(1, Math.ceil(intervalMs / 1000)));
  if (turn.wait > 0) await new Promise((ok) => setTimeout(ok, turn.wait));
}

/** A limit from the configuration, scaled by RATE_LIMIT_MULTIPLIER (load tests and acceptance runs raise it). */
export const scaledLimit = (config: Config, scope: string, key: string, limit: number, seconds: number): Limit => ({
  scope,
  key,
  limit: Math.max(1, Math.round(limit * config.RATE_LIMIT_MULTIPLIER)),
  seconds,
});

/**
 * Runs `attempt` inside a failure slot taken beforehand; `succeeded` tells from its result
 * whether the try was a success, which gives the slot back (an error gives it back too: no try
 * was judged).
 */
async function withFailureSlot<T>(slot: Slot, attempt: () => Promise<T>, succeeded: (result: T) => boolean) {
  let result: T;
  try {
    result = await attempt();
  } catch (error) {
    await slot.release();
    throw error;
  }
  if (succeeded(result)) await slot.release();
  return result;
}

/** One hit against a per-client limit over `seconds` (the FAQ feedback route). */
export async function enforceRateLimit(
  { stores, config, now }: LimitsDeps,
  scope: string,
  client: string,
  limit: number,
  seconds: number,
) {
  await takeSlot(stores.rateLimits, [scaledLimit(config, scope, clientKey(client), limit, seconds)], now());
}

/** A chat turn's per-client limit (per minute; the chat service takes it with `takeKnown` / `takeLimitHit`). */
export const chatClientLimit = (config: Config, client: string) =>
  scaledLimit(config, 'chat-client', clientKey(client), config.CHAT_TURNS_PER_MINUTE_CLIENT, 60);

/**
 * A chat turn's per-conversation limit, counted on the conversation's own item (the chat store
 * writes the counter with the turn, on the condition the turn writes under: nobody moved the
 * conversation on since it was read). Pure: the counter after this turn, or TooManyRequests.
 */
export function chatSessionHit(config: Config, stored: Counter | undefined, now: Date): Counter {
  const limit = scaledLimit(config, 'chat-session', '', config.CHAT_TURNS_PER_MINUTE_SESSION, 60);
  const { counter, elapsed } = counterAt(stored, now.getTime(), limit.seconds);
  const allowed = allowance(limit.limit, counter.previous, limit.seconds, elapsed);
  if (counter.hits >= allowed)
    throw new TooManyRequests(retryAfter(limit.limit, counter.previous, counter.hits, limit.seconds, elapsed));
  return { ...counter, hits: counter.hits + 1 };
}

/**
 * A local sign-in inside failure slots taken before the password is checked: one per client and
 * email (hard: 429 when none is left) and one per client across every email, so spreading
 * guesses over many accounts is limited too. Past the per-client cap, the client is throttled
 * rather than locked out (a whole office or mobile network can share one address): one sign-in
 * every LOGIN_SLOW_LANE_SECONDS, waiting for its turn up to that long. A success gives the slots back.
 */
export async function withLoginSlot<T>(
  { stores, config, now }: LimitsDeps,
  client: string,
  email: string,
  attempt: () => Promise<T | undefined>,
): Promise<T | undefined> {
  const store = stores.rateLimits;
  const who = clientKey(client);
  const at = now();
  const seconds = config.LOGIN_WINDOW_SECONDS;
  const address = `${who}#${email.trim().toLowerCase()}`;
  const [perEmail, perClient] = await Promise.all([
    takeOne(store, scaledLimit(config, 'login', address, config.LOGIN_FAILURES_PER_WINDOW, seconds), at),
    takeOne(store, scaledLimit(config, 'login-client', who, config.LOGIN_FAILURES_PER_WINDOW_CLIENT, seconds), at),
  ]);
  const slot = slotOf(
    store,
    [perEmail, perClient].flatMap((o) => (o.taken ? [o.taken] : [])),
  );
  try {
    if (perEmail.wait !== undefined) throw new TooManyRequests(perEmail.wait);
    if (perClient.wait !== undefined)
      await slowLane(
        store,
        'login-client',
        who,
        (config.LOGIN_SLOW_LANE_SECONDS * 1000) / config.RATE_LIMIT_MULTIPLIER,
        at,
      );
  } catch (error) {
    await slot.release();
    throw error;
  }
  return withFailureSlot(slot, attempt, (result) => result !== undefined);
}

/** A guest order lookup (route and chatbot alike) inside a failure slot per client; a found order gives it back. */
export async function withLookupSlot<T>(
  { stores, config, now }: LimitsDeps,
  client: string,
  attempt: () => Promise<T | undefined>,
): Promise<T | undefined> {
  const limit = scaledLimit(
    config,
    'lookup',
    clientKey(client),
    config.LOOKUP_FAILURES_PER_WINDOW,
    config.LOOKUP_WINDOW_SECONDS,
  );
  const slot = await takeSlot(stores.rateLimits, [limit], now());
  return withFailureSlot(slot, attempt, (result) => result !== undefined);
}

/** Once per UTC day per key (NPS answers): true when this is the first, false after that. Not scaled. */
export async function oncePerDay({ stores, now }: LimitsDeps, scope: string, key: string): Promise<boolean> {
  const { start } = windowAt(now().getTime(), 86_400);
  return stores.rateLimits.claimOnce(scope, key, start, start + 2 * 86_400);
}
