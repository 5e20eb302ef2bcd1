import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const SECRET = 'demo-shopify-secret';
const basic = `Basic ${Buffer.from('demo-integration:demo-integration-secret').toString('base64')}`;
const fixture = readFileSync(new URL('../../fixtures/shopify/orders-create.json', import.meta.url), 'utf8');

describe("Shop feed: a cancel's reason in top reasons customers leave", () => {
  let portal: TestPortal;
  let machine: string;
  let admin: string;
  const stamp = Date.now().toString(36).toUpperCase();
  let next = 50_000 + Math.floor(Math.random() * 20_000);

  /** Count of `cancel:<reason>` in the figures' exit reasons (0 when not in the top five). */
  const cancelled = async (reason: string) => {
    const r = await call(portal.url, 'GET', '/api/admin/insights/relationship', { token: admin });
    expect(r.status).toBe(200);
    const row = r.json.exitReasons.find(
      (e: { reason: string; source: string }) => e.reason === reason && e.source === 'cancel',
    );
    return (row?.count as number | undefined) ?? 0;
  };
  const put = (n: string, email: string) =>
    call(portal.url, 'PUT', `/api/integrations/orders/${n}`, {
      token: machine,
      body: {
        customer: { email },
        placedAt: new Date(Date.now() - 86_400_000).toISOString(),
        currency: 'EUR',
        items: [{ name: 'Lamp', quantity: 1, unitPriceCents: 5_000 }],
        totalCents: 5_000,
      },
    });
  const event = (n: string, body: Record<string, unknown>) =>
    call(portal.url, 'POST', `/api/integrations/orders/${n}/events`, { token: machine, body });
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
  const deliver = async (topic: string, payload: Record<string, unknown>, id = randomUUID()) => {
    const body = JSON.stringify(payload);
    const res = await fetch(`${portal.url}/api/webhooks/shopify`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-shopify-topic': topic,
        'x-shopify-webhook-id': id,
        'x-shopify-hmac-sha256': createHmac('sha256', SECRET).update(body, 'utf8').digest('base64'),
      },
      body,
    });
    return res.status;
  };
  const shopifyOrder = (n: number, changes: Record<string, unknown>) => ({
    ...JSON.parse(fixture),
    id: n * 10,
    order_number: n,
    email: `shopify-cancel-${n}@example.org`,
    ...changes,
  });

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    const res = await fetch(`${portal.url}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic },
      body: 'grant_type=client_credentials&scope=orders%2Fwrite',
    });
    machine = ((await res.json()) as { access_token: string }).access_token;
    admin = await login(portal.url, 'admin@example.com');
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it("should count a cancel event's customer reason once, however often and in whatever order the events come", async () => {
    // Prepare
    const n = `CR${stamp}1`;
    expect((await put(n, `cancel-${stamp.toLowerCase()}-1@example.org`)).status).toBeLessThan(300);
    const before = await cancelled('customer');

    // Act: the cancel (latest) arrives before the older paid event, then both again
    const cancel = { eventId: 'c1', type: 'cancelled', at: hoursAgo(1), cancelReason: 'customer' };
    const replies = [
      await event(n, cancel),
      await event(n, { eventId: 'p1', type: 'paid', at: hoursAgo(3) }),
      await event(n, cancel),
      await event(n, { eventId: 'p1', type: 'paid', at: hoursAgo(3) }),
    ];

    // Assess
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(replies.map((r) => r.json.status)).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled']);
    expect(await cancelled('customer')).toBe(before + 1);
  });

  it("should not count the shop's own reasons (fraud, stock, payment, staff, other) as customers leaving", async () => {
    // Prepare
    const before = await cancelled('customer');
    const reasons = ['fraud', 'inventory', 'declined', 'staff', 'other'];

    // Act
    for (const [i, reason] of reasons.entries()) {
      const n = `CR${stamp}s${i}`;
      await put(n, `cancel-${stamp.toLowerCase()}-s${i}@example.org`);
      expect((await event(n, { eventId: 'c', type: 'cancelled', at: hoursAgo(1), cancelReason: reason })).status).toBe(
        200,
      );
    }

    // Assess
    expect(await cancelled('customer')).toBe(before);
    for (const reason of reasons) expect(await cancelled(reason)).toBe(0);
  });

  it('should not count again when the shop confirms a cancel the customer made in the portal', async () => {
    // Prepare: ana cancels her open order 10025 with her own reason
    const ana = await login(portal.url, 'ana@example.com');
    const [mind, customer] = [await cancelled('changed_mind'), await cancelled('customer')];
    const own = await call(portal.url, 'POST', '/api/orders/10025/cancel', {
      token: ana,
      body: { reason: 'changed_mind' },
    });

    // Act: the shop's cancel event for the same order, reason customer
    const echo = await event('10025', {
      eventId: 'shop-c',
      type: 'cancelled',
      at: hoursAgo(0),
      cancelReason: 'customer',
    });

    // Assess
    expect(own.status).toBeLessThan(300);
    expect(echo.status).toBe(200);
    expect(await cancelled('changed_mind')).toBe(mind + 1);
    expect(await cancelled('customer')).toBe(customer);
  });

  it('should refuse a cancel reason on an event that is not a cancel, or one not in the list', async () => {
    // Prepare
    const n = `CR${stamp}bad`;
    await put(n, `cancel-${stamp.toLowerCase()}-bad@example.org`);

    // Act
    const onShipped = await event(n, { eventId: 's', type: 'shipped', at: hoursAgo(1), cancelReason: 'customer' });
    const unknown = await event(n, { eventId: 'c', type: 'cancelled', at: hoursAgo(1), cancelReason: 'bored' });

    // Assess
    expectProblem(onShipped, 400);
    expectProblem(unknown, 400);
    expect((await portal.deps.stores.orders.get(n))?.status).toBe('placed');
  });

  it("should count a Shopify orders/cancelled webhook's customer reason once, and not its fraud reason", async () => {
    // Prepare
    const [a, b] = [next++, next++];
    expect(await deliver('orders/create', shopifyOrder(a, {}))).toBe(200);
    const before = await cancelled('customer');
    const cancelledPayload = {
      cancelled_at: hoursAgo(0),
      cancel_reason: 'customer',
      financial_status: 'refunded',
    };

    // Act: the cancel webhook, its redelivery under a new id, an orders/updated after it, and
    // another order cancelled for fraud
    const statuses = [
      await deliver('orders/cancelled', shopifyOrder(a, cancelledPayload)),
      await deliver('orders/cancelled', shopifyOrder(a, cancelledPayload)),
      await deliver('orders/updated', shopifyOrder(a, { ...cancelledPayload, note: 'refund sent' })),
      await deliver('orders/cancelled', shopifyOrder(b, { ...cancelledPayload, cancel_reason: 'fraud' })),
    ];

    // Assess
    expect(statuses).toEqual([200, 200, 200, 200]);
    expect((await portal.deps.stores.orders.get(String(a)))?.status).toBe('cancelled');
    expect((await portal.deps.stores.orders.get(String(b)))?.status).toBe('cancelled');
    expect(await cancelled('customer')).toBe(before + 1);
  });
});
