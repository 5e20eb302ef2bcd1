import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../functions/auth/local-idp';
import { call, expectProblem, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const basic = `Basic ${Buffer.from('demo-integration:demo-integration-secret').toString('base64')}`;

describe('Routes: /api/admin/customers', () => {
  let portal: TestPortal;
  let machine: string;
  let agent: string;
  let admin: string;
  let ana: string;
  const n = `C${Date.now().toString(36).toUpperCase()}`;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    const token = await fetch(`${portal.url}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic },
      body: 'grant_type=client_credentials&scope=orders%2Fwrite',
    });
    machine = ((await token.json()) as { access_token: string }).access_token;
    agent = await login(portal.url, 'agent@example.com');
    admin = await login(portal.url, 'admin@example.com');
    ana = await login(portal.url, 'ana@example.com');
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const search = (q: string, token = agent) =>
    call(portal.url, 'GET', `/api/admin/customers?q=${encodeURIComponent(q)}`, { token });
  const picture = (id: string, token = agent) =>
    call(portal.url, 'GET', `/api/admin/customers/${encodeURIComponent(id)}`, { token });

  it('should find a customer a shop fed in by name, email words and order number, for agents and admins', async () => {
    // Prepare: a guest the shop knows only by email and name.
    const order = {
      customer: { email: 'Rosa.Kraemer@example.de', name: 'Rosa Krämer', locale: 'de' },
      placedAt: '2026-11-20T10:00:00.000Z',
      currency: 'EUR',
      items: [{ name: 'Wool rug', quantity: 1, unitPriceCents: 12900 }],
      totalCents: 12900,
    };
    expect(
      (await call(portal.url, 'PUT', `/api/integrations/orders/${n}`, { token: machine, body: order })).status,
    ).toBe(201);

    // Act
    const byName = await search('krämer');
    const bySpelling = await search('rosa kraemer');
    const byOrder = await search(`#${n}`);
    const byEmail = await search('rosa.kraemer@example.de', admin);

    // Assess
    for (const reply of [byName, bySpelling, byOrder, byEmail]) {
      expect(reply.status).toBe(200);
      expect(reply.json.customers.map((c: { id: string }) => c.id)).toEqual(['rosa.kraemer@example.de']);
    }
    expect(byOrder.json.customers[0]).toMatchObject({ matched: 'order', orderNumber: n, orderCount: 1 });
    expect(byEmail.json.customers[0]).toMatchObject({ matched: 'email', name: 'Rosa Krämer', locale: 'de' });
  });

  it('should find seeded customers by a prefix of a name, diacritics or not', async () => {
    // Act
    const minh = await search('nguyen');
    const mei = await search('林');
    const nobody = await search('zzqx');

    // Assess
    expect(minh.json.customers.map((c: { id: string }) => c.id)).toContain('minh@example.vn');
    expect(mei.json.customers.map((c: { id: string }) => c.id)).toContain('mei@example.tw');
    expect(nobody.json.customers).toEqual([]);
  });

  it("should show a customer's whole picture: orders with timelines, chats with CSAT, NPS and messages", async () => {
    // Prepare: an order fed for ana that shipped (a message), a chat she rated, an NPS answer.
    const order = {
      customer: { email: 'ana@example.com' },
      placedAt: '2026-11-21T10:00:00.000Z',
      currency: 'USD',
      items: [{ name: 'Lamp', quantity: 1, unitPriceCents: 4900 }],
      totalCents: 4900,
    };
    await call(portal.url, 'PUT', `/api/integrations/orders/A${n}`, { token: machine, body: order });
    const shipped = {
      eventId: 'ship-1',
      type: 'shipped',
      at: '2026-11-22T10:00:00.000Z',
      carrier: 'DHL',
      trackingNumber: 'JD77',
    };
    expect(
      (await call(portal.url, 'POST', `/api/integrations/orders/A${n}/events`, { token: machine, body: shipped }))
        .status,
    ).toBe(200);
    const chat = await call(portal.url, 'POST', '/api/chat', { token: ana, body: { message: 'hello' } });
    const rated = await call(portal.url, 'POST', `/api/chat/${chat.json.sessionId}/rating`, {
      token: ana,
      body: { score: 4 },
    });
    const nps = await call(portal.url, 'POST', '/api/feedback/nps', {
      token: ana,
      body: { score: 9, comment: 'Lovely rugs' },
    });
    expect([chat.status, rated.status, nps.status]).toEqual([200, 202, 202]);

    // Act
    const reply = await picture('ana@example.com');

    // Assess
    expect(reply.status).toBe(200);
    const p = reply.json;
    expect(p.customer).toMatchObject({ id: 'ana@example.com', name: 'Ana Souza', tier: expect.any(String) });
    const fed = p.orders.find((o: { orderNumber: string }) => o.orderNumber === `A${n}`);
    expect(fed).toMatchObject({ status: 'shipped', tracking: { carrier: 'DHL', trackingNumber: 'JD77' } });
    expect(fed.timeline.map((e: { status: string }) => e.status)).toEqual(['placed', 'shipped']);
    expect(p.customer.stats.orderCount).toBe(p.orders.length);
    expect(p.chats).toEqual([expect.objectContaining({ sessionId: chat.json.sessionId, rating: 4 })]);
    expect(p.feedback.csat).toEqual([expect.objectContaining({ score: 4, sessionId: chat.json.sessionId })]);
    expect(p.feedback.nps).toEqual([expect.objectContaining({ score: 9, comment: 'Lovely rugs' })]);
    expect(p.messages).toEqual([expect.objectContaining({ kind: 'shipped', orderNumber: `A${n}` })]);
    expect(Array.isArray(p.tickets)).toBe(true);
  });

  it("should file a guest's later chats under them once they sign up and sign in", async () => {
    // Prepare: the shop knows only the email; the customer signs up later (the local IdP's store stands in for Cognito).
    const email = `guest.${n.toLowerCase()}@example.com`;
    const order = {
      customer: { email, name: 'Gia Guest' },
      placedAt: '2026-11-21T10:00:00.000Z',
      currency: 'EUR',
      items: [{ name: 'Vase', quantity: 1, unitPriceCents: 3900 }],
      totalCents: 3900,
    };
    await call(portal.url, 'PUT', `/api/integrations/orders/G${n}`, { token: machine, body: order });
    const passwordHash = await hashPassword('guest-password');
    await portal.deps.stores.users.create({ email, sub: `sub-${n}`, passwordHash, groups: [] });
    const guest = await login(portal.url, email, 'guest-password');

    // Act
    await call(portal.url, 'GET', '/api/me', { token: guest });
    const chat = await call(portal.url, 'POST', '/api/chat', { token: guest, body: { message: 'hello' } });
    const reply = await picture(email);

    // Assess
    expect((await portal.deps.stores.customers.get(email))?.customerId).toBe(`sub-${n}`);
    expect(reply.json.chats.map((c: { sessionId: string }) => c.sessionId)).toEqual([chat.json.sessionId]);
    expect(reply.json.orders.map((o: { orderNumber: string }) => o.orderNumber)).toEqual([`G${n}`]);
  });

  it('should list a message once when its event is delivered again', async () => {
    // Act: the shop repeats the event it got no answer for.
    const shipped = {
      eventId: 'ship-1',
      type: 'shipped',
      at: '2026-11-22T10:00:00.000Z',
      carrier: 'DHL',
      trackingNumber: 'JD77',
    };
    await call(portal.url, 'POST', `/api/integrations/orders/A${n}/events`, { token: machine, body: shipped });
    const reply = await picture('ana@example.com');

    // Assess
    expect(reply.json.messages.filter((m: { orderNumber?: string }) => m.orderNumber === `A${n}`)).toHaveLength(1);
  });

  it('should refuse customers (403) and anonymous callers (401), and answer 404 for an unknown customer', async () => {
    // Act
    const [customerSearch, customerPicture, anonymous, unknown, badId, short] = await Promise.all([
      search('ana', ana),
      picture('ben@example.com', ana),
      call(portal.url, 'GET', '/api/admin/customers?q=ana'),
      picture('nobody@example.com'),
      picture('not-an-email'),
      search('a'),
    ]);

    // Assess
    expectProblem(customerSearch, 403);
    expectProblem(customerPicture, 403);
    expectProblem(anonymous, 401);
    expectProblem(unknown, 404);
    expectProblem(badId, 400);
    expectProblem(short, 400);
  });
});
