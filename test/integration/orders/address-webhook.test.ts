import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drain } from '../../../functions/outbox/service';
import { call, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const SECRET = 'test-shop-webhook-secret';
const ADDRESS = { name: 'Ana Souza', line1: '9 Webhook Lane', postalCode: '10117', city: 'Berlin', country: 'DE' };

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe('Outgoing webhook: the shop hears about an address change', () => {
  let portal: TestPortal;
  let shop: Server;
  let ana: string;
  const received: Received[] = [];
  /** What the shop answers next: a status per call, then 200. */
  const answers: number[] = [];

  beforeAll(async () => {
    shop = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.statusCode = answers.shift() ?? 200;
        res.end();
      });
    });
    await new Promise<void>((ok) => shop.listen(0, '127.0.0.1', ok));
    const url = `http://127.0.0.1:${(shop.address() as AddressInfo).port}/hooks/portal`;
    portal = await startPortal({
      site: false,
      outboxDrain: false,
      env: { SHOP_WEBHOOK_URL: url, SHOP_WEBHOOK_SECRET: SECRET, OUTBOX_RETRY_BASE_MS: '1', OUTBOX_RETRY_MAX_MS: '1' },
    });
    ana = await login(portal.url, 'ana@example.com');
  });

  afterAll(async () => {
    await portal?.stop();
    await new Promise((ok) => shop?.close(ok));
  });

  /** Ana's orders whose address may still change. */
  const changeable = async () => {
    const { orders } = (await call(portal.url, 'GET', '/api/orders?limit=50', { token: ana })).json;
    const details = await Promise.all(
      orders.map(
        async (o: { orderNumber: string }) =>
          (await call(portal.url, 'GET', `/api/orders/${o.orderNumber}`, { token: ana })).json,
      ),
    );
    return details.filter((d) => d.actions.canChangeAddress).map((d) => d.orderNumber as string);
  };
  const drainAll = async () => {
    for (let i = 0; i < 5; i++) {
      await drain(portal.deps);
      await new Promise((ok) => setTimeout(ok, 10));
    }
  };

  it('should post a signed call with the new address, retry a failing shop and deliver the same call', async () => {
    // Prepare
    const [n] = await changeable();
    answers.push(500, 503);
    received.length = 0;

    // Act
    const reply = await call(portal.url, 'PATCH', `/api/orders/${n}/address`, {
      token: ana,
      body: { shippingAddress: ADDRESS },
    });
    await drainAll();

    // Assess: two failures, then the delivery; every try the same call, each signed.
    expect(reply.status).toBe(200);
    expect(received).toHaveLength(3);
    const ids = new Set(received.map((r) => r.headers['x-portal-delivery']));
    expect(ids.size).toBe(1);
    for (const r of received) {
      const timestamp = String(r.headers['x-portal-timestamp']);
      const expected = `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${r.body}`).digest('hex')}`;
      expect(r.headers['x-portal-signature']).toBe(expected);
      expect(r.headers['x-portal-event']).toBe('order.address_changed');
    }
    const body = JSON.parse(received[2]?.body ?? '{}');
    expect(body).toMatchObject({
      event: 'order.address_changed',
      data: { orderNumber: n, shippingAddress: ADDRESS, by: 'customer' },
    });
    expect(body.id).toBe(received[0]?.headers['x-portal-delivery']);
    const message = await portal.deps.stores.outbox.get(body.id);
    expect(message).toMatchObject({ status: 'sent', attempts: 3, kind: 'shop_address_changed' });
  });

  it('should give up after the last try and keep the failure for admins', async () => {
    // Prepare
    const [n] = await changeable();
    answers.push(500, 500, 500, 500, 500, 500);
    received.length = 0;

    // Act
    await call(portal.url, 'PATCH', `/api/orders/${n}/address`, {
      token: ana,
      body: { shippingAddress: { ...ADDRESS, line1: '10 Webhook Lane' } },
    });
    await drainAll();

    // Assess
    const id = String(received[0]?.headers['x-portal-delivery']);
    expect(received.length).toBe(portal.deps.config.OUTBOX_MAX_ATTEMPTS);
    expect(await portal.deps.stores.outbox.get(id)).toMatchObject({ status: 'failed' });
    answers.length = 0;
  });

  it('should call the shop for nothing when the change is refused', async () => {
    // Prepare
    received.length = 0;

    // Act: a delivered order's address no longer changes.
    const reply = await call(portal.url, 'PATCH', '/api/orders/10022/address', {
      token: ana,
      body: { shippingAddress: ADDRESS },
    });
    await drainAll();

    // Assess
    expect(reply.status).toBe(409);
    expect(received).toHaveLength(0);
  });
});
