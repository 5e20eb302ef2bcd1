import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';
import { handoff } from '../../helpers/tickets';

describe('Routes: GET /api/me/export and DELETE /api/me', () => {
  let portal: TestPortal;
  let admin: string;
  const relationship = async () =>
    (await call(portal.url, 'GET', '/api/admin/insights/relationship', { token: admin })).json;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    admin = await login(portal.url, 'admin@example.com');
  });

  afterAll(async () => {
    await portal?.stop();
  });

  it('should give everything stored about the caller as a JSON download', async () => {
    // Prepare
    const mei = await login(portal.url, 'mei@example.tw');

    // Act
    const r = await call(portal.url, 'GET', '/api/me/export', { token: mei });

    // Assess
    expect(r.status).toBe(200);
    expect(r.headers.get('content-disposition')).toContain('attachment');
    expect(r.json.account.email).toBe('mei@example.tw');
    expect(r.json.profile.email).toBe('mei@example.tw');
    expect(r.json.orders.length).toBeGreaterThan(0);
    expect(r.json.orders.every((o: { email: string }) => o.email === 'mei@example.tw')).toBe(true);
    expect(r.text).not.toContain('passwordHash');
    expect(r.text).not.toContain('gsi1pk');
  });

  it('should refuse an erasure without the right password and keep everything', async () => {
    // Prepare
    const lena = await login(portal.url, 'lena@example.de');

    // Act
    const r = await call(portal.url, 'DELETE', '/api/me', { token: lena, body: { password: 'wrong' } });

    // Assess
    expectProblem(r, 403);
    expect((await call(portal.url, 'GET', '/api/me', { token: lena })).status).toBe(200);
  });

  it('should erase the account, keep the orders without personal data and count the reason', async () => {
    // Prepare
    const minh = await login(portal.url, 'minh@example.vn');
    const { ticketId } = await handoff(portal.url, { token: minh, summary: 'I need a human about my order' });
    const orders = (await call(portal.url, 'GET', '/api/orders', { token: minh })).json.orders as {
      orderNumber: string;
    }[];
    const before = await relationship();

    // Act
    const r = await call(portal.url, 'DELETE', '/api/me', {
      token: minh,
      body: { password: 'demo-password', reason: 'too_expensive', comment: 'prices went up' },
    });

    // Assess: no sign-in, no profile, orders anonymous, ticket stripped, reason counted
    expect(r.status).toBe(204);
    expectProblem(
      await call(portal.url, 'POST', '/api/auth/login', {
        body: { email: 'minh@example.vn', password: 'demo-password' },
      }),
      401,
    );
    const { stores } = portal.deps;
    expect(await stores.customers.get('minh@example.vn')).toBeUndefined();
    for (const { orderNumber } of orders) {
      const order = await stores.orders.get(orderNumber);
      expect(order?.email).toMatch(/^erased-.+@invalid$/);
      expect(order?.shippingAddress).toBeUndefined();
      expect(order?.totalCents).toBeGreaterThan(0);
    }
    expect(await stores.orders.allOfCustomer('minh@example.vn')).toEqual([]);
    expect(ticketId).toBeTruthy();
    const ticket = await stores.tickets.get(ticketId);
    expect(ticket?.contact).toEqual({});
    expect(ticket?.customerId).toBeUndefined();
    expect(JSON.stringify(ticket?.transcript)).not.toContain('human');
    expect(JSON.stringify(await stores.tickets.conversation(ticketId))).not.toContain('I need a human');
    const after = await relationship();
    expect(after.customers).toBe(before.customers - 1);
    expect(after.exitReasons).toContainEqual({ reason: 'too_expensive', count: 1 });
  });
});
