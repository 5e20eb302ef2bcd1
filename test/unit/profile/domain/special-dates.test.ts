import type { SpecialDate } from '../../../../functions/profile/domain/profile';
import { describe, expect, it } from 'vitest';
import { LOCALE_REGISTRY } from '../../../../locales/registry';
import { monthDayIn, occasionsOn } from '../../../../functions/profile/domain/special-dates';

const BIRTHDAY: SpecialDate = { kind: 'birthday', date: '1990-06-21' };
const LEAP_BIRTHDAY: SpecialDate = { kind: 'birthday', date: '2000-02-29' };
const LONDON = LOCALE_REGISTRY.en.timeZone;
const TAIPEI = LOCALE_REGISTRY.zh.timeZone;

describe('Function: occasionsOn', () => {
  it('should find a birthday on its day', () => {
    // Act
    const found = occasionsOn([BIRTHDAY], new Date('2026-06-21T12:00:00Z'), LONDON);

    // Assess
    expect(found).toEqual([BIRTHDAY]);
  });

  it.each(['2026-06-20T12:00:00Z', '2026-06-22T12:00:00Z'])(
    'should not find a birthday on the day before or after (%s)',
    (at) => {
      // Act
      const found = occasionsOn([BIRTHDAY], new Date(at), LONDON);

      // Assess
      expect(found).toEqual([]);
    },
  );

  it('should match a date given as MM-DD, without a year', () => {
    // Prepare
    const anniversary: SpecialDate = { kind: 'anniversary', date: '03-14', label: 'Customer anniversary' };

    // Act
    const found = occasionsOn([anniversary, BIRTHDAY], new Date('2026-03-14T09:00:00Z'), LONDON);

    // Assess
    expect(found).toEqual([anniversary]);
  });

  it('should start the day in Taipei while it is still the day before in London', () => {
    // Prepare: 20:00 UTC on 20 June is 04:00 on 21 June in Taipei and 21:00 on 20 June in London.
    const now = new Date('2026-06-20T20:00:00Z');

    // Act
    const inTaipei = occasionsOn([BIRTHDAY], now, TAIPEI);
    const inLondon = occasionsOn([BIRTHDAY], now, LONDON);

    // Assess
    expect(inTaipei).toEqual([BIRTHDAY]);
    expect(inLondon).toEqual([]);
  });

  it('should end the day in Taipei while it still lasts in London', () => {
    // Prepare: 18:00 UTC on 21 June is 02:00 on 22 June in Taipei and 19:00 on 21 June in London.
    const now = new Date('2026-06-21T18:00:00Z');

    // Act
    const inTaipei = occasionsOn([BIRTHDAY], now, TAIPEI);
    const inLondon = occasionsOn([BIRTHDAY], now, LONDON);

    // Assess
    expect(inTaipei).toEqual([]);
    expect(inLondon).toEqual([BIRTHDAY]);
  });

  it('should judge London by summer time, not by UTC', () => {
    // Prepare: 23:30 UTC on 20 June is already 00:30 on 21 June in London (BST).
    const now = new Date('2026-06-20T23:30:00Z');

    // Act
    const found = occasionsOn([BIRTHDAY], now, LONDON);

    // Assess
    expect(found).toEqual([BIRTHDAY]);
  });

  it('should celebrate 29 February on 28 February in a year without one', () => {
    // Act
    const found = occasionsOn([LEAP_BIRTHDAY], new Date('2027-02-28T12:00:00Z'), LONDON);

    // Assess
    expect(found).toEqual([LEAP_BIRTHDAY]);
  });

  it('should not celebrate 29 February on 28 February in a leap year, but on the 29th', () => {
    // Act
    const on28th = occasionsOn([LEAP_BIRTHDAY], new Date('2028-02-28T12:00:00Z'), LONDON);
    const on29th = occasionsOn([LEAP_BIRTHDAY], new Date('2028-02-29T12:00:00Z'), LONDON);

    // Assess
    expect(on28th).toEqual([]);
    expect(on29th).toEqual([LEAP_BIRTHDAY]);
  });

  it.each(['2027-02-27T12:00:00Z', '2027-03-01T12:00:00Z', '2100-03-01T12:00:00Z'])(
    'should not celebrate 29 February on %s',
    (at) => {
      // Act
      const found = occasionsOn([LEAP_BIRTHDAY], new Date(at), LONDON);

      // Assess
      expect(found).toEqual([]);
    },
  );

  it('should treat 2100 as a year without 29 February', () => {
    // Act
    const found = occasionsOn([LEAP_BIRTHDAY], new Date('2100-02-28T12:00:00Z'), LONDON);

    // Assess
    expect(found).toEqual([LEAP_BIRTHDAY]);
  });

  it("should reach 28 February in the customer's zone for a 29 February birthday", () => {
    // Prepare: 20:00 UTC on 27 February 2027 is already 28 February in Taipei.
    const now = new Date('2027-02-27T20:00:00Z');

    // Act
    const inTaipei = occasionsOn([LEAP_BIRTHDAY], now, TAIPEI);
    const inLondon = occasionsOn([LEAP_BIRTHDAY], now, LONDON);

    // Assess
    expect(inTaipei).toEqual([LEAP_BIRTHDAY]);
    expect(inLondon).toEqual([]);
  });
});

describe('Function: monthDayIn', () => {
  it('should give month and day in the zone', () => {
    // Prepare
    const now = new Date('2026-12-31T17:30:00Z');

    // Act
    const london = monthDayIn(now, LONDON);
    const saigon = monthDayIn(now, LOCALE_REGISTRY.vi.timeZone);

    // Assess
    expect(london).toBe('12-31');
    expect(saigon).toBe('01-01');
  });
});
