import { describe, expect, it } from 'vitest';
import { actionWindows, lastSent, topBySpend } from '../../../../functions/insights/domain/action-lists';

describe('Function: actionWindows', () => {
  it('should read the days 181-365 and 366-730 before now, and the months they span', () => {
    // Act
    const w = actionWindows(new Date('2026-12-03T09:00:00.000Z'));

    // Assess: 2026-12-03 minus 365 days is 2025-12-03, minus 181 is 2026-06-05
    expect(w.atRisk).toEqual({
      from: '2025-12-03',
      to: '2026-06-05',
      months: ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'],
    });
    expect(w.lapsed.from).toBe('2024-12-03');
    expect(w.lapsed.to).toBe('2025-12-02');
    expect(w.lapsed.months).toHaveLength(13);
  });
});

describe('Function: topBySpend', () => {
  it('should keep the most spend first, ties by the later last order, each customer once', () => {
    // Prepare
    const rows = [
      { email: 'a', spendCents: 100, lastDay: '2026-01-01' },
      { email: 'b', spendCents: 300, lastDay: '2026-01-01' },
      { email: 'c', spendCents: 100, lastDay: '2026-02-01' },
      { email: 'b', spendCents: 300, lastDay: '2026-01-01' },
    ];

    // Act + Assess
    expect(topBySpend(rows, 2).map((r) => r.email)).toEqual(['b', 'c']);
    expect(topBySpend(rows, 10).map((r) => r.email)).toEqual(['b', 'c', 'a']);
  });

  it('should give the latest sent time and ignore messages not sent', () => {
    expect(lastSent([{ sentAt: '2026-01-02' }, {}, { sentAt: '2026-03-01' }])).toBe('2026-03-01');
    expect(lastSent([{}])).toBeUndefined();
  });
});
