import type { SpecialDate } from '../../../../functions/profile/domain/profile';
import type { Locale } from '../../../../locales/registry';
import { describe, expect, it } from 'vitest';
import type { OrderRecord } from '../../../../functions/orders/domain/order';
import { newProfile, presentProfile, type ProfileRecord } from '../../../../functions/profile/domain/profile';
import type { OrderStatus } from '../../../../functions/orders/domain/order';
import { makeOrder } from '../../../fixtures/orders';

const profileOf = (locale: Locale, name: string, specialDates: SpecialDate[] = []): ProfileRecord => ({
  customerId: 'cust-1',
  email: 'jane@example.com',
  name,
  locale,
  preferences: { newsletter: false, contactChannel: 'email', orderUpdates: true },
  specialDates,
  customerSince: '2024-01-01T00:00:00.000Z',
});
const orderIn = (status: OrderStatus, placedAt = '2026-01-10T10:00:00.000Z'): OrderRecord =>
  makeOrder({ status, placedAt, totalCents: 1000 });

describe('Function: presentProfile', () => {
  describe('greeting', () => {
    // January: London is on UTC, Berlin UTC+1, Ho Chi Minh City UTC+7, Taipei UTC+8.
    it.each<[Locale, string, string, string]>([
      ['en', 'Ana', '2026-01-15T08:00:00Z', 'Good morning, Ana'],
      ['en', 'Ana', '2026-01-15T11:59:00Z', 'Good morning, Ana'],
      ['en', 'Ana', '2026-01-15T12:00:00Z', 'Good afternoon, Ana'],
      ['en', 'Ana', '2026-01-15T17:59:00Z', 'Good afternoon, Ana'],
      ['en', 'Ana', '2026-01-15T18:00:00Z', 'Good evening, Ana'],
      ['de', 'Lena', '2026-01-15T10:30:00Z', 'Guten Morgen, Lena'],
      ['de', 'Lena', '2026-01-15T11:30:00Z', 'Guten Tag, Lena'],
      ['de', 'Lena', '2026-01-15T17:30:00Z', 'Guten Abend, Lena'],
      ['vi', 'Minh', '2026-01-15T01:00:00Z', 'Chào buổi sáng, Minh'],
      ['vi', 'Minh', '2026-01-15T06:00:00Z', 'Chào buổi chiều, Minh'],
      ['vi', 'Minh', '2026-01-15T12:00:00Z', 'Chào buổi tối, Minh'],
      ['zh', '林美', '2026-01-15T01:00:00Z', '林美，早安'],
      ['zh', '林美', '2026-01-15T05:00:00Z', '林美，午安'],
      ['zh', '林美', '2026-01-15T11:00:00Z', '林美，晚安'],
    ])("should greet in %s (%s at %s) by the time of day in the customer's zone", (locale, name, at, expected) => {
      // Prepare
      const record = profileOf(locale, name);

      // Act
      const profile = presentProfile(record, [], new Date(at));

      // Assess
      expect(profile.greeting).toBe(expected);
    });

    it.each<[Locale, string]>([
      ['en', 'Good afternoon, Jane! Happy birthday!'],
      ['de', 'Guten Tag, Jane! Alles Gute zum Geburtstag!'],
      ['vi', 'Chào buổi tối, Jane! Chúc mừng sinh nhật!'],
      ['zh', 'Jane，晚安！生日快樂！'],
    ])('should append the birthday wish in %s on the day', (locale, expected) => {
      // Prepare
      const record = profileOf(locale, 'Jane', [{ kind: 'birthday', date: '1990-01-15' }]);

      // Act
      const profile = presentProfile(record, [], new Date('2026-01-15T14:00:00Z'));

      // Assess
      expect(profile.greeting).toBe(expected);
      expect(profile.occasionsToday).toEqual([{ kind: 'birthday', date: '1990-01-15' }]);
    });

    it('should append every occasion of the day, with the label of an `other` date', () => {
      // Prepare
      const record = profileOf('en', 'Jane', [
        { kind: 'anniversary', date: '01-15' },
        { kind: 'other', date: '01-15', label: 'Launch day' },
        { kind: 'birthday', date: '1990-02-01' },
      ]);

      // Act
      const profile = presentProfile(record, [], new Date('2026-01-15T09:00:00Z'));

      // Assess
      expect(profile.greeting).toBe('Good morning, Jane! Happy anniversary! Today is Launch day!');
      expect(profile.occasionsToday).toHaveLength(2);
    });

    it('should not wish a happy birthday the day after', () => {
      // Prepare
      const record = profileOf('en', 'Jane', [{ kind: 'birthday', date: '1990-01-14' }]);

      // Act
      const profile = presentProfile(record, [], new Date('2026-01-15T09:00:00Z'));

      // Assess
      expect(profile.greeting).toBe('Good morning, Jane');
      expect(profile.occasionsToday).toEqual([]);
    });
  });

  describe('orders', () => {
    it('should count orders still on their way as open', () => {
      // Prepare
      const statuses: OrderStatus[] = [
        'placed',
        'paid',
        'packed',
        'shipped',
        'delayed',
        'out_for_delivery',
        'delivery_attempted',
        'delivered',
        'cancelled',
        'returned',
      ];
      const orders = statuses.map((s) => orderIn(s));

      // Act
      const profile = presentProfile(profileOf('en', 'Jane'), orders, new Date('2026-01-15T09:00:00Z'));

      // Assess
      expect(profile.openOrders).toBe(7);
    });

    it('should have no open orders when everything arrived or was cancelled', () => {
      // Prepare
      const orders = [orderIn('delivered'), orderIn('cancelled'), orderIn('returned')];

      // Act
      const profile = presentProfile(profileOf('en', 'Jane'), orders, new Date('2026-01-15T09:00:00Z'));

      // Assess
      expect(profile.openOrders).toBe(0);
    });

    it('should derive tier and stage from the orders', () => {
      // Prepare
      const orders = [makeOrder({ status: 'delivered', placedAt: '2026-01-10T10:00:00.000Z', totalCents: 80_000 })];

      // Act
      const profile = presentProfile(profileOf('en', 'Jane'), orders, new Date('2026-01-15T09:00:00Z'));

      // Assess
      expect(profile.tier).toBe('gold');
      expect(profile.stage).toBe('new');
      expect(profile.stats.spentLast12MonthsCents).toBe(80_000);
      expect(profile.stats.lastOrderAt).toBe('2026-01-10T10:00:00.000Z');
    });
  });
});

describe('Function: newProfile', () => {
  it('should start a new customer as a bronze prospect named after the email', () => {
    // Prepare
    const now = new Date('2026-01-15T09:00:00Z');

    // Act
    const record = newProfile('sub-9', 'kim.lee@example.com', now);
    const profile = presentProfile(record, [], now);

    // Assess
    expect(record).toMatchObject({
      customerId: 'sub-9',
      email: 'kim.lee@example.com',
      name: 'kim.lee',
      locale: 'en',
      customerSince: now.toISOString(),
    });
    expect(profile).toMatchObject({ tier: 'bronze', stage: 'prospect', openOrders: 0 });
  });
});
