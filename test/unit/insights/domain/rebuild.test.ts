import { describe, expect, it } from 'vitest';
import { diffParts, diffSummaries, rebuildParts, summariesOf } from '../../../../functions/insights/domain/rebuild';

describe('Domain: relationship rebuild', () => {
  const customers = [
    { email: 'a@x.org', summary: null, version: 0 },
    { email: 'b@x.org', summary: null, version: 0 },
  ];
  const orders = [
    { email: 'A@x.org', placedAt: '2026-01-10T10:00:00Z', totalCents: 1000, status: 'delivered' as const },
    { email: 'a@x.org', placedAt: '2026-03-02T10:00:00Z', totalCents: 3000, status: 'paid' as const },
    { email: 'a@x.org', placedAt: '2026-04-02T10:00:00Z', totalCents: 9000, status: 'cancelled' as const },
    { email: 'b@x.org', placedAt: '2026-03-05T10:00:00Z', totalCents: 500, status: 'returned' as const },
    // an erased customer's order: no customer item, so it counts for nothing
    { email: 'erased-1@invalid', placedAt: '2026-03-05T10:00:00Z', totalCents: 700, status: 'paid' as const },
  ];

  it('should give each customer with an item the summary of their counting orders', () => {
    // Act
    const s = summariesOf(customers, orders);

    // Assess: a has two counting orders (4000 cents); b's only order was returned
    expect(s.get('a@x.org')).toEqual({
      firstDay: '2026-01-10',
      lastDay: '2026-03-02',
      orders: 2,
      spendCents: 4000,
      months: ['2026-01', '2026-03'],
    });
    expect(s.get('b@x.org')).toBeNull();
    expect(s.size).toBe(2);
  });

  it('should sum the customers into the parts and the survey days into their months', () => {
    // Act
    const parts = rebuildParts(summariesOf(customers, orders), [
      { kind: 'NPS', day: '2026-03-01', key: '9', count: 2 },
      { kind: 'NPS', day: '2026-03-20', key: '9', count: 1 },
      { kind: 'CSAT', day: '2026-04-01', key: '5', count: 4 },
    ]);

    // Assess
    expect(parts.TOTALS).toMatchObject({ customers: 1, orders: 2, revenueCents: 4000 });
    expect(parts['FIRST#2026-01']).toEqual({ '2026-01-10': 1 });
    expect(parts['LAST#2026-03']).toEqual({ '2026-03-02': 1 });
    expect(parts.FIRSTM).toEqual({ '2026-01': 1 });
    expect(parts.LASTM).toEqual({ '2026-03': 1 });
    expect(parts.TOTALS?.firstDays).toBe(Date.UTC(2026, 0, 10) / 86_400_000);
    expect(parts['COHORT#2026-01']).toEqual({ size: 1, '2026-01': 1, '2026-03': 1 });
    expect(parts['NPS#2026-03']).toEqual({ '9': 3 });
    expect(parts['CSAT#2026-04']).toEqual({ '5': 4 });
  });

  it('should name each differing figure of the rebuilt parts, missing as zero, and leave the others alone', () => {
    // Act
    const diff = diffParts(
      { TOTALS: { customers: 3, orders: 2, n5: 0 }, 'HELP#2026-03': { sessions: 9 }, 'NPS#2026-03': { '9': 3 } },
      { TOTALS: { customers: 1, orders: 2 }, 'NPS#2026-03': { '9': 3, '4': 1 } },
    );

    // Assess
    expect(diff).toEqual([
      { part: 'NPS#2026-03', attr: '4', stored: 0, rebuilt: 1 },
      { part: 'TOTALS', attr: 'customers', stored: 3, rebuilt: 1 },
    ]);
  });

  it('should take a stored summary with its fields in another order as the same', () => {
    // Prepare
    const summaries = summariesOf(customers, orders);
    const stored = {
      months: ['2026-01', '2026-03'],
      spendCents: 4000,
      orders: 2,
      lastDay: '2026-03-02',
      firstDay: '2026-01-10',
    };

    // Act
    const diff = diffSummaries(
      [{ email: 'a@x.org', summary: stored, version: 1 }, customers[1] as (typeof customers)[1]],
      summaries,
    );

    // Assess
    expect(diff).toEqual([]);
    expect(diffSummaries([{ email: 'b@x.org', summary: stored, version: 1 }], summaries)).toHaveLength(1);
  });
});
