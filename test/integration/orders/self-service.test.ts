import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login, type Reply, replyOf } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const DAY = 86_400_000;
const basic = `Basic ${Buffer.from('demo-integration:demo-integration-secret').toString('base64')}`;
const ADDRESS = { name: 'Ana Souza', line1: '2 New Street', postalCode: '10117', city: 'Berlin', country: 'DE' };

describe('Routes: self-service on own orders', () => {
  let portal: TestPortal;
  let machine: string;
  let ana: string;
  let ben: string;
  let seq = 0;
  const fresh = () => `S${Date.now().toString(36).toUpperCase()}${++seq}`;

  beforeAll(async () => {
    portal = await startPortal({ site: false, env: { RETURN_WINDOW_DAYS: '30' } });
    const token = await replyOf(
      await fetch(`${portal.url}/api/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic },
        body: 'grant_type=client_credentials&scope=orders%2Fwrite',
      }),
    );
    machine = token.json.access_token;
    [ana, ben] = await Promise.all([login(portal.url, 'ana@example.com'), login(portal.url, 'ben@example.com')]);
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
  const event = (n: string, body: Record<string, unknown>) =>
    call(portal.url, 'POST', `/api/integrations/orders/${n}/events`, { token: machine, body });
  /** An order of ana's fed in by the shop, taken to `status` (delivered `deliveredDaysAgo` days ago). */
  async function feedOrder(status: string, deliveredDaysAgo = 2) {
    const n = fresh();
    const put = await call(portal.url, 'PUT', `/api/integrations/orders/${n}`, {
      token: machine,
      body: {
        customer: { email: 'ana@example.com' },
        placedAt: ago(deliveredDaysAgo + 3),
        currency: 'EUR',
        items: [
          { sku: 'RUG', name: 'Wool rug', quantity: 1, unitPriceCents: 24900 },
          { sku: 'MUG', name: 'Stoneware mug', quantity: 4, unitPriceCents: 1500 },
        ],
        totalCents: 30900,
        shippingAddress: { ...ADDRESS, line1: '1 Old Street' },
      },
    });
    expect(put.status).toBeLessThan(300);
    const steps = ['paid', 'packed', 'shipped', 'delivered'];
    for (const [i, type] of steps.slice(0, steps.indexOf(status) + 1).entries())
      expect(
        (await event(n, { eventId: `${n}-${type}`, type, at: ago(deliveredDaysAgo + 0.1 * (3 - i)) })).status,
      ).toBe(200);
    return n;
  }
  const order = async (n: string, token = ana) => (await call(portal.url, 'GET', `/api/orders/${n}`, { token })).json;
  const ret = (n: string, body: unknown, token = ana) =>
    call(portal.url, 'POST', `/api/orders/${n}/returns`, { token, body });
  const rug = (quantity = 1) => ({ items: [{ lineId: 'RUG', quantity }], reason: 'damaged', resolution: 'refund' });

  describe('POST /api/orders/{orderNumber}/returns', () => {
    it('should authorise a return of a delivered order inside the window, with its label and timeline steps', async () => {
      // Prepare
      const n = await feedOrder('delivered');

      // Act
      const reply = await ret(n, rug());

      // Assess
      expect(reply.status).toBe(201);
      expect(reply.json).toEqual({
        rmaId: `RMA-${n}-1`,
        status: 'return_label_issued',
        labelUrl: `/en/orders/return/?n=${n}&rma=RMA-${n}-1`,
        changed: true,
      });
      const detail = await order(n);
      expect(detail.timeline.slice(-2).map((s: { status: string }) => s.status)).toEqual([
        'return_requested',
        'return_label_issued',
      ]);
      expect(detail.items.find((l: { lineId: string }) => l.lineId === 'RUG').returnableQuantity).toBe(0);
      expect(detail.returns).toHaveLength(1);
      expect(detail.upcoming.map((s: { status: string }) => s.status)).toEqual(['return_received', 'refund_issued']);
      expect(detail.returnWindow).toMatchObject({ days: 30, open: true });
    });

    it('should answer a repeated request with the same return and write nothing new', async () => {
      // Prepare
      const n = await feedOrder('delivered');
      const first = await ret(n, rug());

      // Act
      const again = await ret(n, rug());

      // Assess
      expect(again.status).toBe(200);
      expect(again.json).toMatchObject({ rmaId: first.json.rmaId, changed: false });
      expect((await order(n)).returns).toHaveLength(1);
    });

    it.each([
      ['more than was bought', { items: [{ lineId: 'MUG', quantity: 5 }], reason: 'damaged', resolution: 'refund' }],
      ['an unknown line', { items: [{ lineId: 'NOPE', quantity: 1 }], reason: 'damaged', resolution: 'refund' }],
      ['a quantity of 0', { items: [{ lineId: 'MUG', quantity: 0 }], reason: 'damaged', resolution: 'refund' }],
      [
        'the same line twice',
        {
          items: [
            { lineId: 'MUG', quantity: 1 },
            { lineId: 'MUG', quantity: 1 },
          ],
          reason: 'other',
          resolution: 'refund',
        },
      ],
      ['an unknown reason', { items: [{ lineId: 'MUG', quantity: 1 }], reason: 'bored', resolution: 'refund' }],
      ['an extra field', { ...rug(), refundCents: 1 }],
    ])('should refuse %s with 400 problem+json and write nothing', async (_, body) => {
      // Prepare
      const n = await feedOrder('delivered');

      // Act
      const reply = await ret(n, body);

      // Assess
      expectProblem(reply, 400);
      expect((await order(n)).returns).toEqual([]);
    });

    it('should name the field of a line that was not bought that often', async () => {
      // Prepare
      const n = await feedOrder('delivered');

      // Act
      const reply = await ret(n, { items: [{ lineId: 'MUG', quantity: 99 }], reason: 'damaged', resolution: 'refund' });

      // Assess
      expect(expectProblem(reply, 400).errors).toEqual([
        { field: 'items.0.quantity', message: expect.stringMatching(/Stoneware mug/) },
      ]);
    });

    it('should refuse with 409 and the reason once the window closed, and offer a person', async () => {
      // Prepare
      const n = await feedOrder('delivered', 31);

      // Act
      const reply = await ret(n, rug());

      // Assess
      expect(expectProblem(reply, 409).detail).toMatch(/30 days.*closed.*person/);
      expect((await order(n)).actions).toMatchObject({
        canReturn: false,
        returnReason: expect.stringMatching(/30 days/),
      });
      expect((await order(n)).returns).toEqual([]);
    });

    it.each(['shipped', 'paid'])('should refuse a %s order with 409: it has not arrived', async (status) => {
      // Prepare
      const n = await feedOrder(status);

      // Act
      const reply = await ret(n, rug());

      // Assess
      expect(expectProblem(reply, 409).detail).toMatch(/not been delivered/);
    });

    it("should answer 404 for another customer's order and write nothing", async () => {
      // Prepare
      const n = await feedOrder('delivered');

      // Act
      const reply = await ret(n, rug(), ben);

      // Assess
      expectProblem(reply, 404);
      expect((await order(n)).returns).toEqual([]);
    });

    it('should take what is left in a second return and refuse once everything went back', async () => {
      // Prepare
      const n = await feedOrder('delivered');
      const mugs = (quantity: number, reason = 'damaged') => ({
        items: [{ lineId: 'MUG', quantity }],
        reason,
        resolution: 'exchange',
      });
      expect((await ret(n, mugs(3))).status).toBe(201);

      // Act
      const tooMany = await ret(n, mugs(2, 'other'));
      const rest = await ret(n, mugs(1, 'other'));
      const more = await ret(n, mugs(1, 'changed_mind'));

      // Assess
      expect(expectProblem(tooMany, 409).detail).toMatch(/fewer/);
      expect(rest.json.rmaId).toBe(`RMA-${n}-2`);
      expect(expectProblem(more, 409).detail).toMatch(/already returned/);
    });

    it('should let only one of two returns racing for the last item win', async () => {
      // Prepare
      const n = await feedOrder('delivered');

      // Act
      const replies = await Promise.all([ret(n, rug()), ret(n, { ...rug(), reason: 'does_not_fit' })]);

      // Assess
      expect(replies.map((r) => r.status).sort()).toEqual([201, 409]);
      expect((await order(n)).returns).toHaveLength(1);
    });

    it("should follow the shop's return steps, once per event id, into the refund", async () => {
      // Prepare
      const n = await feedOrder('delivered');
      const { rmaId } = (await ret(n, rug())).json;

      // Act
      const received = await event(n, {
        eventId: `${n}-r1`,
        type: 'return_received',
        rmaId,
        at: new Date().toISOString(),
      });
      const repeat = await event(n, {
        eventId: `${n}-r1`,
        type: 'return_received',
        rmaId,
        at: new Date().toISOString(),
      });
      const refunded = await event(n, {
        eventId: `${n}-r2`,
        type: 'refund_issued',
        rmaId,
        at: new Date(Date.now() + 1000).toISOString(),
      });
      const unknown = await event(n, {
        eventId: `${n}-r3`,
        type: 'return_received',
        rmaId: 'RMA-NOPE-1',
        at: new Date().toISOString(),
      });

      // Assess
      expect([received.json.changed, repeat.json.changed, refunded.json.changed]).toEqual([true, false, true]);
      expectProblem(unknown, 404);
      const detail = await order(n);
      expect(detail.status).toBe('delivered');
      expect(detail.returns[0].status).toBe('refund_issued');
      expect(
        detail.timeline.filter((s: { rmaId?: string }) => s.rmaId).map((s: { status: string }) => s.status),
      ).toEqual(['return_requested', 'return_label_issued', 'return_received', 'refund_issued']);
      expect(detail.upcoming).toEqual([]);
    });

    it('should keep the returns when the shop sends the order again', async () => {
      // Prepare
      const n = await feedOrder('delivered');
      await ret(n, rug());

      // Act
      const put = await call(portal.url, 'PUT', `/api/integrations/orders/${n}`, {
        token: machine,
        body: {
          customer: { email: 'ana@example.com' },
          placedAt: ago(5),
          currency: 'EUR',
          items: [{ sku: 'RUG', name: 'Wool rug', quantity: 1, unitPriceCents: 24900 }],
          totalCents: 24900,
        },
      });

      // Assess
      expect(put.status).toBe(200);
      expect((await order(n)).returns).toHaveLength(1);
    });
  });

  describe('GET /api/orders/{orderNumber}/returns/{rmaId}', () => {
    it('should give the label with both addresses and the RMA as a QR code', async () => {
      // Prepare
      const n = await feedOrder('delivered');
      const { rmaId } = (await ret(n, rug())).json;

      // Act
      const label = await call(portal.url, 'GET', `/api/orders/${n}/returns/${rmaId}?locale=de`, { token: ana });
      const other = await call(portal.url, 'GET', `/api/orders/${n}/returns/${rmaId}`, { token: ben });

      // Assess
      expect(label.status).toBe(200);
      expect(label.json).toMatchObject({ rmaId, orderNumber: n, reasonText: 'Beschädigt angekommen' });
      expect(label.json.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
      expect(label.json.returnTo.length).toBeGreaterThan(1);
      expect(label.json.from.line1).toBe('1 Old Street');
      expectProblem(other, 404);
    });
  });

  describe('GET /api/orders/{orderNumber}/invoice', () => {
    const invoice = (n: string, token = ana, query = '') =>
      fetch(`${portal.url}/api/orders/${n}/invoice${query}`, { headers: { authorization: `Bearer ${token}` } });
    const pdfOf = async (res: Response) => Buffer.from(await res.arrayBuffer());

    it('should give a paid order its invoice as a PDF named for it', async () => {
      // Prepare
      const n = await feedOrder('paid');

      // Act
      const res = await invoice(n);

      // Assess
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="INV-${n}.pdf"`);
      const pdf = await pdfOf(res);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.toString('latin1')).toContain(`(Invoice INV-${n})`);
    });

    it.each([
      ['de', 'de'],
      ['vi', 'vi'],
      ['zh', 'zh-Hant'],
    ])('should write the invoice in %s when asked, tagged with its language', async (locale, lang) => {
      // Prepare
      const n = await feedOrder('delivered');

      // Act
      const pdf = (await pdfOf(await invoice(n, ana, `?locale=${locale}`))).toString('latin1');

      // Assess
      expect(pdf.startsWith('%PDF-')).toBe(true);
      expect(pdf).toContain(`/Lang (${lang})`);
      expect(pdf).toContain('/FontFile2');
      if (locale === 'de') expect(pdf).toContain(`(Rechnung INV-${n})`);
    });

    it('should refuse an order not paid yet with 409 and the reason', async () => {
      // Prepare
      const n = await feedOrder('placed');

      // Act
      const reply = await replyOf(await invoice(n));

      // Assess
      expect(expectProblem(reply, 409).detail).toMatch(/not paid yet/);
    });

    it("should answer 404 for another customer's invoice", async () => {
      expectProblem(await replyOf(await invoice('10022', ben)), 404);
    });

    it('should print the company and VAT id given before the first download, and fix them after it', async () => {
      // Prepare
      const n = await feedOrder('paid');
      const details = { companyName: 'Souza Interiors GmbH', vatId: 'DE123456789' };

      // Act
      const before = await call(portal.url, 'PUT', `/api/orders/${n}/invoice/details`, { token: ana, body: details });
      const first = await invoice(n);
      const after = await call(portal.url, 'PUT', `/api/orders/${n}/invoice/details`, {
        token: ana,
        body: { companyName: 'Other Ltd' },
      });

      // Assess
      expect(before.status).toBe(200);
      expect(before.json).toEqual(details);
      expect(first.status).toBe(200);
      expect(expectProblem(after, 409).detail).toMatch(/already been issued/);
      const stored = await portal.deps.stores.orders.get(n);
      expect(stored?.invoice).toMatchObject({ ...details, issuedAt: expect.any(String) });
    });
  });

  describe('PATCH /api/orders/{orderNumber}/address', () => {
    const patch = (n: string, body: unknown, token = ana) =>
      call(portal.url, 'PATCH', `/api/orders/${n}/address`, { token, body });

    it.each(['placed', 'paid'])('should change the address of a %s order', async (status) => {
      // Prepare
      const n = await feedOrder(status);

      // Act
      const reply = await patch(n, { shippingAddress: ADDRESS });

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json.shippingAddress).toEqual(ADDRESS);
      expect((await order(n)).shippingAddress).toEqual(ADDRESS);
    });

    it.each([
      ['packed', /already packed/],
      ['shipped', /already shipped/],
      ['delivered', /closed/],
    ])('should refuse a %s order with 409 and the reason, and keep the address', async (status, reason) => {
      // Prepare
      const n = await feedOrder(status);

      // Act
      const reply = await patch(n, { shippingAddress: ADDRESS });

      // Assess
      expect(expectProblem(reply, 409).detail).toMatch(reason);
      expect((await order(n)).shippingAddress.line1).toBe('1 Old Street');
      expect((await order(n)).actions).toMatchObject({
        canChangeAddress: false,
        addressReason: expect.stringMatching(reason),
      });
    });

    it('should lose cleanly to a "packed" event that came in after the order was read', async () => {
      // Prepare: the order is read as paid, then the shop packs it
      const n = await feedOrder('paid');
      await event(n, { eventId: `${n}-packed`, type: 'packed', at: new Date().toISOString() });

      // Act: the write the route would make, conditional on the status it read
      const written = await portal.deps.stores.orders.changeAddress(
        n,
        'ana@example.com',
        ADDRESS,
        ['placed', 'paid'],
        new Date().toISOString(),
      );

      // Assess
      expect(written).toBeUndefined();
      expect((await order(n)).shippingAddress.line1).toBe('1 Old Street');
    });

    it.each([
      ['no country code', { shippingAddress: { ...ADDRESS, country: 'Germany' } }],
      ['no address', {}],
      ['an extra field', { shippingAddress: ADDRESS, status: 'placed' }],
    ])('should refuse %s with 400', async (_, body) => {
      // Prepare
      const n = await feedOrder('placed');

      // Act
      const reply = await patch(n, body);

      // Assess
      expectProblem(reply, 400);
      expect((await order(n)).shippingAddress.line1).toBe('1 Old Street');
    });

    it("should answer 404 for another customer's order", async () => {
      expectProblem(await patch('10025', { shippingAddress: ADDRESS }, ben), 404);
    });
  });

  describe('POST /api/orders/{orderNumber}/problems', () => {
    const report = (n: string, body: unknown, token = ana) =>
      call(portal.url, 'POST', `/api/orders/${n}/problems`, { token, body });

    it('should open one ticket with the order attached, however often it is sent', async () => {
      // Prepare
      const n = await feedOrder('delivered');
      const body = { kind: 'damaged', description: 'The rug came with a tear in one corner.' };

      // Act
      const first = await report(n, body);
      const again = await report(n, body);

      // Assess
      expect(first.status).toBe(201);
      expect(again.status).toBe(200);
      expect(again.json.ticketId).toBe(first.json.ticketId);
      const conversation = await portal.deps.stores.tickets.conversation(first.json.ticketId);
      expect(conversation?.ticket).toMatchObject({
        status: 'new',
        source: 'problem_report',
        reason: `Item arrived damaged: order ${n}`,
        orderNumber: n,
        contact: { email: 'ana@example.com' },
      });
      expect(conversation?.messages.map((m) => m.body)).toEqual([body.description]);
      const mine: Reply = await call(portal.url, 'GET', '/api/me/tickets', { token: ana });
      expect(mine.json.tickets.map((t: { id: string }) => t.id)).toContain(first.json.ticketId);
    });

    it.each([
      ['an unknown kind', { kind: 'late', description: 'x' }],
      ['no description', { kind: 'damaged', description: ' ' }],
      ['a description too long', { kind: 'damaged', description: 'x'.repeat(2001) }],
      [
        'four photos',
        { kind: 'damaged', description: 'x', photoIds: ['p1aaaaaaa', 'p2aaaaaaa', 'p3aaaaaaa', 'p4aaaaaaa'] },
      ],
    ])('should refuse %s with 400 and open nothing', async (_, body) => {
      // Prepare
      const n = await feedOrder('delivered');
      const anaSub = (await portal.deps.stores.customers.get('ana@example.com'))!.customerId;
      const before = (await portal.deps.stores.tickets.listByCustomer(anaSub)).length;

      // Act
      const reply = await report(n, body);

      // Assess
      expectProblem(reply, 400);
      expect((await portal.deps.stores.tickets.listByCustomer(anaSub)).length).toBe(before);
    });

    it("should answer 404 for another customer's order", async () => {
      expectProblem(await report('10025', { kind: 'damaged', description: 'Not mine.' }, ben), 404);
    });
  });

  describe('POST /api/orders/lookup', () => {
    it.each(['#10023', ' 10 023 ', '# 10023'])(
      'should read %j as the order number customers copy from mails',
      async (typed) => {
        // Act
        const reply = await call(portal.url, 'POST', '/api/orders/lookup', {
          body: { orderNumber: typed, email: 'ana@example.com' },
        });

        // Assess
        expect(reply.status).toBe(200);
        expect(reply.json.orderNumber).toBe('10023');
      },
    );

    it('should still refuse what no order number can be', async () => {
      expectProblem(
        await call(portal.url, 'POST', '/api/orders/lookup', {
          body: { orderNumber: '#10;023', email: 'ana@example.com' },
        }),
        400,
      );
    });
  });
});
