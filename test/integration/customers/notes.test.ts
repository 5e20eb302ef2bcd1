import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

describe('Routes: personal notes (POST /api/admin/customers/{id}/notes, GET /api/me/notes)', () => {
  let portal: TestPortal;
  let agent: string;
  let ana: string;
  let ben: string;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    [agent, ana, ben] = await Promise.all([
      login(portal.url, 'agent@example.com'),
      login(portal.url, 'ana@example.com'),
      login(portal.url, 'ben@example.com'),
    ]);
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const write = (customer: string, body: unknown, token = agent) =>
    call(portal.url, 'POST', `/api/admin/customers/${encodeURIComponent(customer)}/notes`, { token, body });
  const notesOf = async (token: string) =>
    (await call(portal.url, 'GET', '/api/me/notes', { token })).json.notes as { id: string; html: string }[];

  it('should show an agent’s note on the customer’s profile, sanitised and without the writer', async () => {
    // Act
    const reply = await write('ana@example.com', {
      body: 'Thank you for your **patience** with the rug. <script>alert(1)</script>',
    });

    // Assess
    expect(reply.status).toBe(201);
    expect(reply.json.by).toBe('agent@example.com');
    const [note] = await notesOf(ana);
    expect(note?.id).toBe(reply.json.id);
    expect(note?.html).toContain('<strong>patience</strong>');
    expect(note?.html).not.toContain('<script');
    expect(JSON.stringify(note)).not.toContain('agent@example.com');
  });

  it('should keep notes to their customer, newest first, and show them on the customer’s page for staff', async () => {
    // Prepare
    const second = await write('ana@example.com', { body: 'Happy anniversary with us!' });

    // Act
    const [mine, bens, picture] = await Promise.all([
      notesOf(ana),
      notesOf(ben),
      call(portal.url, 'GET', '/api/admin/customers/ana@example.com', { token: agent }),
    ]);

    // Assess
    expect(mine.map((n) => n.id)[0]).toBe(second.json.id);
    expect(mine).toHaveLength(2);
    expect(bens).toEqual([]);
    expect((picture.json.notes as { body: string }[]).map((n) => n.body)).toContain('Happy anniversary with us!');
  });

  it('should refuse empty, long and unknown-field notes, an unknown customer, and callers who are not staff', async () => {
    // Act
    const replies = await Promise.all([
      write('ana@example.com', { body: '   ' }),
      write('ana@example.com', { body: 'x'.repeat(1001) }),
      write('ana@example.com', { body: 'Hi', pinned: true }),
      write('nobody@example.org', { body: 'Hi' }),
      write('ana@example.com', { body: 'Hi' }, ben),
      call(portal.url, 'POST', '/api/admin/customers/ana@example.com/notes', { body: { body: 'Hi' } }),
      call(portal.url, 'GET', '/api/me/notes'),
    ]);

    // Assess
    expect(replies.map((r) => r.status)).toEqual([400, 400, 400, 404, 403, 401, 401]);
    for (const r of replies) expectProblem(r, r.status);
    expect(await notesOf(ana)).toHaveLength(2);
  });
});
