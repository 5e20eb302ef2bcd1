import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drain } from '../../../functions/outbox/service';
import { call, expectProblem, login, replyOf } from '../../helpers/http';
import { caughtMails, startPortal, type TestPortal } from '../../helpers/portal';

const DAY = 86_400_000;
const basic = `Basic ${Buffer.from('demo-integration:demo-integration-secret').toString('base64')}`;

describe('NPS invitations after delivery: outbox, order page, signed link', () => {
  let portal: TestPortal;
  let machine: string;
  let admin: string;
  let seq = 0;
  const fresh = () => `N${Date.now().toString(36).toUpperCase()}${++seq}`;

  /** An order fed for `email`, then delivered `daysAgo` days ago (the shop's event). */
  async function delivered(email: string, daysAgo: number, options: { locale?: string; orderNumber?: string } = {}) {
    const orderNumber = options.orderNumber ?? fresh();
    const placed = new Date(Date.now() - (daysAgo + 5) * DAY).toISOString();
    const put = await call(portal.url, 'PUT', `/api/integrations/orders/${orderNumber}`, {
      token: machine,
      body: {
        customer: { email, name: 'Nora Feed', locale: options.locale ?? 'de' },
        placedAt: placed,
        currency: 'EUR',
        items: [{ name: 'Lamp', quantity: 1, unitPriceCents: 4900 }],
        totalCents: 4900,
      },
    });
    expect(put.status).toBeLessThan(300);
    const at = new Date(Date.now() - daysAgo * DAY).toISOString();
    const event = await call(portal.url, 'POST', `/api/integrations/orders/${orderNumber}/events`, {
      token: machine,
      body: { eventId: `${orderNumber}-delivered`, type: 'delivered', at },
    });
    expect(event.status).toBeLessThan(300);
    return orderNumber;
  }
  const invitesTo = async (email: string) =>
    (await call(portal.url, 'GET', '/api/admin/outbox?limit=100', { token: admin })).json.messages.filter(
      (m: { to: string; kind: string }) => m.to === email && m.kind === 'nps_invite',
    );
  const npsResponses = async () =>
    (await call(portal.url, 'GET', '/api/admin/insights/relationship', { token: admin })).json.nps.responses as number;
  /** The survey mails a customer got (not their order updates). */
  const surveyMailTo = async (email: string) =>
    (await caughtMails(portal.mail?.webUrl ?? '')).filter(
      (m) => m.to.some((t) => t.address === email) && m.html.includes('/api/feedback/nps/answer'),
    );
  const form = (url: string, body: Record<string, string>) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(body).toString(),
    }).then(replyOf);

  beforeAll(async () => {
    portal = await startPortal({ site: false, outboxDrain: false });
    const issued = await fetch(`${portal.url}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic },
      body: 'grant_type=client_credentials&scope=orders%2Fwrite',
    });
    machine = ((await issued.json()) as { access_token: string }).access_token;
    admin = await login(portal.url, 'admin@example.com');
  }, 60_000);
  afterAll(() => portal?.stop());

  it('should ask a guest once, in their language, with 0-10 links that open the question and record one answer', async () => {
    // Prepare: delivered 4 days ago, so the invitation (3 days after delivery) is due now
    const email = `nora-${fresh().toLowerCase()}@example.org`;
    const orderNumber = await delivered(email, 4, { locale: 'de' });
    const before = await npsResponses();

    // Act: the drain sends it; the shop repeats the delivered event under another id
    await drain(portal.deps);
    await call(portal.url, 'POST', `/api/integrations/orders/${orderNumber}/events`, {
      token: machine,
      body: { eventId: `${orderNumber}-again`, type: 'delivered', at: new Date(Date.now() - 4 * DAY).toISOString() },
    });
    await drain(portal.deps);

    // Assess: one message, German, eleven score links
    const invites = await invitesTo(email);
    expect(invites).toHaveLength(1);
    expect(invites[0]).toMatchObject({ status: 'sent', locale: 'de' });
    const [mail, ...more] = await surveyMailTo(email);
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe(`Wie war Ihre Bestellung ${orderNumber}?`);
    const links = [...(mail?.html ?? '').matchAll(/href="([^"]*\/api\/feedback\/nps\/answer[^"]*)"/g)].map((m) =>
      (m[1] ?? '').replaceAll('&amp;', '&'),
    );
    expect(links).toHaveLength(11);
    expect(links.map((l) => new URL(l).searchParams.get('score'))).toEqual(
      Array.from({ length: 11 }, (_, n) => String(n)),
    );

    // Act: the guest follows the link for 9 (no sign-in), then sends with a reason
    const link = new URL(links[9] ?? '');
    const page = await fetch(link).then(replyOf);
    const action = new URL(link);
    action.searchParams.delete('score');
    const sent = await form(action.href, { score: '9', comment: 'Fast and friendly' });
    const again = await form(action.href, { score: '2' });
    const reopened = await fetch(link).then(replyOf);

    // Assess: the question with 9 chosen, recorded once, counted once
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="de">');
    expect(page.text).toContain('value="9" required checked');
    expect(page.text).toContain('<legend>');
    expect(sent.status).toBe(200);
    expect(again.status).toBe(409);
    expect(reopened.text).toContain('schon geantwortet');
    expect(await npsResponses()).toBe(before + 1);
    const given = await portal.deps.stores.directory.npsGiven(email);
    expect(given).toEqual([expect.objectContaining({ score: 9, orderNumber, comment: 'Fast and friendly' })]);
  });

  it('should not invite a customer a second time within the period, nor for a delivery long past', async () => {
    // Prepare
    const email = `olga-${fresh().toLowerCase()}@example.org`;
    await delivered(email, 4);

    // Act: a second order delivered a day later, and one delivered 60 days ago
    await delivered(email, 3);
    const old = `old-${fresh().toLowerCase()}@example.org`;
    await delivered(old, 60);

    // Assess
    expect(await invitesTo(email)).toHaveLength(1);
    expect(await invitesTo(old)).toHaveLength(0);
  });

  it("should refuse a forged or another order's link with 404 and record nothing", async () => {
    // Prepare
    const email = `pia-${fresh().toLowerCase()}@example.org`;
    await delivered(email, 4);
    const before = await npsResponses();
    const [token] = (await portal.deps.stores.outbox.list(100)).messages
      .filter((m) => m.to === email && m.kind === 'nps_invite')
      .map((m) => /token=([^&\s]+)/.exec(m.text)?.[1] ?? '');
    const [body, sig] = (token ?? '').split('.');
    const forged = `${Buffer.from(JSON.stringify(['10023', 'ana@example.com', 9_999_999_999])).toString('base64url')}.${sig}`;

    // Act
    const replies = await Promise.all(
      [forged, `${body}.${'A'.repeat(32)}`, 'nonsense'].map((t) =>
        form(`${portal.url}/api/feedback/nps/answer?token=${encodeURIComponent(t)}`, { score: '0' }),
      ),
    );

    // Assess
    expect(token).toBeTruthy();
    expect(replies.map((r) => r.status)).toEqual([404, 404, 404]);
    expect(await npsResponses()).toBe(before);
  });

  it('should show the question on the order page once due, until answered there; the waiting mail is then withdrawn', async () => {
    // Prepare: ana's order delivered just now: the invitation waits three days
    const ana = await login(portal.url, 'ana@example.com');
    const orderNumber = await delivered('ana@example.com', 0, { locale: 'en' });
    const state = () =>
      call(portal.url, 'GET', `/api/feedback/nps/orders/${orderNumber}`, { token: ana }).then((r) => r.json);
    const notYet = await state();
    await drain(portal.deps);
    const [waiting] = await invitesTo('ana@example.com');

    // Act: four days later the order page asks; ana answers there
    const later = new Date(Date.now() + 4 * DAY);
    const realNow = portal.deps.now;
    portal.deps.now = () => later;
    try {
      const due = await state();
      const answer = await call(portal.url, 'POST', '/api/feedback/nps', {
        token: ana,
        body: { score: 10, orderNumber },
      });
      const twice = await call(portal.url, 'POST', '/api/feedback/nps', {
        token: ana,
        body: { score: 3, orderNumber },
      });
      const result = await drain(portal.deps);
      const after = await state();

      // Assess
      expect(notYet).toMatchObject({ open: false, answered: false });
      expect(waiting).toMatchObject({ status: 'pending' });
      expect(due).toMatchObject({ open: true, answered: false });
      expect(answer.status).toBe(202);
      expectProblem(twice, 409);
      expect(result.withdrawn).toBeGreaterThanOrEqual(1);
      expect(after).toMatchObject({ open: false, answered: true });
      expect((await invitesTo('ana@example.com'))[0]).toMatchObject({ status: 'withdrawn' });
    } finally {
      portal.deps.now = realNow;
    }
  });

  it('should keep a customer who turned order mail off out of the mail, not out of the order page', async () => {
    // Prepare: ben's order delivered now; ben then turns order updates off
    const ben = await login(portal.url, 'ben@example.com');
    const orderNumber = await delivered('ben@example.com', 0, { locale: 'en' });
    await call(portal.url, 'PATCH', '/api/me', { token: ben, body: { preferences: { orderUpdates: false } } });
    const realNow = portal.deps.now;
    portal.deps.now = () => new Date(Date.now() + 4 * DAY);
    try {
      // Act
      await drain(portal.deps);
      const state = await call(portal.url, 'GET', `/api/feedback/nps/orders/${orderNumber}`, { token: ben });

      // Assess
      expect((await invitesTo('ben@example.com'))[0]).toMatchObject({ status: 'withdrawn' });
      expect(await surveyMailTo('ben@example.com')).toEqual([]);
      expect(state.json).toMatchObject({ open: true });
    } finally {
      portal.deps.now = realNow;
    }
  });

  it("should answer 'not open' for someone else's order and refuse anonymous callers", async () => {
    // Prepare
    const email = `quinn-${fresh().toLowerCase()}@example.org`;
    const orderNumber = await delivered(email, 4);
    const lena = await login(portal.url, 'lena@example.de');

    // Act
    const foreign = await call(portal.url, 'GET', `/api/feedback/nps/orders/${orderNumber}`, { token: lena });
    const anonymous = await call(portal.url, 'GET', `/api/feedback/nps/orders/${orderNumber}`);

    // Assess
    expect(foreign.json).toEqual({ orderNumber, open: false, answered: false });
    expectProblem(anonymous, 401);
  });
});
