import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../../functions/auth/verify';
import { openCustomerTicket } from '../../../functions/tickets/service';
import { call, expectProblem, login } from '../../helpers/http';
import { caughtMails, startPortal, type TestPortal } from '../../helpers/portal';
import { handoff } from '../../helpers/tickets';

const ANA: Principal = {
  sub: '00000000-0000-4000-8000-000000000011',
  email: 'ana@example.com',
  groups: [],
  machine: false,
  scopes: [],
};

async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 8000): Promise<T> {
  const until = Date.now() + ms;
  let value = await read();
  while (!ok(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

describe('Routes: ticket conversations (staff replies and notes, customer answers)', () => {
  let portal: TestPortal;
  const token: Record<string, string> = {};
  let anaTicket: string;
  let anaSession: string;
  let lenaTicket: string;

  beforeAll(async () => {
    portal = await startPortal({
      site: false,
      env: {
        CHAT_TURNS_PER_MINUTE_CLIENT: '100000',
        MAX_TICKET_REPLY_CHARS: '500',
        TICKET_REPLIES_PER_MINUTE_CUSTOMER: '30',
      },
    });
    for (const [who, email] of Object.entries({
      admin: 'admin@example.com',
      agent: 'agent@example.com',
      ana: 'ana@example.com',
      ben: 'ben@example.com',
      lena: 'lena@example.de',
    }))
      token[who] = await login(portal.url, email);
    ({ ticketId: anaTicket, sessionId: anaSession } = await handoff(portal.url, {
      token: token.ana,
      summary: 'My rug arrived with a stain',
    }));
    lenaTicket = (await handoff(portal.url, { token: token.lena, summary: 'Meine Lampe ist kaputt' })).ticketId;
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const staffRead = (id: string, as = token.agent) =>
    call(portal.url, 'GET', `/api/admin/tickets/${id}`, { token: as });
  const staffPost = (id: string, body: unknown, as = token.agent) =>
    call(portal.url, 'POST', `/api/admin/tickets/${id}/replies`, { token: as, body });
  const mine = (id: string, as = token.ana) => call(portal.url, 'GET', `/api/me/tickets/${id}`, { token: as });
  const answer = (id: string, body: unknown, as = token.ana) =>
    call(portal.url, 'POST', `/api/me/tickets/${id}/replies`, { token: as, body });
  const outbox = async () =>
    (await call(portal.url, 'GET', '/api/admin/outbox?limit=100', { token: token.admin })).json.messages as {
      to: string;
      kind: string;
      subject: string;
      locale: string;
    }[];

  it('should put what the customer writes in the chat after the handoff on the ticket', async () => {
    // Act
    const r = await call(portal.url, 'POST', '/api/chat', {
      token: token.ana,
      body: { message: 'It is order 10021 by the way', sessionId: anaSession },
    });

    // Assess
    expect(r.status).toBe(200);
    const ticket = await staffRead(anaTicket);
    expect(ticket.json.messages).toEqual([
      expect.objectContaining({ author: { role: 'customer' }, via: 'chat', body: 'It is order 10021 by the way' }),
    ]);
  });

  it('should show the customer the reply and never the internal note, and tell them by message', async () => {
    // Act
    const reply = await staffPost(anaTicket, { body: 'Sorry about the stain, **a new rug** is on its way.' });
    const note = await staffPost(anaTicket, { body: 'INTERNAL-ONLY: refund approved by lead', internal: true });
    const seen = await mine(anaTicket);
    const list = await call(portal.url, 'GET', '/api/me/tickets', { token: token.ana });

    // Assess
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({ internal: false, html: expect.stringContaining('<strong>a new rug</strong>') });
    expect(note.status).toBe(201);
    expect(seen.status).toBe(200);
    expect(seen.json.messages.map((m: { author: string }) => m.author)).toEqual(['customer', 'agent']);
    expect(seen.json.messages[1].html).toContain('<strong>a new rug</strong>');
    for (const body of [seen.text, list.text]) {
      expect(body).not.toContain('INTERNAL-ONLY');
      expect(body).not.toContain('agent@example.com');
    }
    expect(seen.json.status).toBe('waiting');
    const staff = await staffRead(anaTicket);
    expect(staff.json.messages.map((m: { internal: boolean }) => m.internal)).toEqual([false, false, true]);
    expect(staff.json.sla.firstResponse.met).toBe(true);
    const sent = await outbox();
    expect(sent.filter((m) => m.to === 'ana@example.com' && m.kind === 'ticket_reply')).toEqual([
      expect.objectContaining({ locale: 'en', subject: `A reply to your request ${anaTicket}` }),
    ]);
  });

  it('should mail the reply, never the note, through the outbox', async () => {
    // Act
    const mails = await eventually(
      () => caughtMails(portal.mail!.webUrl),
      (all) => all.some((m) => m.subject.includes(anaTicket)),
    );

    // Assess
    const mail = mails.find((m) => m.subject.includes(anaTicket))!;
    expect(mail.to[0]!.address).toBe('ana@example.com');
    expect(mail.text).toContain('a new rug');
    expect(mail.text).toContain(`/en/profile/?ticket=${anaTicket}#tickets`);
    expect(mails.some((m) => m.text.includes('INTERNAL-ONLY'))).toBe(false);
  });

  it('should write to the customer in their language', async () => {
    // Act
    await staffPost(lenaTicket, { body: 'Wir schicken eine neue Lampe.' });

    // Assess
    const sent = await outbox();
    expect(sent.find((m) => m.to === 'lena@example.de')).toMatchObject({
      kind: 'ticket_reply',
      locale: 'de',
      subject: `Antwort auf Ihre Anfrage ${lenaTicket}`,
    });
  });

  it('should let the customer answer, which puts the ticket back to open', async () => {
    // Act
    const r = await answer(anaTicket, { body: 'Thank you! <b>really</b>' });

    // Assess
    expect(r.status).toBe(201);
    expect(r.json.html).toBe('<p>Thank you! &lt;b&gt;really&lt;/b&gt;</p>');
    expect((await staffRead(anaTicket)).json.status).toBe('open');
  });

  it("should sanitise a staff reply with the FAQ's pipeline", async () => {
    // Act
    await staffPost(anaTicket, {
      body: '<img src=x onerror=alert(1)><script>alert(2)</script>[x](javascript:alert(3)) ok',
    });
    const seen = await mine(anaTicket);

    // Assess
    expect(seen.text).not.toMatch(/onerror|<script|javascript:/i);
    expect(seen.json.messages.at(-1).html).toContain('ok');
  });

  it('should keep every message when staff and customer write at the same time', async () => {
    // Prepare
    const before = (await staffRead(lenaTicket)).json.messages.length as number;

    // Act
    const writes = await Promise.all([
      ...Array.from({ length: 8 }, (_, i) => staffPost(lenaTicket, { body: `agent ${i}` })),
      ...Array.from({ length: 8 }, (_, i) => staffPost(lenaTicket, { body: `admin ${i}` }, token.admin)),
      ...Array.from({ length: 8 }, (_, i) => answer(lenaTicket, { body: `lena ${i}` }, token.lena)),
    ]);

    // Assess
    expect(writes.map((w) => w.status)).toEqual(Array(24).fill(201));
    const ticket = (await staffRead(lenaTicket)).json;
    const bodies = (ticket.messages as { body: string }[]).map((m) => m.body);
    expect(bodies).toHaveLength(before + 24);
    for (const who of ['agent', 'admin', 'lena']) for (let i = 0; i < 8; i++) expect(bodies).toContain(`${who} ${i}`);
    expect(ticket.messageCount).toBe(before + 24);
  });

  it('should refuse a reply over MAX_TICKET_REPLY_CHARS or empty with a 400 problem naming body', async () => {
    // Act
    const long = await staffPost(anaTicket, { body: 'x'.repeat(501) });
    const empty = await answer(anaTicket, { body: '   ' });
    const extra = await answer(anaTicket, { body: 'hi', internal: true });

    // Assess
    for (const r of [long, empty])
      expect(expectProblem(r, 400).errors.map((e: { field: string }) => e.field)).toContain('body');
    expect(expectProblem(extra, 400).errors.map((e: { field: string }) => e.field)).toContain('internal');
  });

  it('should take CSAT once, only when the ticket is solved, and refuse answers once it is closed', async () => {
    // Prepare
    const rate = (body: unknown) =>
      call(portal.url, 'POST', `/api/me/tickets/${anaTicket}/rating`, { token: token.ana, body });
    const early = await rate({ score: 5 });
    await call(portal.url, 'PATCH', `/api/admin/tickets/${anaTicket}`, {
      token: token.agent,
      body: { status: 'solved' },
    });

    // Act
    const first = await rate({ score: 4, comment: 'Quick and kind' });
    const again = await rate({ score: 1 });
    await call(portal.url, 'PATCH', `/api/admin/tickets/${anaTicket}`, {
      token: token.agent,
      body: { status: 'closed' },
    });
    const late = await answer(anaTicket, { body: 'one more thing' });

    // Assess
    expectProblem(early, 409);
    expect(first.status).toBe(201);
    expectProblem(again, 409);
    expect((await mine(anaTicket)).json).toMatchObject({ csat: { score: 4 }, canRate: false, canReply: false });
    expectProblem(late, 409);
  });

  it('should open a ticket for a problem a customer reports, once per key', async () => {
    // Act
    const input = {
      summary: 'Damaged: lamp',
      orderNumber: '10023',
      body: 'The shade is cracked',
      locale: 'en' as const,
      key: 'p1',
    };
    const first = await openCustomerTicket(portal.deps, ANA, input);
    const again = await openCustomerTicket(portal.deps, ANA, input);

    // Assess
    expect(again).toEqual({ ticketId: first.ticketId, created: false });
    const seen = await mine(first.ticketId);
    expect(seen.json).toMatchObject({ summary: 'Damaged: lamp', orderNumber: '10023', status: 'new' });
    expect(seen.json.messages).toEqual([
      expect.objectContaining({ author: 'customer', html: '<p>The shade is cracked</p>' }),
    ]);
  });

  describe('who may do what', () => {
    it.each<[string, string, string, unknown?]>([
      ['a ticket', 'GET', ''],
      ['a reply', 'POST', '/replies', { body: 'x' }],
      ['a rating', 'POST', '/rating', { score: 3 }],
    ])("should answer another customer's %s with the same 404 as a missing ticket", async (_w, method, tail, body) => {
      // Act
      const other = await call(portal.url, method, `/api/me/tickets/${anaTicket}${tail}`, { token: token.ben, body });
      const missing = await call(portal.url, method, `/api/me/tickets/T-0000000000${tail}`, { token: token.ben, body });
      const anonymous = await call(portal.url, method, `/api/me/tickets/${anaTicket}${tail}`, { body });

      // Assess
      expect(expectProblem(other, 404).title).toBe(expectProblem(missing, 404).title);
      expectProblem(anonymous, 401);
    });

    it.each<[string, string, unknown?]>([
      ['GET', '/api/admin/tickets'],
      ['GET', '/api/admin/tickets/T-0000000000'],
      ['PATCH', '/api/admin/tickets/T-0000000000', { status: 'closed' }],
      ['POST', '/api/admin/tickets/T-0000000000/replies', { body: 'x' }],
    ])('should refuse a customer on %s %s with 403 and an anonymous caller with 401', async (method, path, body) => {
      // Act
      const asCustomer = await call(portal.url, method, path, { token: token.ana, body });
      const anonymous = await call(portal.url, method, path, { body });

      // Assess
      expectProblem(asCustomer, 403);
      expectProblem(anonymous, 401);
    });

    it.each<[string, string, unknown?]>([
      ['GET', '/api/admin/faq'],
      ['PUT', '/api/admin/bot/rules', {}],
      ['POST', '/api/admin/faq/import', []],
      ['GET', '/api/admin/outbox'],
    ])('should keep content and rules from agents: %s %s is 403', async (method, path, body) => {
      // Act
      const reply = await call(portal.url, method, path, { token: token.agent, body });

      // Assess
      expectProblem(reply, 403);
    });

    it('should let agents and admins work tickets alike', async () => {
      // Act
      const [agentRead, adminRead] = await Promise.all([staffRead(lenaTicket), staffRead(lenaTicket, token.admin)]);

      // Assess
      expect([agentRead.status, adminRead.status]).toEqual([200, 200]);
    });
  });
});
