import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from '../../helpers/portal';

const SECRET = 'demo-shopify-secret';
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/shopify/${name}.json`, import.meta.url), 'utf8');
const sign = (body: string, secret = SECRET) => createHmac('sha256', secret).update(body, 'utf8').digest('base64');

describe('Routes: POST /api/webhooks/shopify', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  /** Delivers a webhook as Shopify does: raw JSON body, topic, delivery id and signature headers. */
  const deliver = async (topic: string, body: string, options: { signature?: string | null; id?: string } = {}) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-shopify-topic': topic,
      'x-shopify-webhook-id': options.id ?? randomUUID(),
      'x-shopify-shop-domain': 'demo.myshopify.com',
    };
    if (options.signature !== null) headers['x-shopify-hmac-sha256'] = options.signature ?? sign(body);
    const res = await fetch(`${portal.url}/api/webhooks/shopify`, { method: 'POST', headers, body });
    const text = await res.text();
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      json: text ? JSON.parse(text) : undefined,
    };
  };
  /** Shopify's example order payload with a fresh order number and email. */
  const anOrder = (orderNumber: number, email: string, changes: Record<string, unknown> = {}) =>
    JSON.stringify({
      ...JSON.parse(fixture('orders-create')),
      id: orderNumber * 10,
      order_number: orderNumber,
      email,
      ...changes,
    });
  const orderOf = (n: number) => portal.deps.stores.orders.get(String(n));
  let next = 70_000 + Math.floor(Math.random() * 20_000);

  it.each([
    ['a wrong signature', (body: string) => ({ signature: sign(`${body} `) })],
    ['a signature made with another secret', (body: string) => ({ signature: sign(body, 'not-the-secret') })],
    ['no signature', () => ({ signature: null })],
    ['a signature that is not base64 of a digest', () => ({ signature: 'abc' })],
  ])('should refuse %s with 401 problem+json and write nothing', async (_what, options) => {
    // Prepare
    const n = next++;
    const body = anOrder(n, `sig-${n}@example.org`);

    // Act
    const reply = await deliver('orders/create', body, options(body));

    // Assess
    expect(reply.status).toBe(401);
    expect(reply.type).toMatch(/problem\+json/);
    expect(await orderOf(n)).toBeUndefined();
  });

  it("should create the order from Shopify's example payload, mapping items, totals, status and address", async () => {
    // Prepare
    const n = next++;

    // Act
    const reply = await deliver('orders/create', anOrder(n, `shop-${n}@example.org`));

    // Assess
    expect(reply).toMatchObject({ status: 200, json: { outcome: 'applied' } });
    const order = await orderOf(n);
    expect(order).toMatchObject({
      email: `shop-${n}@example.org`,
      status: 'paid',
      currency: 'USD',
      totalCents: 40300,
      shippingAddress: { line1: '123 Shipping Street', postalCode: '40003', city: 'Shippington', country: 'US' },
    });
    expect(order!.items.map((i) => [i.name, i.quantity, i.unitPriceCents])).toEqual([
      ['IPod Nano - 8GB', 1, 19900],
      ['IPod Nano - 8GB', 1, 19900],
    ]);
  });

  it('should acknowledge a replayed delivery id and ignore it, even if its body says something else', async () => {
    // Prepare
    const n = next++;
    const id = randomUUID();
    await deliver('orders/create', anOrder(n, `replay-${n}@example.org`), { id });

    // Act
    const replay = await deliver(
      'orders/updated',
      anOrder(n, `replay-${n}@example.org`, { cancelled_at: '2026-11-30T10:00:00Z' }),
      { id },
    );

    // Assess
    expect(replay).toMatchObject({ status: 200, json: { outcome: 'duplicate' } });
    expect((await orderOf(n))!.status).toBe('paid');
  });

  it('should cancel the order on orders/cancelled', async () => {
    // Prepare
    const n = next++;
    await deliver('orders/create', anOrder(n, `cancel-${n}@example.org`));

    // Act
    const reply = await deliver(
      'orders/cancelled',
      anOrder(n, `cancel-${n}@example.org`, { cancelled_at: '2026-11-30T10:00:00Z' }),
    );

    // Assess
    expect(reply.status).toBe(200);
    expect((await orderOf(n))!.status).toBe('cancelled');
  });

  it("should put a fulfillment on the order's timeline with the carrier, tracking number and Shopify's tracking URL", async () => {
    // Prepare
    const n = next++;
    await deliver('orders/create', anOrder(n, `ship-${n}@example.org`));
    const fulfillment = JSON.stringify({ ...JSON.parse(fixture('fulfillments-create')), id: n, order_id: n * 10 });

    // Act
    const first = await deliver('fulfillments/create', fulfillment);
    const again = await deliver('fulfillments/update', fulfillment);

    // Assess
    expect([first.status, again.status]).toEqual([200, 200]);
    const order = await orderOf(n);
    expect(order!.status).toBe('shipped');
    expect(order!.timeline.filter((s) => s.status === 'shipped')).toHaveLength(1);
    expect(order!.tracking).toMatchObject({
      carrier: 'UPS',
      trackingNumber: '1Z2345',
      url: 'https://www.ups.com/WebTracking?loc=en_US&requester=ST&trackNums=1Z2345',
    });
  });

  it('should acknowledge topics it does not handle, and a body that is not JSON is a 400', async () => {
    // Act
    const other = await deliver('products/update', JSON.stringify({ id: 1, title: 'A product' }));
    const notJson = await deliver('orders/create', 'not json');

    // Assess
    expect(other).toMatchObject({ status: 200, json: { outcome: 'ignored' } });
    expect(notJson.status).toBe(400);
    expect(notJson.type).toMatch(/problem\+json/);
  });
});
