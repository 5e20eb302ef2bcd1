import { describe, expect, it } from 'vitest';
import { deflection, deflectionDays, monthsOf, withinADay } from '../../../../functions/insights/domain/deflection';

describe('Function: deflection', () => {
  const now = new Date('2026-12-03T09:00:00.000Z');

  it('should count the 30 days that ended more than a day ago, across two months', () => {
    // Act
    const days = deflectionDays(now);

    // Assess: 2026-12-01 (ended 2026-12-02T00:00, over 24 h ago) back to 2026-11-02
    expect(days[0]?.toISOString().slice(0, 10)).toBe('2026-12-01');
    expect(days.at(-1)?.toISOString().slice(0, 10)).toBe('2026-11-02');
    expect(monthsOf(days)).toEqual(['2026-12', '2026-11']);
  });

  it('should give the share of search visits and chats no ticket followed, ignoring days outside', () => {
    // Prepare: 4 visits (1 with a ticket) and 6 chats (2 handed off) inside; 9 visits today (outside)
    const items = {
      'HELPD#2026-12': { q01: 3, qt01: 1, s01: 6, t01: 2, q03: 9 },
      'HELPD#2026-11': { q02: 1, q01: 50 },
    };

    // Act
    const d = deflection(items, deflectionDays(now));

    // Assess: (4 - 1 + 6 - 2) / 10
    expect(d).toMatchObject({ searchVisits: 4, searchVisitsWithTicket: 1, chats: 6, chatsWithTicket: 2, rate: 0.7 });
    expect(deflection({}, deflectionDays(now)).rate).toBeNull();
  });

  it('should call a ticket 24 hours after the start within a day, and one a second later not', () => {
    expect(withinADay('2026-12-01T10:00:00.000Z', new Date('2026-12-02T10:00:00.000Z'))).toBe(true);
    expect(withinADay('2026-12-01T10:00:00.000Z', new Date('2026-12-02T10:00:01.000Z'))).toBe(false);
    expect(withinADay('nonsense', now)).toBe(false);
  });
});
