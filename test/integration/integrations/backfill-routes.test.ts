import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const row = (orderNumber: string, email: string, overrides: Record<string, unknown> = {}) => ({
  orderNumber,
  customer: { email, name: 'Past Buyer', locale: 'en' },
  placedAt: '2024-05-02T09:30:00.000Z',
  currency: 'EUR',
  items: [{ sku: 'MUG-1', name: 'Mug', quantity: 2, unitPriceCents: 1200 }],
  totalCents: 2400,
  status: 'delivered',
  ...overrides,
});

describe('Routes: POST /api/admin/orders/backfill', () => {
  let portal: TestPortal;
  let admin: string;
  const prefix = `B${Date.now().toString(36).toUpperCase()}`;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    admin = await login(portal.url, 'admin@example.com');
  });
  afterAll(async () => {
    await portal?.stop();
  });

  const backfill = (rows: unknown, token = admin) =>
    call(portal.url, 'POST', '/api/admin/orders/backfill', { token, body: rows });

  it('should write the good rows, report each bad one with its field, and change nothing the second time', async () => {
    // Prepare
    const rows = [
      row(`${prefix}1`, 'ana@example.com'),
      row(`${prefix}2`, 'not-an-email'),
      row(`${prefix}3`, 'past.buyer@example.com', { totalCents: 'lots' }),
      { orderNumber: `${prefix}4`, extra: true },
      'not even an object',
      row(`${prefix}5`, 'past.buyer@example.com'),
    ];

    // Act
    const first = await backfill(rows);
    const second = await backfill(rows);

    // Assess
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ created: 2, updated: 0, unchanged: 0, failed: 4 });
    expect(first.json.rows.map((r: { result: string }) => r.result)).toEqual([
      'created',
      'error',
      'error',
      'error',
      'error',
      'created',
    ]);
    expect(first.json.rows[1].errors).toEqual([expect.objectContaining({ field: 'customer.email' })]);
    expect(first.json.rows[2].errors).toEqual([expect.objectContaining({ field: 'totalCents' })]);
    expect(first.json.rows[3]).toMatchObject({ orderNumber: `${prefix}4`, result: 'error' });
    expect(second.json).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 4 });
    expect((await portal.deps.stores.orders.get(`${prefix}1`))?.version).toBe(1);
    expect(await portal.deps.stores.orders.get(`${prefix}3`)).toBeUndefined();
  });

  it("should put a backfilled order on its customer's page, tell nobody, and make the new customer findable", async () => {
    // Prepare
    const ana = await login(portal.url, 'ana@example.com');

    // Act
    const order = await call(portal.url, 'GET', `/api/orders/${prefix}1`, { token: ana });
    const outbox = await call(portal.url, 'GET', '/api/admin/outbox?limit=100', { token: admin });
    const found = await call(portal.url, 'GET', '/api/admin/customers?q=past.buyer%40example.com', { token: admin });

    // Assess
    expect(order.json).toMatchObject({ orderNumber: `${prefix}1`, status: 'delivered' });
    expect(outbox.json.messages.filter((m: { subject: string }) => m.subject.includes(`${prefix}`))).toEqual([]);
    expect(found.json.customers).toEqual([expect.objectContaining({ id: 'past.buyer@example.com', orderCount: 1 })]);
  });

  it('should refuse agents and customers (403), and more than 100 rows (400), writing nothing', async () => {
    // Prepare
    const [agent, ana] = [await login(portal.url, 'agent@example.com'), await login(portal.url, 'ana@example.com')];

    // Act
    const byAgent = await backfill([row(`${prefix}X`, 'ana@example.com')], agent);
    const byCustomer = await backfill([row(`${prefix}Y`, 'ana@example.com')], ana);
    const tooMany = await backfill(Array.from({ length: 101 }, (_, i) => row(`${prefix}Z${i}`, 'ana@example.com')));
    const notArray = await backfill({ rows: [] });

    // Assess
    expectProblem(byAgent, 403);
    expectProblem(byCustomer, 403);
    expectProblem(tooMany, 400);
    expectProblem(notArray, 400);
    expect(await portal.deps.stores.orders.get(`${prefix}X`)).toBeUndefined();
    expect(await portal.deps.stores.orders.get(`${prefix}Z0`)).toBeUndefined();
  });
});
