import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const ADMIN_EMAIL = 'admin@example.com';
const ANA_SUB = '00000000-0000-4000-8000-000000000011';

interface Ticket {
  id: string;
  status: string;
  sessionId: string;
  customerId?: string;
  createdAt: string;
  updatedAt: string;
  transcript: { role: string; text: string }[];
  history?: { status: string; by: string; at: string }[];
}

describe('Routes: /api/admin/tickets', () => {
  let portal: TestPortal;
  let admin: string;
  let ana: string;
  /** Tickets made through chat handoffs: one from a guest, three from Ana. */
  let guestTicket: string;
  let anaTickets: string[];

  const chat = async (messages: string[], token?: string) => {
    let sessionId: string | undefined;
    let ticketId: string | undefined;
    for (const message of messages) {
      const reply = await call(portal.url, 'POST', '/api/chat', {
        token,
        body: { message, ...(sessionId ? { sessionId } : {}) },
      });
      expect(reply.status, reply.text).toBe(200);
      sessionId = reply.json.sessionId;
      ticketId = reply.json.handoff?.ticketId ?? ticketId;
    }
    if (!ticketId) throw new Error('no handoff');
    return ticketId;
  };

  beforeAll(async () => {
    portal = await startPortal({ site: false, env: { CHAT_TURNS_PER_MINUTE_CLIENT: '100000' } });
    [admin, ana] = await Promise.all([login(portal.url, ADMIN_EMAIL), login(portal.url, 'ana@example.com')]);
    guestTicket = await chat(['where is my order', 'I want to talk to a human']);
    anaTickets = [];
    for (const first of ['my parcel is damaged', 'I was charged twice', 'I want to change my address']) {
      anaTickets.push(await chat([first, 'let me speak to an agent'], ana));
    }
  });

  /** Runs `count` guest handoffs, a few at a time. */
  async function manyHandoffs(count: number) {
    for (let i = 0; i < count; i += 10) {
      await Promise.all(Array.from({ length: Math.min(10, count - i) }, () => chat(['I want to talk to a human'])));
    }
  }

  afterAll(async () => {
    await portal?.stop();
  });

  const get = (path: string, token = admin) => call(portal.url, 'GET', path, { token });
  const patch = (id: string, body: unknown, token = admin) =>
    call(portal.url, 'PATCH', `/api/admin/tickets/${id}`, { token, body });

  describe('GET /api/admin/tickets', () => {
    it('should list every handoff ticket, newest first', async () => {
      // Act
      const reply = await get('/api/admin/tickets');

      // Assess
      expect(reply.status).toBe(200);
      const tickets = reply.json.tickets as Ticket[];
      expect(tickets.map((t) => t.id)).toEqual(expect.arrayContaining([guestTicket, ...anaTickets]));
      const created = tickets.map((t) => t.createdAt);
      expect([...created].sort().reverse()).toEqual(created);
      expect(tickets.every((t) => t.transcript.length > 0)).toBe(true);
    });

    it('should filter by status', async () => {
      // Prepare
      const [, pending] = anaTickets;
      expect((await patch(pending!, { status: 'pending' })).status).toBe(200);

      // Act
      const onlyPending = await get('/api/admin/tickets?status=pending');
      const onlyOpen = await get('/api/admin/tickets?status=open');

      // Assess
      expect((onlyPending.json.tickets as Ticket[]).map((t) => t.id)).toEqual([pending]);
      expect((onlyOpen.json.tickets as Ticket[]).every((t) => t.status === 'open')).toBe(true);
      expect((onlyOpen.json.tickets as Ticket[]).map((t) => t.id)).not.toContain(pending);
      expect((onlyOpen.json.tickets as Ticket[]).map((t) => t.id)).toContain(guestTicket);
    });

    it('should refuse an unknown status filter with a 400 problem', async () => {
      // Act
      const reply = await get('/api/admin/tickets?status=bogus');

      // Assess
      expect(expectProblem(reply, 400).errors.map((e: { field: string }) => e.field)).toContain('status');
    });
  });

  describe('GET /api/admin/tickets/{id}', () => {
    it('should give a ticket with the conversation that led to it, in order', async () => {
      // Act
      const reply = await get(`/api/admin/tickets/${guestTicket}`);

      // Assess
      expect(reply.status).toBe(200);
      const ticket = reply.json as Ticket;
      expect(ticket).toMatchObject({
        id: guestTicket,
        status: 'open',
        reason: 'I want to talk to a human',
        locale: 'en',
      });
      expect(ticket.customerId).toBeUndefined();
      expect(ticket.transcript.map((t) => t.role)).toEqual(['user', 'bot', 'user']);
      expect(ticket.transcript[0]?.text).toBe('where is my order');
      expect(ticket.transcript[2]?.text).toBe('I want to talk to a human');
    });

    it("should tie a signed-in customer's ticket to them", async () => {
      // Act
      const reply = await get(`/api/admin/tickets/${anaTickets[0]}`);

      // Assess
      expect(reply.json).toMatchObject({
        customerId: ANA_SUB,
        contact: { email: 'ana@example.com', name: 'Ana Souza' },
      });
      expect(reply.json.transcript[0].text).toBe('my parcel is damaged');
    });

    it('should answer an unknown ticket with a 404 problem', async () => {
      // Act
      const reply = await get('/api/admin/tickets/T-0000000000');

      // Assess
      expectProblem(reply, 404);
    });

    it.each(['T-123', 'ticket-1', 't-abcdef1234', 'T-GGGGGGGGGG', 'T-0000000000x'])(
      'should refuse the malformed id %s with a 400 problem',
      async (id) => {
        // Act
        const reply = await get(`/api/admin/tickets/${id}`);

        // Assess
        expect(expectProblem(reply, 400).errors.map((e: { field: string }) => e.field)).toContain('id');
      },
    );
  });

  describe('PATCH /api/admin/tickets/{id}', () => {
    it('should change the status, record who did it, and show it to the customer', async () => {
      // Prepare
      const [, , ticket] = anaTickets;
      const before = (await get(`/api/admin/tickets/${ticket}`)).json as Ticket;

      // Act
      const reply = await patch(ticket!, { status: 'resolved' });

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json).toMatchObject({ id: ticket, status: 'resolved' });
      expect(reply.json.history).toEqual([{ status: 'resolved', by: ADMIN_EMAIL, at: expect.any(String) }]);
      expect(reply.json.updatedAt > before.updatedAt).toBe(true);
      expect(reply.json.transcript).toEqual(before.transcript);
      const mine = await get('/api/me/tickets', ana);
      const seen = mine.json.tickets.find((t: { id: string }) => t.id === ticket);
      expect(seen).toMatchObject({ status: 'resolved' });
      expect(Object.keys(seen).sort()).toEqual(['createdAt', 'id', 'reason', 'status', 'updatedAt']);
    });

    it('should keep every status change in the history', async () => {
      // Prepare
      const [ticket] = anaTickets;

      // Act
      await patch(ticket!, { status: 'pending' });
      await patch(ticket!, { status: 'closed' });
      const reply = await patch(ticket!, { status: 'open' });

      // Assess
      expect(reply.json.status).toBe('open');
      expect(reply.json.history.map((h: { status: string }) => h.status)).toEqual(['pending', 'closed', 'open']);
    });

    it.each<[string, unknown, string]>([
      ['an unknown status', { status: 'done' }, 'status'],
      ['a status of the wrong type', { status: 1 }, 'status'],
      ['no status', {}, 'status'],
      ['an unknown field', { status: 'closed', transcript: [] }, 'transcript'],
    ])('should refuse %s with a 400 problem naming the field and change nothing', async (_what, body, field) => {
      // Act
      const reply = await patch(guestTicket, body);

      // Assess
      expect(
        expectProblem(reply, 400)
          .errors.map((e: { field: string }) => e.field)
          .join(','),
      ).toContain(field);
      expect((await get(`/api/admin/tickets/${guestTicket}`)).json.status).toBe('open');
    });

    it('should refuse a malformed id with a 400 problem', async () => {
      // Act
      const reply = await patch('not-a-ticket', { status: 'closed' });

      // Assess
      expectProblem(reply, 400);
    });

    it('should answer an unknown id with a 404 problem and not create it', async () => {
      // Act
      const reply = await patch('T-FFFFFFFFFF', { status: 'closed' });

      // Assess
      expectProblem(reply, 404);
      expectProblem(await get('/api/admin/tickets/T-FFFFFFFFFF'), 404);
    });
  });

  describe('many tickets', () => {
    it('should still find an older open ticket behind more than a hundred newer ones', async () => {
      // Prepare: the guest ticket from beforeAll is still open; add 101 newer ones, all closed.
      await manyHandoffs(101);
      const all = (await get('/api/admin/tickets')).json.tickets as Ticket[];
      for (const t of all.filter((x) => x.id !== guestTicket && !anaTickets.includes(x.id)))
        await patch(t.id, { status: 'closed' });

      // Act
      const open = await get('/api/admin/tickets?status=open');

      // Assess
      expect((open.json.tickets as Ticket[]).map((t) => t.id)).toContain(guestTicket);
    });
  });

  describe('authorisation', () => {
    it.each<[string, string, unknown?]>([
      ['GET', '/api/admin/tickets'],
      ['GET', '/api/admin/tickets/T-0000000000'],
      ['PATCH', '/api/admin/tickets/T-0000000000', { status: 'closed' }],
    ])('should refuse a customer on %s %s with 403 and an anonymous caller with 401', async (method, path, body) => {
      // Act
      const asCustomer = await call(portal.url, method, path, { token: ana, body });
      const anonymous = await call(portal.url, method, path, { body });

      // Assess
      expectProblem(asCustomer, 403);
      expectProblem(anonymous, 401);
    });

    it('should not let a customer change even their own ticket', async () => {
      // Prepare
      const [ticket] = anaTickets;
      const before = (await get(`/api/admin/tickets/${ticket}`)).json.status;

      // Act
      const reply = await patch(ticket!, { status: before === 'closed' ? 'open' : 'closed' }, ana);

      // Assess
      expectProblem(reply, 403);
      expect((await get(`/api/admin/tickets/${ticket}`)).json.status).toBe(before);
    });

    it('should show a customer only their own tickets, without transcripts', async () => {
      // Prepare
      const ben = await login(portal.url, 'ben@example.com');

      // Act
      const bens = await get('/api/me/tickets', ben);
      const anas = await get('/api/me/tickets', ana);

      // Assess
      expect(bens.json.tickets).toEqual([]);
      expect(anas.json.tickets.map((t: { id: string }) => t.id).sort()).toEqual([...anaTickets].sort());
      expect(JSON.stringify(anas.json)).not.toMatch(/transcript|history|sessionId/);
    });
  });
});
