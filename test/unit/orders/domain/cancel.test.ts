import type { Locale } from '../../../../locales/registry';
import { describe, expect, it } from 'vitest';
import { decideCancel } from '../../../../functions/orders/domain/cancel';
import type { OrderStatus } from '../../../../functions/orders/domain/order';
import { makeOrder } from '../../../fixtures/orders';

const NOW = new Date('2026-03-02T08:15:00.000Z');
const PAST_SHIPPING: OrderStatus[] = [
  'shipped',
  'delayed',
  'out_for_delivery',
  'delivery_attempted',
  'delivered',
  'returned',
];
const WORDS: [Locale, RegExp][] = [
  ['en', /cancel/i],
  ['de', /storniert/],
  ['vi', /hủy/],
  ['zh', /取消/],
];

/** Runs the decision and returns the refusal (or fails when it did not refuse). */
function refusalOf(status: OrderStatus, locale: Locale): { message: string } {
  const decision = decideCancel(makeOrder({ status }), locale, NOW);
  if (decision.kind !== 'refused') throw new Error(`a ${status} order was not refused`);
  return { message: decision.reason };
}

describe('Function: decideCancel', () => {
  it.each<OrderStatus>(['placed', 'paid', 'packed'])(
    'should cancel a %s order with a cancelled event at now',
    (status) => {
      // Prepare
      const order = makeOrder({ status });

      // Act
      const decision = decideCancel(order, 'en', NOW);

      // Assess
      expect(decision.kind).toBe('cancel');
      if (decision.kind !== 'cancel') return;
      expect(decision.event.status).toBe('cancelled');
      expect(decision.event.at).toBe('2026-03-02T08:15:00.000Z');
    },
  );

  it('should change nothing for an order that is already cancelled', () => {
    // Prepare
    const order = makeOrder({ status: 'cancelled' });

    // Act
    const decision = decideCancel(order, 'en', NOW);

    // Assess
    expect(decision).toEqual({ kind: 'already-cancelled' });
  });

  it.each(PAST_SHIPPING)('should refuse to cancel a %s order, with a reason', (status) => {
    // Act
    const decision = decideCancel(makeOrder({ status }), 'en', NOW);

    // Assess
    expect(decision.kind).toBe('refused');
    expect(refusalOf(status, 'en').message.length).toBeGreaterThan(20);
  });

  describe.each(WORDS)('locale %s', (locale, word) => {
    it.each(PAST_SHIPPING)("should give the reason for refusing a %s order in the customer's language", (status) => {
      // Act
      const error = refusalOf(status, locale);

      // Assess
      expect(error.message).toMatch(word);
      if (locale !== 'en') expect(error.message).not.toBe(refusalOf(status, 'en').message);
    });
  });

  it('should say a shipped order can be returned, and not say so of one already returned', () => {
    // Act
    const shipped = refusalOf('shipped', 'en');
    const returned = refusalOf('returned', 'en');

    // Assess
    expect(shipped.message).toMatch(/shipped/i);
    expect(returned.message).not.toMatch(/return it/i);
  });
});
