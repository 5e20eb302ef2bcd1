import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login, type Reply } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const ANA_SUB = '00000000-0000-4000-8000-000000000011';
/** Ana's seeded orders, newest first (functions/local/seed/orders.ts). */
const ANA_ORDERS = ['10025', '10026', '10023', '10024', '10022', '10021'];
const BEN_ORDERS = ['10032', '10031', '10033', '10034'];

/** A problem body without what differs per request, to compare two answers' shapes. */
const shapeOf = ({ requestId: _r, instance: _i, ...rest }: Record<string, unknown>) => rest;
const numbersOf = (reply: Reply) => (reply.json.orders as { orderNumber: string }[]).map((o) => o.orderNumber);

describe('Routes: /api/orders', () => {
  const LOOKUP_LIMIT = 3;
  let portal: TestPortal;
  /** A second portal with a small lookup limit, so limiting it does not disturb the other tests. */
  let limitedPortal: TestPortal;
  let ana: string;
  let ben: string;

  beforeAll(async () => {
    [portal, limitedPortal] = await Promise.all([
      startPortal({ site: false }),
      startPortal({ site: false, env: { LOOKUP_FAILURES_PER_WINDOW: String(LOOKUP_LIMIT) } }),
    ]);
    [ana, ben] = await Promise.all([login(portal.url, 'ana@example.com'), login(portal.url, 'ben@example.com')]);
  });

  afterAll(async () => {
    await Promise.all([portal?.stop(), limitedPortal?.stop()]);
  });

  const get = (path: string, token: string, headers: Record<string, string> = {}) =>
    call(portal.url, 'GET', path, { token, headers });
  const cancel = (orderNumber: string, token: string, query = '') =>
    call(portal.url, 'POST', `/api/orders/${orderNumber}/cancel${query}`, { token });
  const lookup = (body: unknown) => call(portal.url, 'POST', '/api/orders/lookup', { body });

  describe('GET /api/orders', () => {
    it("should list the customer's own orders, newest first", async () => {
      // Act
      const reply = await get('/api/orders', ana);

      // Assess
      expect(reply.status).toBe(200);
      expect(numbersOf(reply)).toEqual(ANA_ORDERS);
      const placed = reply.json.orders.map((o: { placedAt: string }) => o.placedAt);
      expect([...placed].sort().reverse()).toEqual(placed);
      expect(reply.json.nextCursor).toBeUndefined();
    });

    it("should list only the caller's orders", async () => {
      // Act
      const reply = await get('/api/orders', ben);

      // Assess
      expect(numbersOf(reply)).toEqual(BEN_ORDERS);
    });

    it('should page through every order with the cursor, without gaps or repeats', async () => {
      // Prepare
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;

      // Act
      do {
        const reply = await get(`/api/orders?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, ana);
        expect(reply.status).toBe(200);
        expect(reply.json.orders.length).toBeLessThanOrEqual(2);
        seen.push(...numbersOf(reply));
        cursor = reply.json.nextCursor;
        pages++;
      } while (cursor && pages < 10);

      // Assess
      expect(seen).toEqual(ANA_ORDERS);
      expect(pages).toBeGreaterThanOrEqual(3);
    });

    it('should end with no cursor when the last page is not full', async () => {
      // Act
      const first = await get('/api/orders?limit=4', ana);
      const second = await get(`/api/orders?limit=4&cursor=${encodeURIComponent(first.json.nextCursor)}`, ana);

      // Assess
      expect(numbersOf(first)).toEqual(ANA_ORDERS.slice(0, 4));
      expect(first.json.nextCursor).toEqual(expect.any(String));
      expect(numbersOf(second)).toEqual(ANA_ORDERS.slice(4));
      expect(second.json.nextCursor).toBeUndefined();
    });

    it('should give status texts in the requested language', async () => {
      // Act
      const german = await get('/api/orders?locale=de', ana);
      const byHeader = await get('/api/orders', ana, { 'accept-language': 'zh-TW,zh;q=0.9' });

      // Assess
      const shipped = (r: Reply) =>
        r.json.orders.find((o: { orderNumber: string }) => o.orderNumber === '10023').statusText;
      expect(shipped(german)).toBe('Versandt');
      expect(shipped(byHeader)).toBe('已出貨');
    });

    it.each([
      ['garbage', 'not-a-cursor!!'],
      ['a number', '12345'],
    ])('should refuse a cursor that is %s with a 400 problem', async (_what, cursor) => {
      // Act
      const reply = await get(`/api/orders?cursor=${encodeURIComponent(cursor)}`, ana);

      // Assess
      const problem = expectProblem(reply, 400);
      expect(JSON.stringify(problem.errors ?? problem.detail)).toMatch(/cursor/i);
    });

    it.each([
      ['made-up keys', { x: 'y' }],
      [
        "another customer's keys",
        {
          pk: 'ORDER#10031',
          sk: 'ORDER',
          gsi1pk: 'CUST#00000000-0000-4000-8000-000000000012',
          gsi1sk: 'ORDER#2026-01-01T00:00:00.000Z#10031',
        },
      ],
      ['empty table keys under her own index keys', { pk: '', sk: '', gsi1pk: `CUST#${ANA_SUB}`, gsi1sk: 'ORDER#' }],
      [
        'an order key that does not match its index key',
        {
          pk: 'ORDER#10031',
          sk: 'ORDER',
          gsi1pk: `CUST#${ANA_SUB}`,
          gsi1sk: 'ORDER#2026-01-01T00:00:00.000Z#10023',
        },
      ],
      [
        'a sort key that is not an order',
        { pk: 'ORDER#10023', sk: 'PROFILE', gsi1pk: `CUST#${ANA_SUB}`, gsi1sk: 'ORDER#2026-01-01T00:00:00.000Z#10023' },
      ],
    ])('should refuse a well-formed cursor with %s with a 400 problem, not a 500', async (_what, key) => {
      // Prepare
      const cursor = Buffer.from(JSON.stringify(key)).toString('base64url');

      // Act
      const reply = await get(`/api/orders?cursor=${cursor}`, ana);

      // Assess
      expectProblem(reply, 400);
    });

    it.each(['0', '51', 'ten'])('should refuse limit=%s with a 400 problem naming limit', async (limit) => {
      // Act
      const reply = await get(`/api/orders?limit=${limit}`, ana);

      // Assess
      const problem = expectProblem(reply, 400);
      expect(problem.errors.map((e: { field: string }) => e.field)).toContain('limit');
    });
  });

  describe('GET /api/orders/{orderNumber}', () => {
    it('should give the owner the order with its timeline, oldest first, and why it cannot be cancelled', async () => {
      // Act
      const reply = await get('/api/orders/10023', ana);

      // Assess
      expect(reply.status).toBe(200);
      const order = reply.json;
      expect(order).toMatchObject({
        orderNumber: '10023',
        status: 'shipped',
        statusText: 'Shipped',
        shippingAddress: { name: 'Ana Souza' },
      });
      expect(order.timeline.map((s: { status: string }) => s.status)).toEqual(['placed', 'paid', 'packed', 'shipped']);
      const times = order.timeline.map((s: { at: string }) => s.at);
      expect([...times].sort()).toEqual(times);
      const shipped = order.timeline.at(-1);
      expect(shipped.description).toContain('DHL');
      expect(shipped.description).toContain(order.tracking.trackingNumber);
      expect(order.actions.canCancel).toBe(false);
      expect(order.actions.cancelReason).toMatch(/shipped/i);
    });

    it('should describe the timeline in the requested language', async () => {
      // Act
      const reply = await get('/api/orders/10023?locale=vi', ana);

      // Assess
      expect(reply.json.timeline.map((s: { title: string }) => s.title)).toEqual([
        'Đã đặt hàng',
        'Đã thanh toán',
        'Đã đóng gói',
        'Đã gửi hàng',
      ]);
    });

    it("should answer another customer's order exactly like a missing one: 404", async () => {
      // Act
      const theirs = await get('/api/orders/10023', ben);
      const missing = await get('/api/orders/99999', ben);

      // Assess
      expectProblem(theirs, 404);
      expectProblem(missing, 404);
      expect(shapeOf(theirs.json)).toEqual(shapeOf(missing.json));
      expect(theirs.text).not.toMatch(/Ana|shipped|DHL/);
    });

    it.each(['ab', 'a'.repeat(33), 'bad%20num', '10023%27%20OR%201%3D1'])(
      'should refuse the malformed order number %s with a 400 problem',
      async (orderNumber) => {
        // Act
        const reply = await get(`/api/orders/${orderNumber}`, ana);

        // Assess
        expectProblem(reply, 400);
      },
    );
  });

  describe('POST /api/orders/{orderNumber}/cancel', () => {
    it('should not let another customer cancel the order: 404, and the order is untouched', async () => {
      // Act
      const reply = await cancel('10025', ben);
      const after = await get('/api/orders/10025', ana);

      // Assess
      expectProblem(reply, 404);
      expect(after.json.status).toBe('placed');
      expect(after.json.timeline.map((s: { status: string }) => s.status)).not.toContain('cancelled');
    });

    it('should cancel a placed order and add the cancelled event to its timeline', async () => {
      // Act
      const reply = await cancel('10025', ana);
      const reread = await get('/api/orders/10025', ana);

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json.changed).toBe(true);
      expect(reply.json.order).toMatchObject({
        orderNumber: '10025',
        status: 'cancelled',
        actions: { canCancel: false },
      });
      expect(reply.json.order.timeline.at(-1)).toMatchObject({ status: 'cancelled', title: 'Cancelled' });
      expect(reread.json.status).toBe('cancelled');
      expect(reread.json.timeline).toEqual(reply.json.order.timeline);
    });

    it('should change nothing when the cancel is repeated', async () => {
      // Act
      const reply = await cancel('10025', ana);
      const reread = await get('/api/orders/10025', ana);

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json.changed).toBe(false);
      expect(reply.json.order.status).toBe('cancelled');
      const cancelledEvents = reread.json.timeline.filter((s: { status: string }) => s.status === 'cancelled');
      expect(cancelledEvents).toHaveLength(1);
    });

    it('should let exactly one of several simultaneous cancels change the order', async () => {
      // Act
      const replies = await Promise.all(Array.from({ length: 6 }, () => cancel('10026', ana)));
      const reread = await get('/api/orders/10026', ana);

      // Assess
      expect(replies.map((r) => r.status)).toEqual(Array(6).fill(200));
      expect(replies.filter((r) => r.json.changed === true)).toHaveLength(1);
      expect(reread.json.timeline.filter((s: { status: string }) => s.status === 'cancelled')).toHaveLength(1);
    });

    it('should refuse to cancel a shipped order with 409 and the reason', async () => {
      // Act
      const reply = await cancel('10023', ana);
      const german = await cancel('10023', ana, '?locale=de');
      const after = await get('/api/orders/10023', ana);

      // Assess
      expect(expectProblem(reply, 409).detail).toMatch(/already shipped/i);
      expect(expectProblem(german, 409).detail).toMatch(/storniert/);
      expect(after.json.status).toBe('shipped');
      expect(after.json.timeline).toHaveLength(4);
    });

    it('should refuse to cancel a delivered order with 409', async () => {
      // Act
      const reply = await cancel('10021', ana);

      // Assess
      expectProblem(reply, 409);
    });
  });

  describe('POST /api/orders/lookup', () => {
    it('should show a guest the order for the right email, without address or personal data', async () => {
      // Act
      const reply = await lookup({ orderNumber: '10023', email: 'ana@example.com' });

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json).toMatchObject({ orderNumber: '10023', status: 'shipped', statusText: 'Shipped' });
      expect(reply.json.timeline.map((s: { status: string }) => s.status)).toEqual([
        'placed',
        'paid',
        'packed',
        'shipped',
      ]);
      expect(reply.json).not.toHaveProperty('shippingAddress');
      expect(reply.json).not.toHaveProperty('actions');
      for (const secret of [
        'Ana Souza',
        '1 Demo Street',
        'Demo City',
        'ana@example.com',
        ANA_SUB,
        'SKU-',
        'unitPriceCents',
      ]) {
        expect(reply.text).not.toContain(secret);
      }
    });

    it('should match the email whatever its case and surrounding spaces', async () => {
      // Act
      const reply = await lookup({ orderNumber: '10042', email: '  Lena@Example.DE ' });

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json.orderNumber).toBe('10042');
    });

    it('should answer in the language asked for', async () => {
      // Act
      const reply = await lookup({ orderNumber: '10063', email: 'mei@example.tw', locale: 'zh' });

      // Assess
      expect(reply.json.statusText).toBe('延遲');
    });

    it('should give the same 404 for a wrong email and for an unknown order', async () => {
      // Act
      const wrongEmail = await lookup({ orderNumber: '10023', email: 'ben@example.com' });
      const unknownOrder = await lookup({ orderNumber: 'ZZ-000000', email: 'ana@example.com' });

      // Assess
      expectProblem(wrongEmail, 404);
      expectProblem(unknownOrder, 404);
      expect(shapeOf(wrongEmail.json)).toEqual(shapeOf(unknownOrder.json));
      expect(wrongEmail.text).not.toMatch(/shipped|Ana/);
    });

    it.each([
      ['no email', { orderNumber: '10023' }, 'email'],
      ['a bad email', { orderNumber: '10023', email: 'nope' }, 'email'],
      ['an unknown field', { orderNumber: '10023', email: 'ana@example.com', customerId: ANA_SUB }, 'customerId'],
    ])('should refuse a lookup with %s with a 400 problem naming the field', async (_what, body, field) => {
      // Act
      const reply = await lookup(body);

      // Assess
      const problem = expectProblem(reply, 400);
      expect(problem.errors.map((e: { field: string }) => e.field).join(',')).toContain(field);
    });
  });

  describe('POST /api/orders/lookup after repeated failures', () => {
    let limited: Reply;

    beforeAll(async () => {
      for (let i = 0; i < LOOKUP_LIMIT; i++) {
        expectProblem(
          await call(limitedPortal.url, 'POST', '/api/orders/lookup', {
            body: { orderNumber: `ZZ-${i}00`, email: 'guess@example.com' },
          }),
          404,
        );
      }
      limited = await call(limitedPortal.url, 'POST', '/api/orders/lookup', {
        body: { orderNumber: 'ZZ-999', email: 'guess@example.com' },
      });
    });

    it('should answer 429 with Retry-After', () => {
      // Assess
      const problem = expectProblem(limited, 429);
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThan(0);
      // Sliding windows: a full window still weighs at the start of the next, so up to two windows.
      expect(retryAfter).toBeLessThanOrEqual(2 * 15 * 60);
      expect(problem.retryAfter).toBe(retryAfter);
    });

    it('should block a right lookup too while limited', async () => {
      // Act
      const reply = await call(limitedPortal.url, 'POST', '/api/orders/lookup', {
        body: { orderNumber: '10023', email: 'ana@example.com' },
      });

      // Assess
      expectProblem(reply, 429);
      expect(reply.text).not.toContain('shipped');
    });

    it('should not be fooled by a made-up X-Forwarded-For header', async () => {
      // Act
      const reply = await call(limitedPortal.url, 'POST', '/api/orders/lookup', {
        body: { orderNumber: '10023', email: 'ana@example.com' },
        headers: { 'x-forwarded-for': '198.51.100.23' },
      });

      // Assess
      expectProblem(reply, 429);
    });
  });
});
