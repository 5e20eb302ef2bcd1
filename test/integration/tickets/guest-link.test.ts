import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signGuestToken } from '../../../functions/tickets/domain/guest-link';
import { call, expectProblem, login } from '../../helpers/http';
import { caughtMails, startPortal, type TestPortal } from '../../helpers/portal';
import { handoff } from '../../helpers/tickets';

describe("Routes: /api/tickets/guest (a guest's ticket by the signed link of the reply mail)", () => {
  let portal: TestPortal;
  let agent: string;
  let guestTicket: string;
  let anaTicket: string;
  let token: string;

  beforeAll(async () => {
    portal = await startPortal({ site: false, env: { CHAT_TURNS_PER_MINUTE_CLIENT: '100000' } });
    agent = await login(portal.url, 'agent@example.com');
    guestTicket = (await handoff(portal.url, { summary: 'My refund never came', email: 'guest@example.org' })).ticketId;
    anaTicket = (await handoff(portal.url, { token: await login(portal.url, 'ana@example.com') })).ticketId;
    await call(portal.url, 'POST', `/api/admin/tickets/${guestTicket}/replies`, {
      token: agent,
      body: { body: 'We have sent the refund **today**.' },
    });
    await call(portal.url, 'POST', `/api/admin/tickets/${guestTicket}/replies`, {
      token: agent,
      body: { body: 'INTERNAL: bank was slow', internal: true },
    });
    // The link comes from the mail the guest got, as they would follow it.
    const until = Date.now() + 8000;
    let link: string | undefined;
    while (!link && Date.now() < until) {
      const mail = (await caughtMails(portal.mail!.webUrl)).find((m) => m.subject.includes(guestTicket));
      link = /\/en\/help\/ticket\/\?t=(\S+)/.exec(mail?.text ?? '')?.[1];
      if (!link) await new Promise((r) => setTimeout(r, 100));
    }
    token = decodeURIComponent(link ?? '');
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const read = (t: string) => call(portal.url, 'GET', `/api/tickets/guest?t=${encodeURIComponent(t)}`);
  const answer = (t: string, body: unknown) =>
    call(portal.url, 'POST', `/api/tickets/guest/replies?t=${encodeURIComponent(t)}`, { body });

  it('should mail the guest a link that opens their ticket, without the internal note', async () => {
    // Act
    const reply = await read(token);

    // Assess
    expect(token.length).toBeGreaterThan(10);
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ id: guestTicket, summary: 'My refund never came', status: 'waiting' });
    expect(reply.text).toContain('<strong>today</strong>');
    expect(reply.text).not.toContain('INTERNAL');
  });

  it("should take the guest's answer through the link", async () => {
    // Act
    const reply = await answer(token, { body: 'Thanks, it arrived.' });

    // Assess
    expect(reply.status).toBe(201);
    const staff = await call(portal.url, 'GET', `/api/admin/tickets/${guestTicket}`, { token: agent });
    expect(staff.json.messages.at(-1)).toMatchObject({ author: { role: 'customer' }, body: 'Thanks, it arrived.' });
    expect(staff.json.status).toBe('open');
  });

  it('should refuse an expired link with 403 and write nothing', async () => {
    // Prepare
    const expired = signGuestToken(
      portal.deps.config.TICKET_LINK_SECRET,
      guestTicket,
      Math.floor(Date.now() / 1000) - 1,
    );

    // Act
    const r = await read(expired);
    const w = await answer(expired, { body: 'late' });

    // Assess
    expect(expectProblem(r, 403).detail).toMatch(/expired/);
    expectProblem(w, 403);
  });

  it.each<[string, () => string]>([
    [
      'a changed ticket id',
      () => {
        const [payload, sig] = token.split('.');
        const other = Buffer.from(
          Buffer.from(payload!, 'base64url').toString().replace(guestTicket, anaTicket),
        ).toString('base64url');
        return `${other}.${sig}`;
      },
    ],
    [
      'a changed expiry',
      () => {
        const [payload, sig] = token.split('.');
        const later = Buffer.from(
          Buffer.from(payload!, 'base64url')
            .toString()
            .replace(/\.\d+$/, '.99999999999'),
        ).toString('base64url');
        return `${later}.${sig}`;
      },
    ],
    ['another secret', () => signGuestToken('some-other-secret-value', guestTicket, 99_999_999_999)],
    ['garbage', () => 'not-a-token-at-all'],
  ])('should refuse %s with 403', async (_what, make) => {
    // Act
    const r = await read(make());

    // Assess
    expectProblem(r, 403);
  });

  it("should open no customer's ticket, even with a valid signature", async () => {
    // Prepare
    const forged = signGuestToken(portal.deps.config.TICKET_LINK_SECRET, anaTicket, 99_999_999_999);

    // Act
    const r = await read(forged);

    // Assess
    expectProblem(r, 404);
  });
});
