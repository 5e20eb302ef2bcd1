import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

describe('Insights: first-contact resolution from the ticket workspace', () => {
  let portal: TestPortal;
  let admin: string;
  let agent: string;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    admin = await login(portal.url, 'admin@example.com');
    agent = await login(portal.url, 'agent@example.com');
  });
  afterAll(() => portal?.stop());

  const counts = async () =>
    (await call(portal.url, 'GET', '/api/admin/insights/relationship', { token: admin })).json.counts as Record<
      string,
      number
    >;
  /** A ticket from a problem report on one of ana's orders. */
  const ticketOf = async (orderNumber: string) => {
    const r = await call(portal.url, 'POST', `/api/orders/${orderNumber}/problems`, {
      token: await login(portal.url, 'ana@example.com'),
      body: { kind: 'damaged', description: 'The box arrived crushed and the lamp is bent.' },
    });
    expect(r.status).toBeLessThan(300);
    return r.json.ticketId as string;
  };
  const reply = (id: string, body: string, internal = false) =>
    call(portal.url, 'POST', `/api/admin/tickets/${id}/replies`, { token: agent, body: { body, internal } });
  const status = (id: string, s: string) =>
    call(portal.url, 'PATCH', `/api/admin/tickets/${id}`, { token: agent, body: { status: s } });

  it('should count a ticket solved with one agent reply as first contact, one with two not, and a re-solve not again', async () => {
    // Prepare
    const before = await counts();
    const once = await ticketOf('10022');
    const twice = await ticketOf('10023');
    await reply(once, 'Here is your answer.');
    await reply(once, 'Note for the team', true); // internal: not a reply to the customer
    await reply(twice, 'First try.');
    await reply(twice, 'Second try.');

    // Act
    const solved = await Promise.all([status(once, 'solved'), status(twice, 'solved')]);
    await status(once, 'open');
    await status(once, 'solved');
    const after = await counts();

    // Assess
    expect(solved.map((r) => r.status)).toEqual([200, 200]);
    expect(after.ticketsSolved).toBe((before.ticketsSolved ?? 0) + 2);
    expect(after.ticketsSolvedFirstContact).toBe((before.ticketsSolvedFirstContact ?? 0) + 1);
  });
});
