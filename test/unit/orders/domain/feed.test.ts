import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  applyOrder,
  type FedEvent,
  type FedOrder,
  ORDER_STEP_ID,
  withLineIds,
} from '../../../../functions/orders/domain/feed';
import type { OrderRecord } from '../../../../functions/orders/domain/order';

const NOW = new Date('2026-11-25T12:00:00.000Z');
const LATER = new Date('2026-11-26T12:00:00.000Z');
const HOUR = 3_600_000;
const at = (h: number) => new Date(Date.parse('2026-11-20T10:00:00.000Z') + h * HOUR).toISOString();

const order: FedOrder = {
  customer: { email: ' Rosa@Example.COM ', name: 'Rosa', locale: 'de' },
  placedAt: '2026-11-20T11:00:00+01:00',
  currency: 'EUR',
  items: [
    { sku: 'A', name: 'Rug', quantity: 1, unitPriceCents: 1000 },
    { sku: 'A', name: 'Rug', quantity: 2, unitPriceCents: 1000 },
    { name: 'Wrap', quantity: 1, unitPriceCents: 100 },
  ],
  totalCents: 3100,
};
const created = () => {
  const out = applyOrder(undefined, 'N1', order, NOW).record;
  return { ...out, version: 1 };
};
const ev = (eventId: string, type: FedEvent['type'], h: number, extra: Partial<FedEvent> = {}): FedEvent => ({
  eventId,
  type,
  at: at(h),
  ...extra,
});
const applyAll = (record: OrderRecord, events: FedEvent[]) =>
  events.reduce((r, e) => applyEvent(r, e, NOW).record, record);

describe('Function: withLineIds', () => {
  it('should key lines by SKU (numbering repeats) and by position without one', () => {
    // Act
    const lines = withLineIds(order.items);

    // Assess
    expect(lines.map((l) => l.lineId)).toEqual(['A', 'A-2', 'L3']);
  });
});

describe('Function: applyOrder', () => {
  it('should create an order owned by the lower-cased email, placed, with times in UTC', () => {
    // Act
    const { changed, record } = applyOrder(undefined, 'N1', order, NOW);

    // Assess
    expect(changed).toBe(true);
    expect(record).toMatchObject({
      orderNumber: 'N1',
      email: 'rosa@example.com',
      locale: 'de',
      status: 'placed',
      placedAt: '2026-11-20T10:00:00.000Z',
      timeline: [{ status: 'placed', at: '2026-11-20T10:00:00.000Z', eventId: ORDER_STEP_ID }],
    });
  });

  it('should change nothing when the same body comes again, even later', () => {
    // Prepare
    const first = created();

    // Act
    const again = applyOrder(first, 'N1', order, LATER);

    // Assess
    expect(again).toEqual({ changed: false, record: first });
  });

  it('should keep the events already applied when the order is replaced', () => {
    // Prepare
    const shipped = applyEvent(created(), ev('s', 'shipped', 5, { carrier: 'DHL', trackingNumber: 'T1' }), NOW).record;

    // Act
    const { changed, record } = applyOrder(shipped, 'N1', { ...order, totalCents: 99 }, LATER);

    // Assess
    expect(changed).toBe(true);
    expect(record).toMatchObject({ totalCents: 99, status: 'shipped', tracking: { carrier: 'DHL' } });
    expect(record.timeline.map((e) => e.eventId)).toEqual([ORDER_STEP_ID, 's']);
  });
});

describe('Function: applyEvent', () => {
  it('should end in the state of the latest event whatever order they arrive in', () => {
    // Prepare
    const events = [ev('e1', 'shipped', 20), ev('e2', 'out_for_delivery', 50), ev('e3', 'delivered', 60)];
    const orders = [
      [0, 1, 2],
      [2, 1, 0],
      [1, 2, 0],
      [2, 0, 1],
    ];

    // Act
    const results = orders.map((o) =>
      applyAll(
        created(),
        o.map((i) => events[i] as FedEvent),
      ),
    );

    // Assess
    for (const r of results) {
      expect(r.status).toBe('delivered');
      expect(r.timeline.map((e) => e.status)).toEqual(['placed', 'shipped', 'out_for_delivery', 'delivered']);
      expect({ ...r, updatedAt: '' }).toEqual({ ...results[0], updatedAt: '' });
    }
  });

  it('should change nothing for an event id seen before', () => {
    // Prepare
    const once = applyEvent(created(), ev('e1', 'shipped', 20), NOW).record;

    // Act
    const twice = applyEvent(once, ev('e1', 'delivered', 90), LATER);

    // Assess
    expect(twice).toEqual({ changed: false, record: once });
  });

  it('should keep the tracking number and URL of the latest shipment step', () => {
    // Prepare
    const url = 'https://carrier.example/track/T2';

    // Act
    const record = applyAll(created(), [
      ev('a', 'shipped', 10, { carrier: 'DHL', trackingNumber: 'T1', trackingUrl: 'https://dhl.example/T1' }),
      ev('b', 'out_for_delivery', 30),
      ev('c', 'shipped', 20, { carrier: 'UPS', trackingNumber: 'T2', trackingUrl: url }),
    ]);

    // Assess
    expect(record.status).toBe('out_for_delivery');
    expect(record.tracking).toEqual({ carrier: 'UPS', trackingNumber: 'T2', url });
  });

  it('should take a new expected date only from the latest event', () => {
    // Act
    const newest = applyAll(created(), [ev('d1', 'delayed', 10, { expectedDelivery: '2026-11-29' })]);
    const older = applyEvent(newest, ev('d0', 'delayed', 5, { expectedDelivery: '2026-11-27' }), NOW).record;

    // Assess
    expect(newest.expectedDelivery).toBe('2026-11-29');
    expect(older.expectedDelivery).toBe('2026-11-29');
  });

  it('should keep two events at the same moment, in a stable order', () => {
    // Act
    const ab = applyAll(created(), [ev('a', 'shipped', 10), ev('b', 'delayed', 10)]);
    const ba = applyAll(created(), [ev('b', 'delayed', 10), ev('a', 'shipped', 10)]);

    // Assess
    expect(ab.timeline.map((e) => e.eventId)).toEqual([ORDER_STEP_ID, 'a', 'b']);
    expect(ba.timeline).toEqual(ab.timeline);
    expect(ba.status).toBe(ab.status);
  });
});
