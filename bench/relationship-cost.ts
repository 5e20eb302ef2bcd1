import { addFedEvent, type IntegrationDeps, putFedOrder } from '../functions/integrations/service';
import type { Meter } from './dynamo-meter';
import { inParallel, orderOf } from './relationship-seed';

const DAY = 86_400_000;
const CONNECTIONS = 10;
/** Order events per kind in the cost measure (each run once with and once without the aggregates). */
const COST_EVENTS = Number(process.env.BENCH_REL_COST_EVENTS ?? 300);
/** The integration write path with the relationship step taken out: a customer with no item to it. */
function withoutAggregates(deps: IntegrationDeps): IntegrationDeps {
  const relationship = {
    ...deps.stores.relationship,
    customerState: async () => ({ exists: false, facts: [], summary: null, version: 0 }),
  };
  return { ...deps, stores: { ...deps.stores, relationship } };
}

/**
 * What keeping the aggregates costs per order event: the same events through the integration
 * service, once as is and once with the relationship step taken out, counting requests and
 * capacity units per event and events per second (10 at once), alternating the two to share the
 * machine's noise. Three kinds: a first order (a new customer: summary swap and counter adds), a
 * status event that leaves the summary alone (one consistent read), a cancel (swap and adds).
 */
export async function costPerEvent(deps: IntegrationDeps, m: Meter) {
  const now = Date.now();
  const kinds = {
    'first order (put)': (tag: string, d: IntegrationDeps) => (i: number) =>
      putFedOrder(d, `C${tag}${i}`, orderOf(`cost${tag}`, i, 0, now)),
    'status event (shipped)': (tag: string, d: IntegrationDeps) => (i: number) =>
      addFedEvent(d, `C${tag}${i}`, {
        eventId: `s${tag}${i}`,
        type: 'shipped',
        at: new Date(now - DAY / 2).toISOString(),
      }),
    'cancel event': (tag: string, d: IntegrationDeps) => (i: number) =>
      addFedEvent(d, `C${tag}${i}`, {
        eventId: `c${tag}${i}`,
        type: 'cancelled',
        at: new Date(now - DAY / 4).toISOString(),
      }),
  } as const;
  const variants = { with: deps, without: withoutAggregates(deps) };
  type Variant = keyof typeof variants;
  interface Measured {
    eventsPerSecond: number[];
    perEvent: { requests: number; readUnits: number; writeUnits: number; byCommand: Record<string, number> };
  }
  const perEvent = (n: number) => +(n / COST_EVENTS).toFixed(2);
  const rows = new Map<string, Partial<Record<Variant, Measured>>>();
  for (const round of [1, 2]) {
    for (const name of ['with', 'without'] as const) {
      const tag = `${name}${round}x${now.toString(36)}`;
      for (const [kind, make] of Object.entries(kinds)) {
        const run = make(tag, variants[name]);
        const r = await m.measure(() => inParallel(COST_EVENTS, CONNECTIONS, run));
        const row = rows.get(kind) ?? {};
        rows.set(kind, row);
        const mine: Measured = row[name] ?? {
          eventsPerSecond: [],
          perEvent: { requests: 0, readUnits: 0, writeUnits: 0, byCommand: {} },
        };
        row[name] = mine;
        mine.eventsPerSecond.push(Math.round((COST_EVENTS / r.ms) * 1000));
        mine.perEvent = {
          requests: perEvent(r.requests),
          readUnits: perEvent(r.readUnits),
          writeUnits: perEvent(r.writeUnits),
          byCommand: Object.fromEntries(Object.entries(r.byCommand).map(([c, n]) => [c, perEvent(n)])),
        };
      }
    }
  }
  const out: Record<string, unknown> = {};
  for (const [kind, row] of rows) {
    const w = row.with as Measured;
    const wo = row.without as Measured;
    const diff = (k: 'requests' | 'readUnits' | 'writeUnits') => +(w.perEvent[k] - wo.perEvent[k]).toFixed(2);
    out[kind] = {
      with: w,
      without: wo,
      aggregates: {
        extraRequests: diff('requests'),
        extraReadUnits: diff('readUnits'),
        extraWriteUnits: diff('writeUnits'),
        throughputWithVsWithout: +(Math.max(...w.eventsPerSecond) / Math.max(...wo.eventsPerSecond)).toFixed(2),
      },
    };
  }
  return { eventsPerKind: COST_EVENTS, concurrency: CONNECTIONS, ...out };
}
