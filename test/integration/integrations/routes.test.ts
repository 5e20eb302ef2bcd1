import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../functions/auth/local-idp';
import { call, expectProblem, login, type Reply, replyOf } from '../../helpers/http';
import { caughtMails, startPortal, type TestPortal } from '../../helpers/portal';

const CLIENT = 'demo-integration';
const SECRET = 'demo-integration-secret';
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

/** POST /api/auth/token as a shop's system would. */
async function tokenRequest(base: string, form: Record<string, string>, authorization?: string): Promise<Reply> {
  const res = await fetch(`${base}/api/auth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(authorization ? { authorization } : {}),
    },
    body: new URLSearchParams(form).toString(),
  });
  return replyOf(res);
}

const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-20T10:00:00.000Z');
const at = (hours: number) => new Date(T0 + hours * HOUR).toISOString();

const anOrder = (email: string, overrides: Record<string, unknown> = {}) => ({
  customer: { email, name: 'Rosa Feed', locale: 'de' },
  placedAt: at(0),
  currency: 'EUR',
  items: [
    { sku: 'RUG-1', name: 'Wool rug', quantity: 1, unitPriceCents: 12900 },
    { name: 'Gift wrap', quantity: 1, unitPriceCents: 300 },
  ],
  totalCents: 13200,
  ...overrides,
});

describe('Routes: /api/integrations and /api/auth/token', () => {
  let portal: TestPortal;
  let machine: string;
  let ana: string;
  let seq = 0;
  const fresh = () => `F${Date.now().toString(36).toUpperCase()}${++seq}`;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    const issued = await tokenRequest(
      portal.url,
      { grant_type: 'client_credentials', scope: 'orders/write' },
      basic(CLIENT, SECRET),
    );
    machine = issued.json.access_token;
    ana = await login(portal.url, 'ana@example.com');
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const put = (n: string, body: unknown, token = machine) =>
    call(portal.url, 'PUT', `/api/integrations/orders/${n}`, { token, body });
  const event = (n: string, body: unknown, token = machine) =>
    call(portal.url, 'POST', `/api/integrations/orders/${n}/events`, { token, body });
  const stored = (n: string) => portal.deps.stores.orders.get(n);
  /** A customer signs up with an email (the local IdP's store stands in for Cognito's sign-up). */
  const signUp = async (email: string) => {
    const passwordHash = await hashPassword('guest-password');
    await portal.deps.stores.users.create({ email, sub: `sub-${email}`, passwordHash, groups: [] });
    return login(portal.url, email, 'guest-password');
  };

  describe('POST /api/auth/token', () => {
    it('should issue an access token with scope orders/write for the right client and secret', async () => {
      // Act
      const reply = await tokenRequest(portal.url, { grant_type: 'client_credentials' }, basic(CLIENT, SECRET));

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json).toMatchObject({ token_type: 'Bearer', scope: 'orders/write' });
      expect(reply.json.expires_in).toBeGreaterThan(0);
      const claims = JSON.parse(Buffer.from(reply.json.access_token.split('.')[1], 'base64url').toString());
      expect(claims).toMatchObject({ token_use: 'access', client_id: CLIENT, sub: CLIENT, scope: 'orders/write' });
      expect(claims.email).toBeUndefined();
    });

    it('should take the client in the form body too (client_secret_post)', async () => {
      // Act
      const reply = await tokenRequest(portal.url, {
        grant_type: 'client_credentials',
        client_id: CLIENT,
        client_secret: SECRET,
      });

      // Assess
      expect(reply.status).toBe(200);
    });

    it.each([
      ['a wrong secret', basic(CLIENT, 'nope')],
      ['an unknown client', basic('someone', SECRET)],
      ['no client at all', undefined],
      ['a bearer instead of Basic', 'Bearer abc'],
    ])('should refuse %s with 401 problem+json', async (_what, authorization) => {
      // Act
      const reply = await tokenRequest(portal.url, { grant_type: 'client_credentials' }, authorization);

      // Assess
      expectProblem(reply, 401);
    });

    it.each([
      ['the password grant', { grant_type: 'password', username: 'ana@example.com', password: 'demo-password' }],
      ['no grant', { scope: 'orders/write' }],
      ['a scope it may not have', { grant_type: 'client_credentials', scope: 'orders/write admin' }],
    ])('should refuse %s with 400 problem+json', async (_what, form) => {
      // Act
      const reply = await tokenRequest(portal.url, form as Record<string, string>, basic(CLIENT, SECRET));

      // Assess
      expectProblem(reply, 400);
    });
  });

  describe('who may call the integration API', () => {
    it('should answer 401 without a token and 403 with a customer token, writing nothing', async () => {
      // Prepare
      const n = fresh();

      // Act
      const none = await call(portal.url, 'PUT', `/api/integrations/orders/${n}`, { body: anOrder('ana@example.com') });
      const customer = await put(n, anOrder('ana@example.com'), ana);
      const customerEvent = await event('10023', { eventId: 'x', type: 'delivered', at: at(1) }, ana);

      // Assess
      expectProblem(none, 401);
      expectProblem(customer, 403);
      expectProblem(customerEvent, 403);
      expect(await stored(n)).toBeUndefined();
      expect((await stored('10023'))?.timeline.some((e) => e.eventId === 'x')).toBe(false);
    });

    it('should refuse the machine token everywhere else', async () => {
      // Act
      const replies = await Promise.all([
        call(portal.url, 'GET', '/api/me', { token: machine }),
        call(portal.url, 'GET', '/api/orders', { token: machine }),
        call(portal.url, 'GET', '/api/admin/tickets', { token: machine }),
        call(portal.url, 'POST', '/api/chat', { token: machine, body: { message: 'where is my order' } }),
      ]);

      // Assess
      for (const reply of replies) expectProblem(reply, 403);
    });

    it('should refuse a token of another client', async () => {
      // Act
      const reply = await put(fresh(), anOrder('ana@example.com'), 'eyJhbGciOiJub25lIn0.e30.');

      // Assess
      expectProblem(reply, 401);
    });
  });

  describe('PUT /api/integrations/orders/{orderNumber}', () => {
    it('should create, then replace, and change nothing when the same body comes again', async () => {
      // Prepare
      const n = fresh();

      // Act
      const created = await put(n, anOrder('Rosa.Feed@Example.com'));
      const first = await stored(n);
      const again = await put(n, anOrder('Rosa.Feed@Example.com'));
      const afterRepeat = await stored(n);
      const replaced = await put(
        n,
        anOrder('rosa.feed@example.com', { totalCents: 12900, items: [anOrder('').items[0]] }),
      );

      // Assess
      expect(created.status).toBe(201);
      expect(created.json).toMatchObject({ orderNumber: n, status: 'placed', changed: true, version: 1 });
      expect(first).toMatchObject({ email: 'rosa.feed@example.com', locale: 'de', status: 'placed' });
      expect(first?.items.map((i) => i.lineId)).toEqual(['RUG-1', 'L2']);
      expect(again.status).toBe(200);
      expect(again.json).toMatchObject({ changed: false, version: 1 });
      expect(afterRepeat).toEqual(first);
      expect(replaced.json).toMatchObject({ changed: true, version: 2 });
      expect((await stored(n))?.items).toEqual([{ lineId: 'RUG-1', ...anOrder('').items[0] }]);
    });

    it.each([
      ['wrong types and an unknown field', { ...anOrder('ana@example.com'), totalCents: 'lots', extra: 1 }],
      ['an unknown customer field', anOrder('ana@example.com', { customer: { email: 'ana@example.com', sub: 'x' } })],
      ['a bad email', anOrder('not-an-email')],
      ['no items', anOrder('ana@example.com', { items: [] })],
      [
        'too many items',
        anOrder('ana@example.com', {
          items: Array.from({ length: 201 }, (_, i) => ({ name: `n${i}`, quantity: 1, unitPriceCents: 1 })),
        }),
      ],
      [
        'an oversize name',
        anOrder('ana@example.com', { items: [{ name: 'x'.repeat(201), quantity: 1, unitPriceCents: 1 }] }),
      ],
      ['a status we do not know', anOrder('ana@example.com', { status: 'teleported' })],
      ['a time without zone', anOrder('ana@example.com', { placedAt: '2026-11-20 10:00' })],
    ])('should refuse %s with 400 problem+json and write nothing', async (_what, body) => {
      // Prepare
      const n = fresh();

      // Act
      const reply = await put(n, body);

      // Assess
      expectProblem(reply, 400);
      expect(await stored(n)).toBeUndefined();
    });

    it('should refuse bad JSON and a bad order number', async () => {
      // Act
      const badJson = await call(portal.url, 'PUT', `/api/integrations/orders/${fresh()}`, {
        token: machine,
        raw: '{"customer":',
      });
      const badNumber = await put('no%20spaces', anOrder('ana@example.com'));

      // Assess
      expectProblem(badJson, 400);
      expectProblem(badNumber, 400);
    });
  });

  describe('POST /api/integrations/orders/{orderNumber}/events', () => {
    it('should end in the state of the latest event, keep the timeline in time order and ignore a repeat', async () => {
      // Prepare
      const n = fresh();
      await put(n, anOrder('ana@example.com'));
      const shipped = {
        eventId: 'e1',
        type: 'shipped',
        at: at(20),
        carrier: 'DHL',
        trackingNumber: 'JD0001',
        trackingUrl: 'https://www.dhl.com/track?n=JD0001',
      };

      // Act
      const replies = [
        await event(n, shipped),
        await event(n, { eventId: 'e3', type: 'delivered', at: at(60) }),
        await event(n, { eventId: 'e2', type: 'out_for_delivery', at: at(50) }),
        await event(n, { ...shipped, trackingUrl: undefined }),
      ];
      const detail = await call(portal.url, 'GET', `/api/orders/${n}`, { token: ana });

      // Assess
      expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      expect(replies.map((r) => r.json.changed)).toEqual([true, true, true, false]);
      expect(detail.json.status).toBe('delivered');
      expect(detail.json.timeline.map((s: { status: string }) => s.status)).toEqual([
        'placed',
        'shipped',
        'out_for_delivery',
        'delivered',
      ]);
      expect(detail.json.tracking).toEqual({
        carrier: 'DHL',
        trackingNumber: 'JD0001',
        url: 'https://www.dhl.com/track?n=JD0001',
      });
    });

    it('should keep an order put again with its events', async () => {
      // Prepare
      const n = fresh();
      await put(n, anOrder('ana@example.com'));
      await event(n, { eventId: 's', type: 'shipped', at: at(5) });

      // Act
      await put(n, anOrder('ana@example.com', { totalCents: 1 }));

      // Assess
      const order = await stored(n);
      expect(order?.status).toBe('shipped');
      expect(order?.timeline.map((e) => e.eventId)).toEqual(['#order', 's']);
    });

    it('should take a new expected date from a delay', async () => {
      // Prepare
      const n = fresh();
      await put(n, anOrder('ana@example.com', { expectedDelivery: '2026-11-25' }));

      // Act
      await event(n, { eventId: 'd', type: 'delayed', at: at(30), expectedDelivery: '2026-11-29', note: 'Storm' });

      // Assess
      expect(await stored(n)).toMatchObject({ status: 'delayed', expectedDelivery: '2026-11-29' });
    });

    it('should lose none of 50 events sent at once to one order', async () => {
      // Prepare
      const n = fresh();
      await put(n, anOrder('ana@example.com'));

      // Act
      const replies = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          event(n, { eventId: `c${i}`, type: i === 49 ? 'delivered' : 'shipped', at: at(1 + i) }),
        ),
      );

      // Assess
      expect(replies.map((r) => r.status)).toEqual(Array(50).fill(200));
      const order = await stored(n);
      expect(order?.timeline).toHaveLength(51);
      expect(new Set(order?.timeline.map((e) => e.eventId)).size).toBe(51);
      expect(order?.status).toBe('delivered');
      expect(order?.version).toBe(51);
    });

    it('should answer 404 for an order never put, and refuse bad events writing nothing', async () => {
      // Prepare
      const n = fresh();
      await put(n, anOrder('ana@example.com'));
      const before = await stored(n);

      // Act
      const missing = await event(fresh(), { eventId: 'a', type: 'shipped', at: at(1) });
      const bad = await Promise.all(
        [
          { eventId: 'a', type: 'beamed', at: at(1) },
          { eventId: 'a', type: 'shipped', at: 'yesterday' },
          { eventId: 'has space', type: 'shipped', at: at(1) },
          { eventId: '#order', type: 'shipped', at: at(1) },
          { eventId: 'a', type: 'shipped', at: at(1), trackingUrl: 'javascript:alert(1)' },
          { eventId: 'a', type: 'shipped', at: at(1), status: 'delivered' },
          { eventId: 'a', type: 'shipped', at: at(1), note: 'x'.repeat(501) },
        ].map((body) => event(n, body)),
      );

      // Assess
      expectProblem(missing, 404);
      for (const reply of bad) expectProblem(reply, 400);
      expect(await stored(n)).toEqual(before);
    });
  });

  describe('orders belong to the verified email', () => {
    it('should show a guest order on the page of whoever later signs in with that email', async () => {
      // Prepare: the shop feeds an order for an email nobody has an account for yet.
      const n = fresh();
      const email = `Guest.${n}@Example.com`;
      await put(n, anOrder(email, { customer: { email, name: 'Gus Guest', locale: 'vi' } }));
      await event(n, { eventId: 'ship', type: 'shipped', at: at(3), carrier: 'UPS', trackingNumber: '1Z' });
      const lower = email.toLowerCase();

      // Act: then they sign up and sign in.
      const token = await signUp(lower);
      const list = await call(portal.url, 'GET', '/api/orders', { token });
      const detail = await call(portal.url, 'GET', `/api/orders/${n}`, { token });
      const me = await call(portal.url, 'GET', '/api/me', { token });
      const anaSees = await call(portal.url, 'GET', `/api/orders/${n}`, { token: ana });

      // Assess
      expect(list.json.orders.map((o: { orderNumber: string }) => o.orderNumber)).toEqual([n]);
      expect(detail.json).toMatchObject({ status: 'shipped', tracking: { carrier: 'UPS', trackingNumber: '1Z' } });
      expect(me.json).toMatchObject({ email: lower, name: 'Gus Guest', locale: 'vi' });
      expect(me.json.stats.orderCount).toBe(1);
      expectProblem(anaSees, 404);
    });

    it("should not replace an existing customer's profile with what the shop sent", async () => {
      // Act
      await put(fresh(), anOrder('ana@example.com', { customer: { email: 'ana@example.com', name: 'Not Ana' } }));
      const me = await call(portal.url, 'GET', '/api/me', { token: ana });

      // Assess
      expect(me.json.name).not.toBe('Not Ana');
    });
  });

  describe('tier, stage, spend and order count on the customer item', () => {
    it('should keep each fed order on the customer item and read the profile from it alone', async () => {
      // Prepare
      const email = `facts.${fresh().toLowerCase()}@example.com`;
      const [a, b] = [fresh(), fresh()];
      await put(a, anOrder(email, { placedAt: new Date(Date.now() - 86_400_000).toISOString(), totalCents: 80_000 }));
      await put(b, anOrder(email, { placedAt: new Date().toISOString(), totalCents: 5_000 }));
      await event(b, { eventId: 'x', type: 'cancelled', at: new Date().toISOString() });
      // Tamper with an order behind the service's back: the profile must not re-read orders.
      const { UpdateCommand } = await import('@aws-sdk/lib-dynamodb');
      await portal.deps.stores.db.doc.send(
        new UpdateCommand({
          TableName: portal.deps.stores.db.table,
          Key: { pk: `ORDER#${a}`, sk: 'ORDER' },
          UpdateExpression: 'SET totalCents = :t',
          ExpressionAttributeValues: { ':t': 1 },
        }),
      );

      // Act
      const token = await signUp(email);
      const me = await call(portal.url, 'GET', '/api/me', { token });
      const item = await portal.deps.stores.customers.get(email);

      // Assess
      expect(me.json).toMatchObject({ tier: 'gold', stats: { orderCount: 2, spentLast12MonthsCents: 80_000 } });
      expect(me.json.orderFacts).toBeUndefined();
      expect(item?.orderFacts?.[b]).toMatchObject({ status: 'cancelled', totalCents: 5_000, version: 2 });
    });

    it("should keep a customer's own cancel, and move an order the shop gives another email", async () => {
      // Prepare
      const email = `moves.${fresh().toLowerCase()}@example.com`;
      const other = `other.${fresh().toLowerCase()}@example.com`;
      const [a, b] = [fresh(), fresh()];
      await put(a, anOrder(email, { placedAt: new Date().toISOString(), totalCents: 30_000 }));
      await put(b, anOrder(email, { placedAt: new Date().toISOString(), totalCents: 1_000 }));
      const token = await signUp(email);

      // Act
      const cancel = await call(portal.url, 'POST', `/api/orders/${a}/cancel`, { token });
      await put(b, anOrder(other, { placedAt: new Date().toISOString(), totalCents: 1_000 }));
      const me = await call(portal.url, 'GET', '/api/me', { token });

      // Assess
      expect(cancel.status).toBe(200);
      expect(me.json).toMatchObject({ tier: 'bronze', stats: { orderCount: 1, spentLast12MonthsCents: 0 } });
      expect(Object.keys((await portal.deps.stores.customers.get(other))?.orderFacts ?? {})).toEqual([b]);
    });

    it("should fill a seeded customer's facts from their orders on the first read", async () => {
      // Act
      const first = await call(portal.url, 'GET', '/api/me', { token: ana });
      const item = await portal.deps.stores.customers.get('ana@example.com');
      const again = await call(portal.url, 'GET', '/api/me', { token: ana });

      // Assess
      expect(first.json.stats.orderCount).toBeGreaterThanOrEqual(6);
      expect(Object.keys(item?.orderFacts ?? {}).length).toBeGreaterThanOrEqual(6);
      expect(again.json.stats).toEqual(first.json.stats);
    });
  });

  describe('telling the customer', () => {
    /** The catcher's mails to one address, waiting up to 5 s for `count` of them. */
    const mailsTo = async (email: string, count: number) => {
      let mails: Awaited<ReturnType<typeof caughtMails>> = [];
      for (let i = 0; i < 50; i++) {
        mails = (await caughtMails(portal.mail!.webUrl)).filter((m) => JSON.stringify(m.to).includes(email));
        if (mails.length >= count) break;
        await new Promise((ok) => setTimeout(ok, 100));
      }
      return mails;
    };

    it('should mail a shipped event once, in the customer language, with the tracking number, however often it comes', async () => {
      // Prepare
      const n = fresh();
      const email = `notify-${n.toLowerCase()}@example.org`;
      expect((await put(n, anOrder(email))).status).toBe(201);
      const shipped = { eventId: `${n}-ship`, type: 'shipped', at: at(2), carrier: 'DHL', trackingNumber: `JD${n}` };

      // Act
      const first = await event(n, shipped);
      const again = await event(n, shipped);
      const mails = await mailsTo(email, 1);
      await new Promise((ok) => setTimeout(ok, 500)); // a second mail would have arrived by now

      // Assess
      expect([first.status, again.status]).toEqual([200, 200]);
      expect(await mailsTo(email, 2)).toHaveLength(1);
      expect(mails[0]!.subject).toContain(n);
      expect(mails[0]!.text).toContain(`JD${n}`);
      const outbox = await portal.deps.stores.outbox.list(50);
      expect(outbox.messages.filter((m) => m.to === email).map((m) => [m.kind, m.locale])).toEqual([['shipped', 'de']]);
    });

    it('should tell nobody about an older event that arrives after a newer one', async () => {
      // Prepare
      const n = fresh();
      const email = `late-${n.toLowerCase()}@example.org`;
      await put(n, anOrder(email));
      await event(n, { eventId: `${n}-delivered`, type: 'delivered', at: at(30) });
      await mailsTo(email, 1);

      // Act
      await event(n, { eventId: `${n}-shipped`, type: 'shipped', at: at(2), carrier: 'DHL', trackingNumber: 'X1' });
      await new Promise((ok) => setTimeout(ok, 500));

      // Assess
      // (The delivery's NPS invitation is no order update: test/integration/insights/nps-invitations.test.ts.)
      const kinds = (await portal.deps.stores.outbox.list(50)).messages
        .filter((m) => m.to === email && m.kind !== 'nps_invite')
        .map((m) => m.kind);
      expect(kinds).toEqual(['delivered']);
    });
  });
});
