import { LOCALES, type Locale } from '../../../../locales/registry';
import { describe, expect, it } from 'vitest';
import { describeEvent, toDetail, toGuestView, toSummary } from '../../../../functions/orders/domain/timeline';
import { ORDER_STATUSES, type OrderStatus, type TimelineEvent } from '../../../../functions/orders/domain/order';
import { makeOrder } from '../../../fixtures/orders';

const FINISHED: OrderStatus[] = ['delivered', 'cancelled', 'returned'];

/** One event of every status, each with everything a description may mention. */
const eventOf = (status: OrderStatus): TimelineEvent => ({
  status,
  at: '2026-03-02T10:00:00.000Z',
  carrier: 'ParcelCo',
  trackingNumber: 'PC-778899',
  location: 'Packstation 12',
});

describe('Function: describeEvent', () => {
  describe.each(LOCALES)('locale %s', (locale) => {
    it.each(ORDER_STATUSES)('should describe %s with a title and every placeholder filled in', (status) => {
      // Prepare
      const order = makeOrder({ status });

      // Act
      const step = describeEvent(eventOf(status), order, locale);

      // Assess
      expect(step.title.trim()).not.toBe('');
      expect(step.description.trim().length).toBeGreaterThan(10);
      expect(step.description).not.toMatch(/[{}]/);
      expect(step.description).not.toContain('—');
      expect(step.status).toBe(status);
      expect(step.at).toBe('2026-03-02T10:00:00.000Z');
    });

    it('should give every status its own title', () => {
      // Prepare
      const order = makeOrder();

      // Act
      const titles = ORDER_STATUSES.map((status) => describeEvent(eventOf(status), order, locale).title);

      // Assess
      expect(new Set(titles).size).toBe(ORDER_STATUSES.length);
    });

    it('should name the carrier and tracking number of a shipment', () => {
      // Prepare
      const order = makeOrder({ status: 'shipped' });

      // Act
      const step = describeEvent(eventOf('shipped'), order, locale);

      // Assess
      expect(step.description).toContain('ParcelCo');
      expect(step.description).toContain('PC-778899');
    });

    it('should give the expected date of a delay and the place of a missed delivery', () => {
      // Prepare
      const order = makeOrder({ status: 'delayed', expectedDelivery: '2026-03-09' });

      // Act
      const delayed = describeEvent(eventOf('delayed'), order, locale);
      const attempted = describeEvent(eventOf('delivery_attempted'), order, locale);

      // Assess
      expect(delayed.description).toContain('2026-03-09');
      expect(attempted.description).toContain('Packstation 12');
    });
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('should translate every title and description into %s', (locale) => {
    // Prepare
    const order = makeOrder();

    // Act
    const differing = ORDER_STATUSES.filter((status) => {
      const english = describeEvent(eventOf(status), order, 'en');
      const local = describeEvent(eventOf(status), order, locale);
      return english.title !== local.title && english.description !== local.description;
    });

    // Assess
    expect(differing).toEqual([...ORDER_STATUSES]);
  });

  it('should take the carrier from the order when the event has none', () => {
    // Prepare
    const order = makeOrder({ status: 'shipped', tracking: { carrier: 'FastShip', trackingNumber: 'FS-1' } });

    // Act
    const step = describeEvent({ status: 'shipped', at: '2026-03-02T10:00:00.000Z' }, order, 'en');

    // Assess
    expect(step.description).toContain('FastShip');
    expect(step.description).toContain('FS-1');
  });
});

describe('Function: toSummary', () => {
  it('should give the status in the requested language and count items by quantity', () => {
    // Prepare
    const order = makeOrder({ status: 'packed' });

    // Act
    const en = toSummary(order, 'en');
    const de = toSummary(order, 'de');

    // Assess
    expect(en.statusText).toBe('Packed');
    expect(de.statusText).toBe('Verpackt');
    expect(en.itemCount).toBe(5);
    expect(en).toMatchObject({
      orderNumber: 'T-1001',
      status: 'packed',
      totalCents: 3700,
      currency: 'EUR',
      expectedDelivery: '2026-03-06',
    });
  });

  it.each(FINISHED)('should not promise an expected delivery for a %s order', (status) => {
    // Prepare
    const order = makeOrder({ status });

    // Act
    const summary = toSummary(order, 'en');

    // Assess
    expect(summary.expectedDelivery).toBeUndefined();
  });

  it('should give the delivery time of a delivered order and none before', () => {
    // Prepare
    const timeline: TimelineEvent[] = [
      { status: 'placed', at: '2026-03-01T09:00:00.000Z' },
      { status: 'shipped', at: '2026-03-02T09:00:00.000Z' },
      { status: 'delivered', at: '2026-03-04T15:30:00.000Z' },
    ];
    const delivered = makeOrder({ status: 'delivered', timeline });
    const onItsWay = makeOrder({ status: 'shipped', timeline: timeline.slice(0, 2) });

    // Act
    const done = toSummary(delivered, 'en');
    const open = toSummary(onItsWay, 'en');

    // Assess
    expect(done.deliveredAt).toBe('2026-03-04T15:30:00.000Z');
    expect(open.deliveredAt).toBeUndefined();
  });
});

const RULES = { returnWindowDays: 30, now: new Date('2026-03-10T00:00:00Z') };

describe('Function: toDetail', () => {
  it('should sort the timeline oldest first even when stored out of order', () => {
    // Prepare
    const order = makeOrder({
      status: 'shipped',
      timeline: [
        { status: 'shipped', at: '2026-03-03T08:00:00.000Z' },
        { status: 'placed', at: '2026-03-01T09:00:00.000Z' },
        { status: 'packed', at: '2026-03-02T12:00:00.000Z' },
        { status: 'paid', at: '2026-03-01T09:05:00.000Z' },
      ],
    });

    // Act
    const detail = toDetail(order, 'en', RULES);

    // Assess
    expect(detail.timeline.map((s) => s.status)).toEqual(['placed', 'paid', 'packed', 'shipped']);
    expect(order.timeline[0]?.status).toBe('shipped');
  });

  it('should give the owner the address, the lines and the cancel action', () => {
    // Prepare
    const order = makeOrder({ status: 'paid' });

    // Act
    const detail = toDetail(order, 'en', RULES);

    // Assess
    expect(detail.shippingAddress).toEqual(order.shippingAddress);
    expect(detail.items).toEqual(order.items.map((l) => ({ ...l, returnableQuantity: l.quantity })));
    expect(detail.actions).toMatchObject({ canCancel: true, canChangeAddress: true, canDownloadInvoice: true });
    expect(detail.actions.canReturn).toBe(false);
  });

  it.each<[Locale, RegExp]>([
    ['en', /cancel/i],
    ['de', /storniert/],
    ['vi', /hủy/],
    ['zh', /取消/],
  ])('should explain in %s why a shipped order cannot be cancelled', (locale, word) => {
    // Prepare
    const order = makeOrder({ status: 'shipped' });

    // Act
    const detail = toDetail(order, locale, RULES);

    // Assess
    expect(detail.actions.canCancel).toBe(false);
    expect(detail.actions.cancelReason).toMatch(word);
  });
});

describe('Function: toGuestView', () => {
  it('should show status and timeline without address, name, email or prices of lines', () => {
    // Prepare
    const order = makeOrder({
      status: 'shipped',
      timeline: [
        { status: 'shipped', at: '2026-03-03T08:00:00.000Z', carrier: 'ParcelCo', trackingNumber: 'PC-778899' },
        { status: 'placed', at: '2026-03-01T09:00:00.000Z' },
      ],
    });

    // Act
    const view = toGuestView(order, 'en');
    const text = JSON.stringify(view);

    // Assess
    expect(view).not.toHaveProperty('shippingAddress');
    expect(view).not.toHaveProperty('customerId');
    expect(view).not.toHaveProperty('email');
    for (const secret of [
      'Jane Private',
      '7 Hidden Lane',
      'Secretville',
      '99999',
      'jane.private',
      'cust-1',
      'SKU-SECRET',
      'unitPriceCents',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(view.items).toEqual([
      { name: 'Teapot', quantity: 2 },
      { name: 'Cup', quantity: 3 },
    ]);
    expect(view.timeline.map((s) => s.status)).toEqual(['placed', 'shipped']);
    expect(view.statusText).toBe('Shipped');
  });
});
