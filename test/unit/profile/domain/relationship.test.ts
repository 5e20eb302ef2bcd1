import { describe, expect, it } from 'vitest';
import { relationship, type OrderFacts } from '../../../../functions/profile/domain/relationship';
import type { OrderStatus } from '../../../../functions/orders/domain/order';

const NOW = new Date('2026-06-15T12:00:00.000Z');
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const order = (days: number, totalCents = 1000, status: OrderStatus = 'delivered'): OrderFacts => ({
  placedAt: daysAgo(days),
  totalCents,
  status,
});

describe('Function: relationship', () => {
  describe('tier', () => {
    it.each([
      [0, 'bronze'],
      [24_999, 'bronze'],
      [25_000, 'silver'],
      [74_999, 'silver'],
      [75_000, 'gold'],
      [199_999, 'gold'],
      [200_000, 'platinum'],
      [1_000_000, 'platinum'],
    ])('should give %i cents of spend the %s tier', (cents, tier) => {
      // Prepare
      const orders = [order(10, cents)];

      // Act
      const result = relationship(orders, NOW);

      // Assess
      expect(result.tier).toBe(tier);
      expect(result.spentLast12MonthsCents).toBe(cents);
    });

    it('should add up several orders to reach a tier', () => {
      // Prepare
      const orders = [order(5, 12_500), order(40, 12_500)];

      // Act
      const result = relationship(orders, NOW);

      // Assess
      expect(result.spentLast12MonthsCents).toBe(25_000);
      expect(result.tier).toBe('silver');
    });

    it.each<OrderStatus>(['cancelled', 'returned'])('should not count a %s order towards spend', (status) => {
      // Prepare
      const orders = [order(5, 20_000), order(6, 100_000, status)];

      // Act
      const result = relationship(orders, NOW);

      // Assess
      expect(result.spentLast12MonthsCents).toBe(20_000);
      expect(result.tier).toBe('bronze');
    });

    it('should count an order placed exactly a year ago but not one a moment older', () => {
      // Prepare
      const yearAgo = NOW.getTime() - 365 * DAY;
      const orders: OrderFacts[] = [
        { placedAt: new Date(yearAgo).toISOString(), totalCents: 25_000, status: 'delivered' },
        { placedAt: new Date(yearAgo - 1000).toISOString(), totalCents: 500_000, status: 'delivered' },
      ];

      // Act
      const result = relationship(orders, NOW);

      // Assess
      expect(result.spentLast12MonthsCents).toBe(25_000);
      expect(result.tier).toBe('silver');
    });

    it('should count open orders (not yet delivered) towards spend', () => {
      // Prepare
      const orders = [order(1, 30_000, 'placed'), order(2, 50_000, 'shipped')];

      // Act
      const result = relationship(orders, NOW);

      // Assess
      expect(result.tier).toBe('gold');
    });
  });

  describe('stage', () => {
    it('should call a customer without orders a prospect', () => {
      // Act
      const result = relationship([], NOW);

      // Assess
      expect(result).toMatchObject({ stage: 'prospect', tier: 'bronze', spentLast12MonthsCents: 0 });
    });

    it('should call a customer whose only orders were cancelled or returned a prospect', () => {
      // Prepare
      const orders = [order(3, 5000, 'cancelled'), order(20, 5000, 'returned')];

      // Act
      const result = relationship(orders, NOW);

      // Assess
      expect(result.stage).toBe('prospect');
    });

    it.each([
      ['new', [10]],
      ['new', [60, 2]],
      ['active', [61, 2]],
      ['active', [300, 200, 100, 50]],
      ['loyal', [100, 80, 60, 40, 20]],
      ['active', [180]],
      ['at_risk', [181]],
      ['at_risk', [365]],
      ['lapsed', [366]],
      ['at_risk', [400, 380, 360, 340, 200]],
      ['lapsed', [900, 800, 700, 600, 500, 400]],
    ] as const)('should call a customer %s with orders placed %j days ago', (stage, days) => {
      // Prepare
      const orders = days.map((d) => order(d));

      // Act
      const result = relationship(orders, NOW);

      // Assess
      expect(result.stage).toBe(stage);
    });

    it('should not count cancelled or returned orders towards loyalty', () => {
      // Prepare
      const orders = [
        order(100),
        order(80),
        order(60),
        order(40),
        order(20, 1000, 'returned'),
        order(10, 1000, 'cancelled'),
      ];

      // Act
      const result = relationship(orders, NOW);

      // Assess
      expect(result.stage).toBe('active');
    });

    it('should not let a recent cancelled order keep a lapsing customer active', () => {
      // Prepare
      const orders = [order(200), order(5, 1000, 'cancelled')];

      // Act
      const result = relationship(orders, NOW);

      // Assess
      expect(result.stage).toBe('at_risk');
    });

    it('should judge stages against the given now, not the clock', () => {
      // Prepare
      const orders = [order(10)];
      const muchLater = new Date(NOW.getTime() + 400 * DAY);

      // Act
      const then = relationship(orders, NOW);
      const later = relationship(orders, muchLater);

      // Assess
      expect(then.stage).toBe('new');
      expect(later.stage).toBe('lapsed');
      expect(later.spentLast12MonthsCents).toBe(0);
    });
  });
});
