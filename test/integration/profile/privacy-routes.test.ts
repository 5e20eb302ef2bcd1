import { QueryCommand } from '@aws-sdk/lib-dynamodb';
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
    expect(after.exitReasons).toContainEqual({ reason: 'too_expensive', source: 'account', count: 1 });
  });
  it("should erase the staff directory's items: search terms (an old name's too), messages sent and NPS answers", async () => {
    // Prepare: ben renames himself (the old name's terms stay in the index), answers NPS, gets a message
    const { stores } = portal.deps;
    const { doc, table } = stores.db;
    const ben = await login(portal.url, 'ben@example.com');
    await call(portal.url, 'PATCH', '/api/me', { token: ben, body: { name: 'Benedikt Quasthoff' } });
    await call(portal.url, 'POST', '/api/feedback/nps', { token: ben, body: { score: 8, comment: 'fine' } });
    await stores.directory.rememberMessage('ben@example.com', 'M-test', new Date().toISOString());
    const findable = async (q: string) =>
      (await call(portal.url, 'GET', `/api/admin/customers?q=${q}`, { token: admin })).json.customers.map(
        (c: { id: string }) => c.id,
      );
    const partition = async () =>
      (
        await doc.send(
          new QueryCommand({
            TableName: table,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': 'CUST#ben@example.com' },
          }),
        )
      ).Items ?? [];
    const indexed = async (shard: string) =>
      (
        await doc.send(
          new QueryCommand({
            TableName: table,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': `CUSTIDX#${shard}` },
          }),
        )
      ).Items?.filter((i) => i.email === 'ben@example.com') ?? [];
    expect(await findable('quasthoff')).toContain('ben@example.com');
    expect((await partition()).map((i) => String(i.sk).split('#')[0])).toEqual(
      expect.arrayContaining(['MSG', 'NPS', 'PROFILE', 'TERM']),
    );
    expect((await indexed('b')).length).toBeGreaterThan(0);

    // Act
    const r = await call(portal.url, 'DELETE', '/api/me', { token: ben, body: { password: 'demo-password' } });

    // Assess: nothing under the customer's partition, no index item names them, under any name
    expect(r.status).toBe(204);
    expect(await partition()).toEqual([]);
    expect(await indexed('b')).toEqual([]);
    expect(await indexed('q')).toEqual([]);
    expect(await findable('quasthoff')).toEqual([]);
    expect(await findable('ben')).not.toContain('ben@example.com');
  });
});
