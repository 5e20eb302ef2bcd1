import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../../locales/registry';
import { decideReturn, returnability, returnWindow } from '../../../../functions/orders/domain/returns';
import type { OrderRecord } from '../../../../functions/orders/domain/order';
import { makeOrder } from '../../../fixtures/orders';

const DELIVERED_AT = '2026-03-05T10:00:00.000Z';
const delivered = (overrides: Partial<OrderRecord> = {}) =>
  makeOrder({
    status: 'delivered',
    items: [
      { lineId: 'POT', name: 'Teapot', quantity: 2, unitPriceCents: 1250 },
      { lineId: 'CUP', name: 'Cup', quantity: 3, unitPriceCents: 400, returnable: false },
    ],
    timeline: [
      { status: 'placed', at: '2026-03-01T09:00:00.000Z' },
      { status: 'delivered', at: DELIVERED_AT },
    ],
    ...overrides,
  });
const rules = (daysAfter: number, locale: (typeof LOCALES)[number] = 'en') => ({
  windowDays: 30,
  now: new Date(Date.parse(DELIVERED_AT) + daysAfter * 86_400_000),
  locale,
});
const pots = (quantity: number) => ({
  items: [{ lineId: 'POT', quantity }],
  reason: 'damaged' as const,
  resolution: 'refund' as const,
});

describe('Function: returnWindow', () => {
  it('should open at delivery and close after the shop’s days', () => {
    expect(returnWindow(delivered(), 30, rules(30).now)).toEqual({
      days: 30,
      closesAt: '2026-04-04T10:00:00.000Z',
      open: true,
    });
    expect(returnWindow(delivered(), 30, rules(30.01).now)?.open).toBe(false);
  });

  it('should not exist before delivery', () => {
    expect(returnWindow(makeOrder({ status: 'shipped' }), 30, rules(1).now)).toBeUndefined();
  });
});

describe('Function: decideReturn', () => {
  it('should create a return with its label issued, leaving the order unchanged otherwise', () => {
    // Act
    const decision = decideReturn(delivered(), pots(1), rules(3));

    // Assess
    expect(decision.kind).toBe('create');
    if (decision.kind !== 'create') return;
    expect(decision.ret).toMatchObject({ rmaId: 'RMA-T-1001-1', status: 'return_label_issued' });
    expect(decision.ret.events.map((e) => e.step)).toEqual(['return_requested', 'return_label_issued']);
    expect(decision.record.status).toBe('delivered');
    expect(decision.record.returns).toHaveLength(1);
  });

  it('should treat the same request again as a repeat', () => {
    // Prepare
    const first = decideReturn(delivered(), pots(1), rules(3));
    if (first.kind !== 'create') throw new Error('no return');

    // Act
    const again = decideReturn(first.record, pots(1), rules(4));

    // Assess
    expect(again).toEqual({ kind: 'repeat', ret: first.ret });
  });

  it('should refuse items the shop takes no returns of', () => {
    const decision = decideReturn(
      delivered(),
      { items: [{ lineId: 'CUP', quantity: 1 }], reason: 'other', resolution: 'refund' },
      rules(3),
    );
    expect(decision).toEqual({ kind: 'refused', reason: expect.stringMatching(/Cup cannot be returned/) });
  });

  it('should call a quantity above what was bought invalid, naming the field', () => {
    const decision = decideReturn(delivered(), pots(3), rules(3));
    expect(decision).toMatchObject({ kind: 'invalid', errors: [{ field: 'items.0.quantity' }] });
  });

  it.each(LOCALES)('should say in %s why the window closed, with its length and last day', (locale) => {
    const decision = decideReturn(delivered(), pots(1), rules(31, locale));
    expect(decision.kind).toBe('refused');
    if (decision.kind === 'refused') {
      expect(decision.reason).toContain('30');
      expect(decision.reason).toMatch(/2026/);
      expect(decision.reason).not.toMatch(/[{}—]/);
    }
  });
});

describe('Function: returnability', () => {
  it('should say why not when every returnable item went back already', () => {
    // Prepare
    const first = decideReturn(delivered(), pots(2), rules(1));
    if (first.kind !== 'create') throw new Error('no return');

    // Act
    const check = returnability(first.record, rules(2));

    // Assess
    expect(check.canReturn).toBe(false);
    expect(check.reason).toBeTruthy();
  });
});
