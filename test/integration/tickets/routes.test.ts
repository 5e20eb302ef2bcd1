import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';
import { handoff } from '../../helpers/tickets';

const AGENT_EMAIL = 'agent@example.com';

interface Row {
  id: string;
  status: string;
  priority: string;
  assignee?: string;
  locale: string;
  createdAt: string;
  version: number;
  sla: { breached: boolean; firstResponse: { dueAt: string; minutesLeft?: number } };
}

describe('Routes: /api/admin/tickets (the queue and the ticket head)', () => {
  let portal: TestPortal;
  let admin: string;
  let agent: string;
  let ana: string;
  let guestTicket: string;
  let lenaTicket: string;
  let anaTickets: string[];

  beforeAll(async () => {
    // Urgent tickets are due at once: breaching is testable without waiting.
    portal = await startPortal({
      site: false,
      env: { CHAT_TURNS_PER_MINUTE_CLIENT: '100000', TICKET_SLA: 'urgent=0/0' },
    });
    const tokens = await Promise.all(
      ['admin@example.com', AGENT_EMAIL, 'ana@example.com', 'lena@example.de'].map((e) => login(portal.url, e)),
    );
    const [a, b, c, lena] = tokens as [string, string, string, string];
    [admin, agent, ana] = [a, b, c];
    guestTicket = (await handoff(portal.url, { summary: 'Where is my refund', email: 'guest@example.org' })).ticketId;
    lenaTicket = (await handoff(portal.url, { token: lena, summary: 'Mein Paket ist beschädigt angekommen' })).ticketId;
    anaTickets = [];
    for (const summary of ['my parcel is damaged', 'I was charged twice', 'I want to change my address'])
      anaTickets.push((await handoff(portal.url, { token: ana, summary })).ticketId);
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const get = (path: string, token = agent) => call(portal.url, 'GET', path, { token });
  const patch = (id: string, body: unknown, token = agent, headers: Record<string, string> = {}) =>
    call(portal.url, 'PATCH', `/api/admin/tickets/${id}`, { token, body, headers });
  const ids = (r: { json: { tickets: Row[] } }) => r.json.tickets.map((t) => t.id);

  describe('GET /api/admin/tickets', () => {
    it('should list the tickets being worked, oldest first, each with its SLA clock and no transcript', async () => {
      // Act
      const reply = await get('/api/admin/tickets');

      // Assess
      expect(reply.status).toBe(200);
      const tickets = reply.json.tickets as Row[];
      expect(ids(reply)).toEqual([guestTicket, lenaTicket, ...anaTickets]);
      expect(tickets.every((t) => t.status === 'new' && t.priority === 'normal')).toBe(true);
      expect(tickets[0]!.sla.firstResponse.minutesLeft).toBeGreaterThan(0);
      expect(JSON.stringify(reply.json)).not.toMatch(/transcript/);
      expect(reply.json.counts).toMatchObject({ new: 5, open: 0, waiting: 0, solved: 0, closed: 0, unassigned: 5 });
    });

    it('should filter by language, and refuse an unknown filter value with a 400 problem', async () => {
      // Act
      const german = await get('/api/admin/tickets?language=de');
      const bogus = await get('/api/admin/tickets?status=bogus');

      // Assess
      expect(ids(german)).toEqual([lenaTicket]);
      expect(expectProblem(bogus, 400).errors.map((e: { field: string }) => e.field)).toContain('status');
    });

    it('should assign to me, open a new ticket by picking it up, and count it as mine', async () => {
      // Act
      const reply = await patch(anaTickets[0]!, { assignee: 'me' });
      const mine = await get('/api/admin/tickets?assignee=me');
      const unassigned = await get('/api/admin/tickets?assignee=unassigned');

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json).toMatchObject({ assignee: AGENT_EMAIL, status: 'open' });
      expect(ids(mine)).toEqual([anaTickets[0]]);
      expect(mine.json.counts).toMatchObject({ mine: 1, new: 4, open: 1 });
      expect(ids(unassigned)).not.toContain(anaTickets[0]);
      expect(ids(await get('/api/admin/tickets?assignee=me', admin))).toEqual([]);
    });

    it('should put breached tickets first and filter by priority', async () => {
      // Prepare: urgent is due at once (TICKET_SLA), so this newest ticket is breached.
      const newest = anaTickets[2]!;
      expect((await patch(newest, { priority: 'urgent' })).status).toBe(200);

      // Act
      const reply = await get('/api/admin/tickets');
      const urgent = await get('/api/admin/tickets?priority=urgent');

      // Assess
      expect(ids(reply)[0]).toBe(newest);
      expect((reply.json.tickets as Row[])[0]!.sla.breached).toBe(true);
      expect(reply.json.counts.breached).toBe(1);
      expect(ids(urgent)).toEqual([newest]);
    });

    it('should show solved and closed tickets only when asked, newest first', async () => {
      // Prepare
      await patch(guestTicket, { status: 'solved' });
      await patch(lenaTicket, { status: 'solved' });

      // Act
      const active = await get('/api/admin/tickets');
      const solved = await get('/api/admin/tickets?status=solved');

      // Assess
      expect(ids(active)).not.toContain(guestTicket);
      expect(ids(solved)).toEqual([lenaTicket, guestTicket]);
      expect(solved.json.counts.solved).toBe(2);
    });
  });

  describe('PATCH /api/admin/tickets/{id}', () => {
    it('should refuse a change made on a stale view with 412, saying what changed since', async () => {
      // Prepare: two agents read the same version.
      const ticket = anaTickets[1]!;
      const seen = await get(`/api/admin/tickets/${ticket}`);
      const etag = seen.headers.get('etag')!;
      expect(etag).toBe(`"${seen.json.version}"`);

      // Act
      const first = await patch(ticket, { status: 'waiting' }, agent, { 'if-match': etag });
      const second = await patch(ticket, { status: 'closed' }, admin, { 'if-match': etag });
      const byVersion = await patch(ticket, { status: 'closed', version: seen.json.version }, admin);

      // Assess
      expect(first.status).toBe(200);
      const problem = expectProblem(second, 412);
      expect(problem.current).toMatchObject({ status: 'waiting', version: seen.json.version + 1 });
      expect(problem.changes).toEqual([{ status: 'waiting', by: AGENT_EMAIL, at: expect.any(String) }]);
      expectProblem(byVersion, 412);
      expect((await get(`/api/admin/tickets/${ticket}`)).json.status).toBe('waiting');
    });

    it('should apply a change sent without a version to the current ticket and keep the history', async () => {
      // Prepare
      const ticket = anaTickets[1]!;

      // Act
      await patch(ticket, { status: 'open' });
      const reply = await patch(ticket, { status: 'closed' }, admin);
      const full = await get(`/api/admin/tickets/${ticket}`);

      // Assess
      expect(reply.json.status).toBe('closed');
      expect(full.json.history.map((h: { status?: string }) => h.status)).toEqual(['waiting', 'open', 'closed']);
      expect(full.json.history.at(-1).by).toBe('admin@example.com');
    });

    it.each<[string, unknown, string]>([
      ['an unknown status', { status: 'done' }, 'status'],
      ['a legacy status', { status: 'resolved' }, 'status'],
      ['an unknown priority', { priority: 'asap' }, 'priority'],
      ['an unknown field', { status: 'closed', transcript: [] }, 'transcript'],
    ])('should refuse %s with a 400 problem naming the field and change nothing', async (_what, body, field) => {
      // Prepare
      const before = (await get(`/api/admin/tickets/${anaTickets[0]}`)).json.version;

      // Act
      const reply = await patch(anaTickets[0]!, body);

      // Assess
      expect(
        expectProblem(reply, 400)
          .errors.map((e: { field: string }) => e.field)
          .join(','),
      ).toContain(field);
      expect((await get(`/api/admin/tickets/${anaTickets[0]}`)).json.version).toBe(before);
    });

    it('should refuse a change of nothing with a 400 problem', async () => {
      // Act
      const reply = await patch(anaTickets[0]!, {});

      // Assess
      expectProblem(reply, 400);
    });

    it('should answer an unknown id with a 404 problem and a malformed one with a 400', async () => {
      // Act
      const unknown = await patch('T-FFFFFFFFFF', { status: 'closed' });
      const malformed = await patch('not-a-ticket', { status: 'closed' });

      // Assess
      expectProblem(unknown, 404);
      expectProblem(malformed, 400);
      expectProblem(await get('/api/admin/tickets/T-FFFFFFFFFF'), 404);
    });
  });

  describe('GET /api/admin/tickets/{id}', () => {
    it("should give the transcript, the one-line summary and the customer's picture", async () => {
      // Act
      const reply = await get(`/api/admin/tickets/${anaTickets[0]}`);

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json).toMatchObject({
        summary: 'my parcel is damaged',
        customerId: '00000000-0000-4000-8000-000000000011',
        contact: { email: 'ana@example.com', name: 'Ana Souza' },
        customer: { email: 'ana@example.com', name: 'Ana Souza', tier: expect.any(String) },
      });
      expect(reply.json.transcript[0].text).toBe('I want to talk to a human');
      expect(reply.json.customer.earlierTickets.map((t: { id: string }) => t.id).sort()).toEqual(
        anaTickets.slice(1).sort(),
      );
      expect(reply.json.customer.orderCount).toBeGreaterThan(0);
    });

    it("should keep a guest's email as the contact and give no customer picture", async () => {
      // Act
      const reply = await get(`/api/admin/tickets/${guestTicket}`);

      // Assess
      expect(reply.json.contact).toEqual({ email: 'guest@example.org' });
      expect(reply.json.customerId).toBeUndefined();
      expect(reply.json.customer).toBeUndefined();
    });
  });

  describe('PUT /api/admin/named-agents/{email} (dedicated assistance)', () => {
    it("should send a customer's new tickets to their named agent first, at high priority", async () => {
      // Act
      const named = await call(portal.url, 'PUT', '/api/admin/named-agents/ben@example.com', {
        token: admin,
        body: { agent: AGENT_EMAIL },
      });
      const ben = await login(portal.url, 'ben@example.com');
      const { ticketId } = await handoff(portal.url, { token: ben, summary: 'My sofa has a tear' });

      // Assess
      expect(named.json).toEqual({ email: 'ben@example.com', agent: AGENT_EMAIL });
      const ticket = await get(`/api/admin/tickets/${ticketId}`);
      expect(ticket.json).toMatchObject({ assignee: AGENT_EMAIL, priority: 'high' });
      expect(ticket.json.customer.namedAgent).toBe(AGENT_EMAIL);
      expect(ids(await get('/api/admin/tickets?assignee=me'))).toContain(ticketId);
    });

    it('should keep naming agents with admins: an agent or a customer gets 403', async () => {
      // Act
      const byAgent = await call(portal.url, 'PUT', '/api/admin/named-agents/ana@example.com', {
        token: agent,
        body: { agent: AGENT_EMAIL },
      });
      const byCustomer = await call(portal.url, 'PUT', '/api/admin/named-agents/ana@example.com', {
        token: ana,
        body: { agent: AGENT_EMAIL },
      });

      // Assess
      expectProblem(byAgent, 403);
      expectProblem(byCustomer, 403);
    });
  });

  describe('/api/admin/saved-replies/{locale}', () => {
    const save = (version: string | undefined, replies: unknown, token = agent) =>
      call(portal.url, 'PUT', '/api/admin/saved-replies/de', {
        token,
        body: { replies },
        headers: version === undefined ? {} : { 'if-match': version },
      });

    it('should keep saved replies per locale for staff, as a versioned list, and refuse customers', async () => {
      // Act
      const put = await save('"0"', [{ title: 'Ersatz', body: 'Wir schicken **Ersatz**.' }]);
      const de = await get('/api/admin/saved-replies/de', admin);
      const en = await get('/api/admin/saved-replies/en');
      const byCustomer = await get('/api/admin/saved-replies/de', ana);
      const bad = await save('"1"', [{}]);

      // Assess
      expect(put.status).toBe(200);
      expect(put.headers.get('etag')).toBe('"1"');
      expect(de.json).toMatchObject({
        replies: [{ title: 'Ersatz', body: 'Wir schicken **Ersatz**.' }],
        version: 1,
        updatedBy: 'agent@example.com',
      });
      expect(en.json).toEqual({ replies: [], version: 0 });
      expectProblem(byCustomer, 403);
      expectProblem(bad, 400);
    });

    it('should refuse a blind save (428) and a stale one (412), keeping what the other agent saved', async () => {
      // Arrange: the list is at some version; two agents loaded it
      const loaded = (await get('/api/admin/saved-replies/de', admin)).json as { version: number };
      const first = await save(`"${loaded.version}"`, [{ title: 'A', body: 'Erste' }], admin);

      // Act
      const blind = await save(undefined, [{ title: 'B', body: 'Blind' }]);
      const stale = await save(`"${loaded.version}"`, [{ title: 'C', body: 'Veraltet' }]);
      const after = await get('/api/admin/saved-replies/de', agent);

      // Assess
      expect(first.status).toBe(200);
      expectProblem(blind, 428);
      expectProblem(stale, 412);
      expect(stale.json).toMatchObject({ version: loaded.version + 1 });
      expect(String((stale.json as { detail: string }).detail)).toContain('admin@example.com');
      expect(after.json).toMatchObject({ replies: [{ title: 'A', body: 'Erste' }], version: loaded.version + 1 });
    });
  });
});
