import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login, type Reply } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const MAX_CHARS = 200;
const SESSION_LIMIT = 3;
const CLIENT_LIMIT = 12;
const LOOKUP_LIMIT = 2;
/** Ana's orders (functions/local/seed/orders.ts). */
const ANA_ORDERS = ['10021', '10022', '10023', '10024', '10025', '10026'];

interface ChatReply {
  type: string;
  text?: string;
  url?: string;
  order?: Record<string, string>;
  choices?: { label: string; value: string }[];
}

const repliesOf = (reply: Reply) => reply.json.replies as ChatReply[];
const ordersIn = (reply: Reply) =>
  repliesOf(reply)
    .filter((r) => r.type === 'order')
    .map((r) => r.order!);
const fieldsOf = (reply: Reply) =>
  (expectProblem(reply, 400).errors as { field: string }[]).map((e) => e.field).join(',');

describe('Routes: /api/chat', () => {
  let portal: TestPortal;
  /** A second portal with tiny rate limits, so limiting it does not disturb the other tests. */
  let limited: TestPortal;
  let ana: string;
  let ben: string;
  let admin: string;

  beforeAll(async () => {
    [portal, limited] = await Promise.all([
      startPortal({
        site: false,
        env: {
          MAX_CHAT_MESSAGE_CHARS: String(MAX_CHARS),
          CHAT_TURNS_PER_MINUTE_CLIENT: '100000',
          LOOKUP_FAILURES_PER_WINDOW: '1000',
        },
      }),
      startPortal({
        site: false,
        env: {
          CHAT_TURNS_PER_MINUTE_SESSION: String(SESSION_LIMIT),
          CHAT_TURNS_PER_MINUTE_CLIENT: String(CLIENT_LIMIT),
          LOOKUP_FAILURES_PER_WINDOW: String(LOOKUP_LIMIT),
        },
      }),
    ]);
    [ana, ben, admin] = await Promise.all([
      login(portal.url, 'ana@example.com'),
      login(portal.url, 'ben@example.com'),
      login(portal.url, 'admin@example.com'),
    ]);
  });

  afterAll(async () => {
    await Promise.all([portal?.stop(), limited?.stop()]);
  });

  const chat = (
    message: string,
    options: { sessionId?: string; locale?: string; token?: string } = {},
    base = portal.url,
  ) =>
    call(base, 'POST', '/api/chat', {
      token: options.token,
      body: {
        message,
        ...(options.sessionId ? { sessionId: options.sessionId } : {}),
        ...(options.locale ? { locale: options.locale } : {}),
      },
    });
  /** Sends the messages as one conversation; returns every reply. */
  async function conversation(messages: string[], token?: string) {
    const replies: Reply[] = [];
    let sessionId: string | undefined;
    for (const message of messages) {
      const reply = await chat(message, { sessionId, token });
      expect(reply.status, reply.text).toBe(200);
      sessionId = reply.json.sessionId;
      replies.push(reply);
    }
    return replies;
  }
  const insights = async () => (await call(portal.url, 'GET', '/api/admin/insights?days=2', { token: admin })).json;

  describe('sessions', () => {
    it('should start a session and continue it with the id it returned', async () => {
      // Act
      const first = await chat('where is my order');
      const second = await chat('10023', { sessionId: first.json.sessionId });

      // Assess
      expect(first.status).toBe(200);
      expect(first.json.sessionId).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
      expect(second.json.sessionId).toBe(first.json.sessionId);
      expect(second.json.intent).toBe('order_status');
      expect(JSON.stringify(repliesOf(second))).toMatch(/email/i);
    });

    it('should start afresh when the session id is unknown', async () => {
      // Act
      const reply = await chat('hello', { sessionId: 'a'.repeat(32) });

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json.sessionId).not.toBe('a'.repeat(32));
    });

    it("should not let another customer continue a customer's session", async () => {
      // Prepare: Ana is asked which of her orders she means.
      const anas = await chat('where is my order', { token: ana });
      expect(repliesOf(anas)[0]?.type).toBe('choices');

      // Act
      const bens = await chat('10023', { sessionId: anas.json.sessionId, token: ben });

      // Assess
      expect(bens.status).toBe(200);
      expect(bens.json.sessionId).not.toBe(anas.json.sessionId);
      expect(ordersIn(bens)).toEqual([]);
      expect(bens.text).not.toMatch(/Shipped|DHL|JD10023/);
    });

    it("should not let an anonymous caller continue a signed-in customer's session", async () => {
      // Prepare
      const anas = await chat('hello', { token: ana });

      // Act
      const anonymous = await chat('where is my order', { sessionId: anas.json.sessionId });

      // Assess
      expect(anonymous.json.sessionId).not.toBe(anas.json.sessionId);
    });

    it('should never lose a turn when messages of one session race: each is answered and counted, or refused with 409', async () => {
      // Prepare
      const first = await chat('hello');
      const { sessionId } = first.json;

      // Act
      const replies = await Promise.all(
        ['where is my order', 'I want to return something', 'thanks', 'bye', 'hello again'].map((message) =>
          chat(message, { sessionId }),
        ),
      );

      // Assess
      const statuses = replies.map((r) => r.status);
      expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
      for (const r of replies.filter((x) => x.status === 409)) expectProblem(r, 409);
      const answered = statuses.filter((s) => s === 200).length;
      expect(answered).toBeGreaterThanOrEqual(1);
      const session = await portal.deps.stores.chat.get(sessionId, new Date());
      expect(session?.turns).toBe(1 + answered);
      expect(await portal.deps.stores.chat.transcript(sessionId)).toHaveLength(2 * (1 + answered));
    });
  });

  describe('intents', () => {
    it.each([
      ['greeting', 'en', 'hello'],
      ['greeting', 'de', 'Guten Tag'],
      ['greeting', 'vi', 'xin chào'],
      ['greeting', 'zh', '你好'],
      ['order_status', 'en', 'where is my order'],
      ['order_status', 'de', 'wo ist meine Bestellung'],
      ['order_status', 'vi', 'đơn hàng của tôi đâu'],
      ['order_status', 'zh', '我的订单在哪里'],
      ['returns_refund', 'en', 'I want to return my jacket'],
      ['returns_refund', 'de', 'Ich möchte etwas zurückschicken'],
      ['returns_refund', 'vi', 'tôi muốn trả hàng'],
      ['returns_refund', 'zh', '我想退货'],
    ])('should read %s in %s from "%s" and answer in that language', async (intent, locale, message) => {
      // Act
      const reply = await chat(message, { locale });

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json).toMatchObject({ intent, locale });
      expect(reply.json.confidence).toBeGreaterThan(0.5);
      expect(reply.json.confidence).toBeLessThanOrEqual(1);
      expect(repliesOf(reply).length).toBeGreaterThan(0);
    });

    it.each([['what is the weather in Paris'], ['can you recommend a good pasta recipe']])(
      'should fall back on an out-of-scope question: "%s"',
      async (message) => {
        // Act
        const reply = await chat(message, { locale: 'en' });

        // Assess
        expect(reply.status).toBe(200);
        expect(reply.json.intent).toBe('fallback');
        expect(repliesOf(reply)[0]?.type).toBe('choices');
      },
    );

    it('should greet a signed-in customer by name', async () => {
      // Act
      const reply = await chat('hello', { token: ana });

      // Assess
      expect(repliesOf(reply)[0]?.text).toContain('Ana');
    });
  });

  describe('orders, as a guest', () => {
    it('should ask for the order number, then the email, then show that order', async () => {
      // Act
      const [ask, askEmail, answer] = await conversation(['where is my order', '10023', 'ana@example.com']);

      // Assess
      expect(ask!.json.intent).toBe('order_status');
      expect(ordersIn(ask!)).toEqual([]);
      expect(ordersIn(askEmail!)).toEqual([]);
      expect(ordersIn(answer!)).toEqual([
        expect.objectContaining({ orderNumber: '10023', status: 'shipped', statusText: 'Shipped', carrier: 'DHL' }),
      ]);
    });

    it('should take the order number and email in one message', async () => {
      // Act
      const reply = await chat('status of order 10041, my email is lena@example.de');

      // Assess
      expect(ordersIn(reply)).toEqual([
        expect.objectContaining({ orderNumber: '10041', status: 'delivery_attempted' }),
      ]);
    });

    it('should show nothing of the order for a wrong email, and answer exactly as for an unknown order', async () => {
      // Act
      const wrong = await conversation(['where is my order', '10023', 'ben@example.com']);
      const unknown = await conversation(['where is my order', '99123', 'ben@example.com']);

      // Assess
      const [last] = wrong.slice(-1);
      expect(ordersIn(last!)).toEqual([]);
      expect(last!.text).not.toMatch(/shipped|DHL|JD10023|tracking|Ana|Wool rug/i);
      expect(repliesOf(last!).map((r) => r.type)).toEqual(['text']);
      const text = (r: Reply) => JSON.stringify(repliesOf(r)).replace(/10023|99123/g, 'N');
      expect(text(last!)).toBe(text(unknown.at(-1)!));
    });

    it('should ask a guest to sign in before cancelling, and leave the order alone', async () => {
      // Act
      const reply = await chat('please cancel order 10025, my email is ana@example.com');

      // Assess
      expect(reply.json.intent).toBe('cancel_order');
      expect(ordersIn(reply)).toEqual([]);
      expect(repliesOf(reply)[0]?.text).toMatch(/sign in/i);
      expect((await call(portal.url, 'GET', '/api/orders/10025', { token: ana })).json.status).toBe('placed');
    });
  });

  describe('orders, signed in', () => {
    it("should offer only the customer's own orders and show the one chosen", async () => {
      // Act
      const [choose, answer] = await conversation(['where is my order', '10023'], ana);

      // Assess
      const [choices] = repliesOf(choose!);
      expect(choices?.type).toBe('choices');
      const offered = choices!.choices!.map((c) => c.value);
      expect(offered.length).toBeGreaterThan(1);
      expect(offered.every((n) => ANA_ORDERS.includes(n))).toBe(true);
      expect(ordersIn(answer!)).toEqual([expect.objectContaining({ orderNumber: '10023', status: 'shipped' })]);
    });

    it("should not show another customer's order", async () => {
      // Act
      const reply = await chat('what is the status of order 10031', { token: ana });

      // Assess
      expect(reply.json.intent).toBe('order_status');
      expect(ordersIn(reply)).toEqual([]);
      expect(reply.text).not.toMatch(/delayed|UPS|Standing desk/i);
    });

    it("should not show another customer's order even with that customer's email", async () => {
      // Act
      const reply = await chat('where is order 10031? my email is ben@example.com', { token: ana });

      // Assess
      expect(ordersIn(reply)).toEqual([]);
    });

    it('should cancel a cancellable order after the customer confirms', async () => {
      // Prepare: find one of Ben's orders the API says he may cancel.
      const list = await call(portal.url, 'GET', '/api/orders', { token: ben });
      let target: string | undefined;
      for (const { orderNumber } of list.json.orders as { orderNumber: string }[]) {
        const detail = await call(portal.url, 'GET', `/api/orders/${orderNumber}`, { token: ben });
        if (detail.json.actions.canCancel) {
          target = orderNumber;
          break;
        }
      }
      expect(target).toBeDefined();

      // Act
      const [confirm, done] = await conversation([`please cancel order ${target}`, 'yes'], ben);

      // Assess
      expect(confirm!.json.intent).toBe('cancel_order');
      expect(repliesOf(confirm!)[0]?.type).toBe('choices');
      expect(done!.json.intent).toBe('cancel_order');
      expect(ordersIn(done!)).toEqual([expect.objectContaining({ orderNumber: target, status: 'cancelled' })]);
      const after = await call(portal.url, 'GET', `/api/orders/${target}`, { token: ben });
      expect(after.json.status).toBe('cancelled');
      expect(after.json.timeline.at(-1).status, 'the cancellation should be the latest event of the timeline').toBe(
        'cancelled',
      );
    });

    it('should keep the order when the customer says no', async () => {
      // Act
      const [, kept] = await conversation(['cancel my order 10026', 'no'], ana);

      // Assess
      expect(ordersIn(kept!)).toEqual([]);
      expect((await call(portal.url, 'GET', '/api/orders/10026', { token: ana })).json.status).toBe('paid');
    });

    it('should not cancel a shipped order, and say why before asking to confirm', async () => {
      // Act
      const [refused, after] = await conversation(['cancel order 10023', 'yes'], ana);

      // Assess
      expect(repliesOf(refused!)[0]?.text).toMatch(/shipped/i);
      expect(repliesOf(refused!).some((r) => r.type === 'choices')).toBe(false);
      expect(ordersIn(after!).some((o) => o.status === 'cancelled')).toBe(false);
      expect((await call(portal.url, 'GET', '/api/orders/10023', { token: ana })).json.status).toBe('shipped');
    });

    it("should not let a customer cancel another customer's order", async () => {
      // Act
      const [reply] = await conversation(['cancel order 10025'], ben);

      // Assess
      expect(ordersIn(reply!)).toEqual([]);
      expect((await call(portal.url, 'GET', '/api/orders/10025', { token: ana })).json.status).toBe('placed');
    });
  });

  describe('human handoff', () => {
    it('should create one ticket with the transcript, even when asked twice in the same conversation', async () => {
      // Prepare
      const handoffsBefore = (await insights()).bot.handoffs;

      // Act
      const [, asked, , first, second] = await conversation(
        [
          'I want to return my jacket',
          'I want to talk to a human',
          'yes',
          'No particular order',
          'please let me speak to a real person',
        ],
        ana,
      );

      // Assess
      expect(asked!.json.intent).toBe('human_handoff');
      expect(asked!.json.handoff).toBeUndefined(); // the bot first checks what it is about
      expect(first!.json.intent).toBe('human_handoff');
      expect(second!.json.intent).toBe('human_handoff');
      const ticketId = first!.json.handoff.ticketId as string;
      expect(ticketId).toMatch(/^T-[A-F0-9]{10}$/);
      expect(second!.json.handoff.ticketId).toBe(ticketId);
      const all = await call(portal.url, 'GET', '/api/admin/tickets', { token: admin });
      expect(all.json.tickets.filter((t: { sessionId: string }) => t.sessionId === first!.json.sessionId)).toHaveLength(
        1,
      );
      const ticket = await call(portal.url, 'GET', `/api/admin/tickets/${ticketId}`, { token: admin });
      expect(ticket.json).toMatchObject({
        id: ticketId,
        status: 'new',
        reason: 'I want to return my jacket',
        customerId: '00000000-0000-4000-8000-000000000011',
        contact: { email: 'ana@example.com', name: 'Ana Souza' },
      });
      const lines = ticket.json.transcript.map((t: { role: string; text: string }) => `${t.role}: ${t.text}`);
      expect(lines[0]).toBe('user: I want to return my jacket');
      expect(lines[1]).toMatch(/^bot: You can return items within 30 days/);
      expect(lines).toContain('user: I want to talk to a human');
      const mine = await call(portal.url, 'GET', '/api/me/tickets', { token: ana });
      expect(mine.json.tickets).toContainEqual(expect.objectContaining({ id: ticketId, status: 'new' }));
      expect((await insights()).bot.handoffs).toBe(handoffsBefore + 1);
    });

    it("should give the team a guest's email when the guest proved it in the conversation", async () => {
      // Act
      const [, , , handoff] = await conversation([
        'where is my order 10041',
        'lena@example.de',
        'I want to talk to a human',
        'The parcel is late',
      ]);

      // Assess
      const ticket = await call(portal.url, 'GET', `/api/admin/tickets/${handoff!.json.handoff.ticketId}`, {
        token: admin,
      });
      expect(ticket.json.contact).toEqual({ email: 'lena@example.de' });
      expect(ticket.json.customerId).toBeUndefined();
    });

    it('should give a guest a ticket that no customer sees as theirs', async () => {
      // Act
      const replies = await conversation(['I want to talk to a human', 'My invoice is wrong', 'no', 'no']);

      // Assess
      const ticketId = replies.at(-1)!.json.handoff.ticketId as string;
      const ticket = await call(portal.url, 'GET', `/api/admin/tickets/${ticketId}`, { token: admin });
      expect(ticket.json.customerId).toBeUndefined();
      const bens = await call(portal.url, 'GET', '/api/me/tickets', { token: ben });
      expect(bens.json.tickets.map((t: { id: string }) => t.id)).not.toContain(ticketId);
    });
  });

  describe('POST /api/chat/{sessionId}/rating', () => {
    it('should record a rating once and refuse a second with a 409 problem', async () => {
      // Prepare
      const [started] = await conversation(['hello']);
      const csatBefore = (await insights()).csat.responses;

      // Act
      const first = await call(portal.url, 'POST', `/api/chat/${started!.json.sessionId}/rating`, {
        body: { score: 5, comment: 'Quick and friendly' },
      });
      const second = await call(portal.url, 'POST', `/api/chat/${started!.json.sessionId}/rating`, {
        body: { score: 1 },
      });

      // Assess
      expect(first.status).toBe(202);
      expect(first.json).toEqual({ recorded: true });
      expectProblem(second, 409);
      expect((await insights()).csat.responses).toBe(csatBefore + 1);
    });

    it('should answer a rating of an unknown session with a 404 problem', async () => {
      // Act
      const reply = await call(portal.url, 'POST', `/api/chat/${'b'.repeat(36)}/rating`, { body: { score: 4 } });

      // Assess
      expectProblem(reply, 404);
    });

    it.each<[string, string, unknown, string]>([
      ['a score of 0', 'ok', { score: 0 }, 'score'],
      ['a score of 6', 'ok', { score: 6 }, 'score'],
      ['a score as a string', 'ok', { score: '5' }, 'score'],
      ['a fractional score', 'ok', { score: 4.5 }, 'score'],
      ['an unknown field', 'ok', { score: 5, sessionId: 'x' }, 'sessionId'],
      ['a comment that is too long', 'ok', { score: 5, comment: 'x'.repeat(1001) }, 'comment'],
      ['a malformed session id', 'bad id!', { score: 5 }, 'sessionId'],
    ])('should refuse %s with a 400 problem naming the field', async (_what, session, body, field) => {
      // Prepare
      const sessionId = session === 'ok' ? (await chat('hello')).json.sessionId : encodeURIComponent(session);

      // Act
      const reply = await call(portal.url, 'POST', `/api/chat/${sessionId}/rating`, { body });

      // Assess
      expect(fieldsOf(reply)).toContain(field);
    });
  });

  describe('bad input', () => {
    it('should answer a message of exactly the maximum length, counted in characters', async () => {
      // Act
      const reply = await chat('😀'.repeat(MAX_CHARS));

      // Assess
      expect(reply.status).toBe(200);
    });

    it('should refuse a message over MAX_CHAT_MESSAGE_CHARS with a 400 problem naming message', async () => {
      // Act
      const reply = await chat('a'.repeat(MAX_CHARS + 1));

      // Assess
      expect(fieldsOf(reply)).toContain('message');
    });

    it.each<[string, unknown, string]>([
      ['an empty message', { message: '' }, 'message'],
      ['a message of spaces', { message: '   ' }, 'message'],
      ['no message', { locale: 'en' }, 'message'],
      ['a message that is a number', { message: 5 }, 'message'],
      ['a message that is an object', { message: { text: 'hi' } }, 'message'],
      ['an unknown locale', { message: 'hi', locale: 'fr' }, 'locale'],
      ['a malformed session id', { message: 'hi', sessionId: 'short' }, 'sessionId'],
      ['a session id with odd characters', { message: 'hi', sessionId: '../../etc/passwd/aaaaaaaa' }, 'sessionId'],
      ['an unknown field', { message: 'hi', customerId: '00000000-0000-4000-8000-000000000012' }, 'customerId'],
    ])('should refuse %s with a 400 problem naming the field', async (_what, body, field) => {
      // Act
      const reply = await call(portal.url, 'POST', '/api/chat', { body });

      // Assess
      expect(fieldsOf(reply)).toContain(field);
    });

    it.each([
      ['malformed JSON', '{"message": '],
      ['an array', '["hi"]'],
      ['null', 'null'],
    ])('should refuse %s with a 400 problem', async (_what, raw) => {
      // Act
      const reply = await call(portal.url, 'POST', '/api/chat', { raw });

      // Assess
      expectProblem(reply, 400);
    });

    it('should refuse a bad bearer token with a 401 problem rather than treat the caller as a guest', async () => {
      // Act
      const reply = await call(portal.url, 'POST', '/api/chat', {
        token: `${ana.slice(0, -4)}AAAA`,
        body: { message: 'where is my order' },
      });

      // Assess
      expectProblem(reply, 401);
    });
  });

  describe('insights', () => {
    it('should count intents and group fallbacks with emails and numbers redacted', async () => {
      // Prepare
      const before = await insights();
      const count = (i: typeof before, intent: string) =>
        i.bot.intents.find((x: { intent: string }) => x.intent === intent)?.count ?? 0;

      // Act
      await chat('what is the weather in Lisbon? mail me at carla.dias@example.com');
      await chat('What is the weather in Lisbon? Mail me at zed@example.org!');
      await chat('weather forecast for 1100148 Lisbon');
      await chat('Guten Tag');

      // Assess
      const after = await insights();
      expect(count(after, 'fallback')).toBe(count(before, 'fallback') + 3);
      expect(count(after, 'greeting')).toBe(count(before, 'greeting') + 1);
      const lisbon = after.bot.fallbacks.filter((f: { utterance: string }) => /lisbon/i.test(f.utterance));
      expect(lisbon).toHaveLength(2);
      const mail = lisbon.find((f: { utterance: string }) => /mail me/i.test(f.utterance));
      expect(mail).toMatchObject({ locale: 'en', count: 2 });
      expect(mail.utterance).toContain('<email>');
      const forecast = lisbon.find((f: { utterance: string }) => /forecast/i.test(f.utterance));
      expect(forecast.utterance).toBe('weather forecast for <number> Lisbon');
      expect(JSON.stringify(after.bot)).not.toMatch(/carla|zed@|example\.(com|org)|1100148/);
    });
  });

  describe('rate limits', () => {
    it('should limit turns per session with a 429 and Retry-After, and not limit a new session', async () => {
      // Prepare
      const replies: Reply[] = [];
      let sessionId: string | undefined;

      // Act: more turns than the limit allows, until the first refusal.
      for (let i = 0; i < SESSION_LIMIT * 2 + 1 && replies.at(-1)?.status !== 429; i++) {
        const reply = await chat('hello', { sessionId }, limited.url);
        sessionId ??= reply.json.sessionId;
        replies.push(reply);
      }
      const fresh = await chat('hello', {}, limited.url);

      // Assess
      const refused = replies.at(-1)!;
      expectProblem(refused, 429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(2 * 60);
      // Sliding windows: a burst that straddles a window boundary still gets exactly the limit.
      expect(replies.filter((r) => r.status === 200)).toHaveLength(SESSION_LIMIT);
      expect(fresh.status).toBe(200);
    });

    it('should count failed guest order lookups in chat against the lookup limit', async () => {
      // Prepare
      const replies: Reply[] = [];

      // Act
      for (let i = 0; i < LOOKUP_LIMIT * 2 + 1 && replies.at(-1)?.status !== 429; i++) {
        replies.push(await chat(`where is order 10023? my email is guess${i}@example.com`, {}, limited.url));
      }

      // Assess
      expectProblem(replies.at(-1)!, 429);
      expect(replies.at(-1)!.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(replies.filter((r) => r.status === 200)).toHaveLength(LOOKUP_LIMIT);
      for (const r of replies.filter((x) => x.status === 200)) expect(ordersIn(r)).toEqual([]);
    });

    it('should limit turns per client across sessions with a 429 and Retry-After', async () => {
      // Act: a new session each time, so only the client limit can refuse.
      const replies: Reply[] = [];
      for (let i = 0; i < CLIENT_LIMIT * 2 + 2 && replies.at(-1)?.status !== 429; i++)
        replies.push(await chat('hello', {}, limited.url));

      // Assess
      const refused = replies.at(-1)!;
      expectProblem(refused, 429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(2 * 60);
      expect(replies.filter((r) => r.status === 200).length).toBeLessThanOrEqual(CLIENT_LIMIT * 2);
    });
  });
});
