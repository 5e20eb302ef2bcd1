import { describe, expect, it } from 'vitest';
import {
  type Delta,
  deltaBetween,
  type OrderFact,
  PARTS,
  summarise,
} from '../../../../functions/insights/domain/customer-summary';
import {
  byDay,
  churnLast12Months,
  dayLevelMonths,
  lastMonths,
  type RelationshipInputs,
  relationshipFigures,
  retentionByCohort,
  tenure,
  top20RevenueShare,
} from '../../../../functions/insights/domain/relationship';

const NOW = new Date('2026-06-15T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();
const order = (ago: number, totalCents: number, status: OrderFact['status'] = 'delivered'): OrderFact => ({
  placedAt: daysAgo(ago),
  totalCents,
  status,
});

/** Adds deltas the way the store's ADD does. */
function apply(into: Record<string, Record<string, number>>, delta: Delta) {
  for (const [part, attrs] of Object.entries(delta)) {
    const item = into[part] ?? {};
    into[part] = item;
    for (const [k, n] of Object.entries(attrs)) item[k] = (item[k] ?? 0) + n;
  }
  return into;
}

/** The aggregate inputs of a set of customers' order histories. */
function inputsOf(customers: OrderFact[][], extra: Partial<RelationshipInputs> = {}): RelationshipInputs {
  const items: Record<string, Record<string, number>> = {};
  for (const orders of customers) apply(items, deltaBetween(null, summarise(orders)));
  const cohorts = Object.fromEntries(
    Object.entries(items)
      .filter(([k]) => k.startsWith('COHORT#'))
      .map(([k, v]) => [k.slice(7), v]),
  );
  // Every day of every month (the store reads only the months the figures need; see the service).
  const days = (kind: 'FIRST#' | 'LAST#') =>
    Object.assign({}, ...Object.entries(items).flatMap(([k, v]) => (k.startsWith(kind) ? [v] : [])));
  return {
    totals: items[PARTS.totals] ?? {},
    first: days('FIRST#'),
    last: days('LAST#'),
    cohorts,
    nps: {},
    csat: {},
    help: {},
    tickets: {},
    exits: {},
    ...extra,
  };
}

describe('Function: summarise', () => {
  it('should leave out cancelled and returned orders and give null without a counting order', () => {
    // Act
    const none = summarise([order(3, 1000, 'cancelled'), order(2, 500, 'returned')]);
    const some = summarise([order(40, 1000), order(3, 2000, 'cancelled'), order(10, 3000, 'shipped')]);

    // Assess
    expect(none).toBeNull();
    expect(some).toEqual({
      firstDay: '2026-05-06',
      lastDay: '2026-06-05',
      orders: 2,
      spendCents: 4000,
      months: ['2026-05', '2026-06'],
    });
  });
});

describe('Function: deltaBetween', () => {
  it('should be empty for the same summary (an order fed twice adds nothing)', () => {
    // Prepare
    const s = summarise([order(5, 1000)]);

    // Act / Assess
    expect(deltaBetween(s, structuredClone(s))).toEqual({});
  });

  it('should move a customer to an earlier cohort when an older order arrives late', () => {
    // Prepare
    const before = summarise([order(5, 1000)]);
    const after = summarise([order(5, 1000), order(100, 500)]);

    // Act
    const delta = deltaBetween(before, after);

    // Assess: still one customer; two orders now; first day moved from 06-10 to 03-07
    expect(delta.TOTALS).toMatchObject({ orders: 1, revenueCents: 500 });
    expect(delta.TOTALS?.customers).toBeUndefined();
    expect(delta['FIRST#2026-06']).toEqual({ '2026-06-10': -1 });
    expect(delta['FIRST#2026-03']).toEqual({ '2026-03-07': 1 });
    expect(delta.FIRSTM).toEqual({ '2026-06': -1, '2026-03': 1 });
    expect(delta.LAST).toBeUndefined(); // the day-counter items are split by month
    expect(delta.LASTM).toBeUndefined(); // the latest order did not move
    expect(delta['COHORT#2026-06']).toEqual({ size: -1, '2026-06': -1 });
    expect(delta['COHORT#2026-03']).toEqual({ size: 1, '2026-03': 1, '2026-06': 1 });
  });

  it('should take every count back when the customer goes (erasure)', () => {
    // Prepare
    const s = summarise([order(5, 1000), order(400, 2500)]);
    const items = apply({}, deltaBetween(null, s));

    // Act
    apply(items, deltaBetween(s, null));

    // Assess
    for (const attrs of Object.values(items)) for (const n of Object.values(attrs)) expect(n).toBe(0);
  });
});

describe('Function: tenure', () => {
  it('should put each customer in one bucket by their first order, adding up to all customers', () => {
    // Prepare: first orders 10 days, 400 days, 800 days, 1000 days and 2000 days ago
    const input = inputsOf([[order(10, 1)], [order(400, 1)], [order(800, 1)], [order(1000, 1)], [order(2000, 1)]]);

    // Act
    const buckets = tenure(input.first, NOW);

    // Assess
    expect(buckets).toEqual([
      { bucket: '<1y', customers: 1 },
      { bucket: '1-2y', customers: 1 },
      { bucket: '2-5y', customers: 2 },
      { bucket: '5y+', customers: 1 },
    ]);
  });
});

describe('Function: churnLast12Months', () => {
  it('should count as lost those whose last order left the window during the last 12 months', () => {
    // Prepare: last orders 10, 200, 400 (lost this year), 500 (lost this year) and 900 days ago
    // (lost before the window: not in the pool)
    const input = inputsOf([[order(10, 1)], [order(200, 1)], [order(400, 1)], [order(500, 1)], [order(900, 1)]]);

    // Act
    const churn = churnLast12Months(input.last, NOW, 365);

    // Assess: pool 4 (all but the 900-day one), lost 2 -> 0.5
    expect(churn).toEqual({ pool: 4, lost: 2, rate: 0.5 });
  });

  it('should follow a shorter CHURN_DAYS', () => {
    // Prepare
    const input = inputsOf([[order(10, 1)], [order(200, 1)], [order(400, 1)]]);

    // Act: lost after 180 days: pool = last order within 545 days (3), lost = 180..545 days (2)
    const churn = churnLast12Months(input.last, NOW, 180);

    // Assess
    expect(churn.lost).toBe(2);
    expect(churn.pool).toBe(3);
  });
});

describe('Function: retentionByCohort', () => {
  it('should give the share of each first-order cohort ordering again in each later month', () => {
    // Prepare: two customers first ordered in April 2026; one ordered again in June
    const input = inputsOf([
      [{ placedAt: '2026-04-03T10:00:00Z', totalCents: 1, status: 'delivered' }],
      [
        { placedAt: '2026-04-20T10:00:00Z', totalCents: 1, status: 'delivered' },
        { placedAt: '2026-06-01T10:00:00Z', totalCents: 1, status: 'delivered' },
      ],
    ]);

    // Act
    const rows = retentionByCohort(input.cohorts, ['2026-04', '2026-05'], NOW);

    // Assess: April: month 0 all, May none, June one of two; May has no customers
    expect(rows).toEqual([
      { cohort: '2026-04', size: 2, retained: [1, 0, 0.5] },
      { cohort: '2026-05', size: 0, retained: [] },
    ]);
  });
});

describe('Function: top20RevenueShare', () => {
  it('should give the top fifth of customers their share of revenue', () => {
    // Prepare: ten customers: one spent 9,000, nine spent 100 each (total 9,900); top 2 = 9,100
    const input = inputsOf([[order(1, 900_000)], ...Array.from({ length: 9 }, () => [order(1, 10_000)])]);

    // Act
    const share = top20RevenueShare(input.totals);

    // Assess
    expect(share).toBeCloseTo(910_000 / 990_000, 6);
  });

  it('should never fall under 20% when everyone spends the same', () => {
    // Prepare: six equal customers: the top fifth is ceil(1.2) = 2 of them, a third of revenue
    const input = inputsOf(Array.from({ length: 6 }, () => [order(1, 5_000)]));

    // Act / Assess
    expect(top20RevenueShare(input.totals)).toBeCloseTo(1 / 3, 6);
  });
});

describe('Function: relationshipFigures', () => {
  it('should work every figure out from a hand-made shop', () => {
    // Prepare: A 2 orders (100 + 300), B 1 order (200) 400 days ago, C only a cancelled order
    const input = inputsOf([[order(5, 10_000), order(30, 30_000)], [order(400, 20_000)], [order(3, 99, 'cancelled')]], {
      nps: { '2026-06': { '10': 2, '9': 1, '8': 1, '3': 1 }, '2026-05': { '0': 1 } },
      csat: { '2026-06': { '5': 3, '2': 1 } },
      help: { '2026-06': { sessions: 10, handoffs: 3 } },
      tickets: { '2026-06': { solved: 4, firstContact: 3 } },
      exits: {
        too_expensive: 2,
        moved: 1,
        other: 0,
        'cancel:found_cheaper': 3,
        'return:damaged': 1,
        'return:does_not_fit': 1,
        'cancel:other': 1,
      },
    });

    // Act
    const f = relationshipFigures(input, NOW);

    // Assess
    expect(f.customers).toBe(2);
    expect(f.activeCustomers).toBe(1);
    expect(f.churnRateLast12Months).toBe(0.5);
    expect(f.tenure.reduce((n, b) => n + b.customers, 0)).toBe(2);
    expect(f.averageOrderValueCents).toBe(20_000); // 60,000 / 3 orders
    expect(f.customerLifetimeValueCents).toBe(30_000); // 60,000 / 2 customers
    expect(f.top20RevenueShare).toBeCloseTo(40_000 / 60_000, 6); // top 1 of 2 is A
    // Top five across sources, most first, then by reason (a-z): cancel:other is sixth
    expect(f.exitReasons).toEqual([
      { reason: 'found_cheaper', source: 'cancel', count: 3 },
      { reason: 'too_expensive', source: 'account', count: 2 },
      { reason: 'damaged', source: 'return', count: 1 },
      { reason: 'does_not_fit', source: 'return', count: 1 },
      { reason: 'moved', source: 'account', count: 1 },
    ]);
    // 6 answers: 3 promoters, 1 passive, 2 detractors -> (3 - 2) / 6 = 17
    expect(f.nps).toMatchObject({ score: 17, promoters: 3, passives: 1, detractors: 2, responses: 6 });
    expect(f.nps.trend.at(-1)).toEqual({ month: '2026-06', score: 40, responses: 5 }); // (3 - 1) / 5
    expect(f.nps.trend.at(-2)).toEqual({ month: '2026-05', score: -100, responses: 1 });
    expect(f.csat).toBe(0.75);
    expect(f.selfServiceResolutionRate).toBe(0.7);
    expect(f.firstContactResolutionRate).toBe(0.75);
    expect(f.retentionByCohort.map((c) => c.cohort)).toEqual(lastMonths(NOW, 12));
  });

  it('should give zeros, not NaN, for an empty shop', () => {
    // Act
    const f = relationshipFigures(inputsOf([]), NOW);

    // Assess
    expect(f).toMatchObject({
      customers: 0,
      churnRateLast12Months: 0,
      averageOrderValueCents: 0,
      top20RevenueShare: 0,
      csat: null,
      nps: { score: null },
    });
  });
});

describe('Function: lifetimeValue (through relationshipFigures)', () => {
  it('should forecast from customer-years, a customer of under 30 days counting 30', () => {
    // Prepare: A first ordered 5 days ago (5.5 days by the clock: counts 30), B 400 days ago
    // (400.5 days), B's last order 400 days ago so B is lost: churn 1 of 2 = 0.5, lifetime 2 years
    const input = inputsOf([[order(5, 10_000)], [order(400, 30_000)]]);

    // Act
    const f = relationshipFigures(input, NOW);

    // Assess: customer-years (30 + 400.5) / 365; 40,000 per that x 2 years = 67,828.1 -> 67,828
    expect(f.churnRateLast12Months).toBe(0.5);
    expect(f.customerLifetimeValueForecastCents).toBe(67_828);
  });
});

describe('Function: dayLevelMonths and byDay', () => {
  // A shop seven years old: 300 customers, first orders spread over every day, a later order for two in three.
  const history = Array.from({ length: 300 }, (_, i) => {
    const first = (i * 8.53) % 2555;
    const orders = [order(Math.floor(first), 1_000 + i * 37)];
    if (i % 3) orders.push(order(Math.floor(first * ((i % 7) / 7)), 500 + i));
    return orders;
  });

  it('should name the months of the tenure and churn bounds and of the last 30 days', () => {
    // Act: now 2026-06-15; 1, 2, 5 years back: 2025-06-15, 2024-06-15, 2021-06-16; 30 days: 2026-05-16
    const months = dayLevelMonths(NOW, 365);

    // Assess: churn bounds 730 and 365 days back: 2024-06-15 and 2025-06-15
    expect(months.first).toEqual(['2021-06', '2024-06', '2025-06', '2026-05', '2026-06']);
    expect(months.last).toEqual(['2024-06', '2025-06']);
  });

  for (const churnDays of [365, 180]) {
    it(`should give every figure as from every day, reading only those months day by day (churn ${churnDays} days)`, () => {
      // Prepare: the items the write path keeps, and the reduced reading of them
      const items: Record<string, Record<string, number>> = {};
      for (const orders of history) apply(items, deltaBetween(null, summarise(orders)));
      const full = inputsOf(history);
      const months = dayLevelMonths(NOW, churnDays);
      const dayItems = (kind: string, list: string[]) =>
        Object.fromEntries(list.map((m) => [m, items[`${kind}#${m}`] ?? {}]));
      const reduced = {
        ...full,
        first: byDay(items.FIRSTM ?? {}, dayItems('FIRST', months.first)),
        last: byDay(items.LASTM ?? {}, dayItems('LAST', months.last)),
      };

      // Act
      const fromAll = relationshipFigures(full, NOW, churnDays);
      const fromFew = relationshipFigures(reduced, NOW, churnDays);

      // Assess: the same figures, from far fewer day entries; and the history spans every bucket
      expect(fromFew).toEqual(fromAll);
      expect(Object.keys(reduced.first).length).toBeLessThan(Object.keys(full.first).length / 2);
      expect(fromAll.tenure.every((b) => b.customers > 0)).toBe(true);
      expect(fromAll.counts.lostLast12Months).toBeGreaterThan(0);
    });
  }
});
