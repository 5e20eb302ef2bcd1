import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leavingReasonOf } from '../../../../functions/integrations/domain/cancel-reason';
import { orderFromShopify } from '../../../../functions/integrations/domain/shopify';

const payload = JSON.parse(
  readFileSync(new URL('../../../fixtures/shopify/orders-create.json', import.meta.url), 'utf8'),
);

describe('Domain: a shop cancel as a reason for leaving', () => {
  it.each([
    ['a customer cancel of an open order', 'paid', 'cancelled', 'customer', 'customer'],
    ['a customer cancel of an order first seen cancelled', undefined, 'cancelled', 'customer', 'customer'],
    ['a cancel of an order already cancelled', 'cancelled', 'cancelled', 'customer', undefined],
    ['a write that left the order open (an older cancel)', 'shipped', 'shipped', 'customer', undefined],
    ['a fraud cancel', 'paid', 'cancelled', 'fraud', undefined],
    ['a cancel for missing stock', 'paid', 'cancelled', 'inventory', undefined],
    ['a declined payment', 'placed', 'cancelled', 'declined', undefined],
    ['an unexplained cancel', 'placed', 'cancelled', 'other', undefined],
    ['a cancel without a reason', 'placed', 'cancelled', undefined, undefined],
  ] as const)('should give %s: %s', (_what, before, after, reason, expected) => {
    // Act
    const leaving = leavingReasonOf(before, after, reason);

    // Assess
    expect(leaving).toBe(expected);
  });

  it("should carry a cancelled Shopify order's documented cancel_reason, and nothing for an open order or an unknown reason", () => {
    // Act
    const cancelled = orderFromShopify({ ...payload, cancelled_at: '2026-12-01T10:00:00Z', cancel_reason: 'Customer' });
    const open = orderFromShopify({ ...payload, cancelled_at: null, cancel_reason: 'customer' });
    const unknown = orderFromShopify({ ...payload, cancelled_at: '2026-12-01T10:00:00Z', cancel_reason: 'bored' });

    // Assess
    expect(cancelled).toMatchObject({ order: { status: 'cancelled' }, cancelReason: 'customer' });
    expect(open).not.toHaveProperty('cancelReason');
    expect(unknown).toMatchObject({ order: { status: 'cancelled' } });
    expect(unknown).not.toHaveProperty('cancelReason');
  });
});
