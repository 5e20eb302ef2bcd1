import type { Config } from '../config';
import { logger } from '../commons/logger';
import { onFlushPendingWrites } from '../commons/pending-writes';
import type { CounterKind } from '../insights/store';
import type { Stores } from '../store';

/**
 * The chat's analytics counts (intents, fallbacks, help sessions, exit reasons), kept in memory
 * and written in a batch like the search counts, so a turn never waits for them: one ADD per
 * distinct counter per flush, however many turns counted it. The counts are recorded by the
 * insights code itself (recordHelp, recordLeaving, the counters' keys), handed stores whose
 * analytics writes land here instead of in the table. Flushed every SEARCH_STATS_FLUSH_MS (or
 * sooner when many wait), when insights are read, when the local server stops and at the end of
 * every Lambda invocation (functions/commons/pending-writes.ts).
 */

interface PendingCounter {
  kind: CounterKind;
  day: string;
  key: string;
  fields: Record<string, unknown>;
  sums: Record<string, number>;
  count: number;
}
type Delta = Record<string, Record<string, number>>;

interface Tally {
  counters: Map<string, PendingCounter>;
  relationship: Delta;
  size: number;
  timer?: ReturnType<typeof setTimeout>;
  flushing: Promise<void>;
}

/** One tally per app (tests run several portals in one process); empty ones are dropped when flushed. */
const tallies = new Map<Stores, Tally>();
const MAX_PENDING = 200;

const addTo = (into: Record<string, number>, from: Record<string, number>) => {
  for (const [name, n] of Object.entries(from)) into[name] = (into[name] ?? 0) + n;
};

/** Writes what one app's tally holds, and waits for its earlier flushes. */
async function flushTally(stores: Stores, tally: Tally): Promise<void> {
  if (tally.timer) clearTimeout(tally.timer);
  tally.timer = undefined;
  const counters = [...tally.counters.values()];
  const relationship = tally.relationship;
  tally.counters = new Map();
  tally.relationship = {};
  tally.size = 0;
  const writes = [
    ...counters.map((c) => stores.stats.increment(c.kind, c.day, c.key, c.fields, c.sums, c.count)),
    Object.keys(relationship).length ? stores.relationship.add(relationship) : undefined,
  ];
  // A failed write loses its counts (logged), never the next flush.
  const settled = writes.map((w) =>
    w?.catch((error: unknown) => logger.error('chat counts not written', { error: String(error) })),
  );
  tally.flushing = Promise.all([tally.flushing, ...settled]).then(() => undefined);
  await tally.flushing;
}

/** Writes every app's waiting chat counts. */
export async function flushChatCounts(): Promise<void> {
  const all = [...tallies.entries()];
  for (const [stores, tally] of all) if (tally.size === 0) tallies.delete(stores);
  await Promise.all(all.map(([stores, tally]) => flushTally(stores, tally)));
}
onFlushPendingWrites(flushChatCounts);

function tallyOf(stores: Stores): Tally {
  let tally = tallies.get(stores);
  if (!tally) {
    tally = { counters: new Map(), relationship: {}, size: 0, flushing: Promise.resolve() };
    tallies.set(stores, tally);
  }
  return tally;
}

function counted(stores: Stores, config: Pick<Config, 'SEARCH_STATS_FLUSH_MS'>, tally: Tally) {
  tally.size += 1;
  if (tally.size >= MAX_PENDING) void flushTally(stores, tally).catch(() => undefined);
  else if (!tally.timer) {
    tally.timer = setTimeout(() => void flushTally(stores, tally).catch(() => undefined), config.SEARCH_STATS_FLUSH_MS);
    tally.timer.unref?.();
  }
}

/**
 * The app's stores with the analytics writes (stats counters, relationship aggregates) kept in
 * the tally; everything else is the real store. Hand it to insights code recording counts.
 */
export function tallyingStores(stores: Stores, config: Pick<Config, 'SEARCH_STATS_FLUSH_MS'>): Stores {
  const stats: Stores['stats'] = {
    ...stores.stats,
    async increment(kind, day, key, fields = {}, sums = {}, count = 1) {
      const tally = tallyOf(stores);
      const id = `${kind}|${day}|${key}`;
      const waiting = tally.counters.get(id);
      if (waiting) {
        waiting.count += count;
        waiting.fields = { ...waiting.fields, ...fields };
        addTo(waiting.sums, sums);
      } else tally.counters.set(id, { kind, day, key, fields, sums: { ...sums }, count });
      counted(stores, config, tally);
    },
  };
  const relationship: Stores['relationship'] = {
    ...stores.relationship,
    async add(delta) {
      const tally = tallyOf(stores);
      for (const [part, attrs] of Object.entries(delta)) {
        tally.relationship[part] ??= {};
        addTo(tally.relationship[part], attrs);
      }
      counted(stores, config, tally);
    },
  };
  return { ...stores, stats, relationship };
}
