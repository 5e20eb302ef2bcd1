import { createServer } from 'node:net';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localeInfo } from '../../../locales/registry';
import type { MessageInput } from '../../../functions/outbox/service';
import { composeMessage, drain, enqueue } from '../../../functions/outbox/service';
import { smtpSender } from '../../../functions/outbox/transport';
import { call, expectProblem, login } from '../../helpers/http';
import { caughtMails, startPortal, type CaughtMail, type TestPortal } from '../../helpers/portal';

const ANA = 'ana@example.com';
const LENA = 'lena@example.de';
// Customers are keyed by their email (the shop knows an email, not the identity provider's id).
const BEN = 'ben@example.com';

/** A port nothing listens on: bound, then closed. */
const closedPort = () =>
  new Promise<number>((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

let seq = 0;
const input = (over: Partial<MessageInput> = {}): MessageInput => ({
  kind: 'shipped',
  to: 'ana@example.com',
  customerId: ANA,
  locale: 'en',
  facts: { orderNumber: `T${Date.now()}${seq++}`, name: 'Ana', carrier: 'DHL', trackingNumber: 'JD0001' },
  ...over,
});

describe('Outbox: enqueue, drain, send over SMTP to the catcher', () => {
  let portal: TestPortal;
  let webUrl: string;
  const mailsWith = async (id: string): Promise<CaughtMail[]> =>
    (await caughtMails(webUrl)).filter((m) => (m.messageId ?? m.headers['message-id'] ?? '').includes(id));

  beforeAll(async () => {
    portal = await startPortal({ site: false, outboxDrain: false });
    if (!portal.mail) throw new Error('no mail catcher');
    webUrl = portal.mail.webUrl;
  }, 60_000);
  afterAll(() => portal?.stop());

  it('should send an enqueued message once, in the customer language, with the unsubscribe headers', async () => {
    // Prepare
    const message = await enqueue(portal.deps, input({ to: 'lena@example.de', customerId: LENA, locale: 'de' }));
    if (!message) throw new Error('not enqueued');

    // Act
    const result = await drain(portal.deps);

    // Assess
    expect(result.sent).toBeGreaterThanOrEqual(1);
    const mails = await mailsWith(message.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe(`Ihre Bestellung ${message.orderNumber} ist unterwegs`);
    expect(mails[0]?.to[0]?.address).toBe('lena@example.de');
    expect(mails[0]?.text).toContain('Sendungsnummer: JD0001');
    expect(mails[0]?.html).toContain('/api/unsubscribe?token=');
    const source = await (await fetch(`${webUrl}/api/email/${mails[0]?.id}/source`)).text();
    expect(source).toMatch(/^List-Unsubscribe:\s+<http:\/\/127\.0\.0\.1:\d+\/api\/unsubscribe\?token=/m);
    expect(source).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    const stored = await portal.deps.stores.outbox.get(message.id);
    expect(stored?.status).toBe('sent');
    expect(stored?.attempts).toBe(1);
    expect(stored?.sentAt).toBeDefined();
    // A second drain finds nothing to send.
    await drain(portal.deps);
    expect(await mailsWith(message.id)).toHaveLength(1);
  });

  it('should hold a message until the change it confirms is written', async () => {
    // Prepare
    const confirm = { pk: `ORDER#T${Date.now()}`, sk: 'EVENT#e1' };
    const message = composeMessage(portal.deps, input({ confirm }));
    await portal.deps.stores.outbox.enqueue(message);

    // Act
    await drain(portal.deps);
    const before = await mailsWith(message.id);
    await portal.deps.stores.db.doc.send(new PutCommand({ TableName: portal.deps.config.TABLE_NAME, Item: confirm }));
    await drain(portal.deps);

    // Assess
    expect(before).toHaveLength(0);
    expect(await mailsWith(message.id)).toHaveLength(1);
  });

  it('should enqueue the same keyed message only once', async () => {
    // Prepare
    const key = ['order-1', `event-${Date.now()}`, 'shipped'];

    // Act
    const first = await enqueue(portal.deps, input({ key }));
    const again = await enqueue(portal.deps, input({ key }));

    // Assess
    expect(first).toBeDefined();
    expect(again).toBeUndefined();
  });

  it('should retry a failed send with backoff, then mark it failed after the last try', async () => {
    // Prepare: SMTP pointed at a closed port, three tries, 50 ms base backoff
    const deps = {
      ...portal.deps,
      mail: smtpSender(`smtp://127.0.0.1:${await closedPort()}`, 'x@portal.local'),
      config: { ...portal.deps.config, OUTBOX_MAX_ATTEMPTS: 3, OUTBOX_RETRY_BASE_MS: 50 },
    };
    await drain(portal.deps); // nothing else pending
    const { id } = composeMessage(deps, input());
    expect(await portal.deps.stores.outbox.enqueue({ ...composeMessage(deps, input()), id })).toBe(true);

    // Act
    const first = await drain(deps);
    const afterFirst = await portal.deps.stores.outbox.get(id);
    await new Promise((ok) => setTimeout(ok, 80));
    await drain(deps);
    await new Promise((ok) => setTimeout(ok, 150));
    const last = await drain(deps);

    // Assess
    expect(first.retrying).toBe(1);
    expect(afterFirst?.status).toBe('pending');
    expect(afterFirst?.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(Date.parse(afterFirst?.nextAttemptAt ?? '')).toBeGreaterThan(Date.now() - 1000);
    expect(last.failed).toBe(1);
    const stored = await portal.deps.stores.outbox.get(id);
    expect(stored?.status).toBe('failed');
    expect(stored?.attempts).toBe(3);
    expect(await mailsWith(id)).toHaveLength(0);
  });

  it('should send each message once when drains race', async () => {
    // Prepare
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const m = await enqueue(portal.deps, input({ to: 'ben@example.com', customerId: BEN }));
      if (m) ids.push(m.id);
    }

    // Act: four drains at once, each with its own claim id
    const results = await Promise.all([1, 2, 3, 4].map(() => drain(portal.deps)));

    // Assess
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(6);
    for (const id of ids) expect(await mailsWith(id), id).toHaveLength(1);
  });

  it('should hold a non-urgent message during quiet hours and send an urgent one', async () => {
    // Prepare: quiet hours around the current hour in London
    const hour = Number(
      new Intl.DateTimeFormat('en-GB', {
        hour: '2-digit',
        hourCycle: 'h23',
        timeZone: localeInfo('en').timeZone,
      }).format(new Date()),
    );
    const deps = { ...portal.deps, config: { ...portal.deps.config, QUIET_HOURS: `${hour}-${(hour + 1) % 24}` } };
    const quiet = await enqueue(deps, input({ kind: 'delivered' }));
    const urgent = await enqueue(deps, input({ kind: 'out_for_delivery' }));
    if (!quiet || !urgent) throw new Error('not enqueued');

    // Act
    await drain(deps);

    // Assess
    expect(Date.parse(quiet.nextAttemptAt)).toBeGreaterThan(Date.now());
    expect((await portal.deps.stores.outbox.get(quiet.id))?.status).toBe('pending');
    expect(await mailsWith(quiet.id)).toHaveLength(0);
    expect(await mailsWith(urgent.id)).toHaveLength(1);
  });

  it('should enqueue nothing for a customer who turned order updates off, through the unsubscribe link', async () => {
    // Prepare
    const message = await enqueue(portal.deps, input({ to: 'ben@example.com', customerId: BEN }));
    if (!message) throw new Error('not enqueued');
    const link = new URL(message.unsubscribeUrl);
    const path = `${link.pathname}${link.search}`;

    // Act
    const page = await call(portal.url, 'GET', path);
    const done = await call(portal.url, 'POST', path);
    const forged = await call(portal.url, 'POST', `${link.pathname}?token=${link.searchParams.get('token')}x`);
    const ben = await login(portal.url, 'ben@example.com');
    const me = await call(portal.url, 'GET', '/api/me', { token: ben });
    const after = await enqueue(portal.deps, input({ to: 'ben@example.com', customerId: BEN }));

    // Assess
    expect(page.status).toBe(200);
    expect(page.text).toContain('<form method="post"');
    expect(done.status).toBe(200);
    expect(forged.status).toBe(404);
    expect(me.json.preferences.orderUpdates).toBe(false);
    expect(after).toBeUndefined();
  });
});

describe('Routes: GET /api/admin/outbox', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
  }, 60_000);
  afterAll(() => portal?.stop());

  it('should drain by itself after an enqueue and list messages newest first for admins, a page at a time', async () => {
    // Prepare
    const first = await enqueue(portal.deps, input());
    const second = await enqueue(portal.deps, input({ kind: 'delivered' }));
    if (!first || !second) throw new Error('not enqueued');
    const admin = await login(portal.url, 'admin@example.com');
    let sent = false;
    for (let i = 0; i < 50 && !sent; i++) {
      sent = (await portal.deps.stores.outbox.get(first.id))?.status === 'sent';
      if (!sent) await new Promise((ok) => setTimeout(ok, 100));
    }

    // Act
    const page1 = await call(portal.url, 'GET', '/api/admin/outbox?limit=1', { token: admin });
    const page2 = await call(portal.url, 'GET', `/api/admin/outbox?limit=1&cursor=${page1.json.nextCursor}`, {
      token: admin,
    });

    // Assess
    expect(sent).toBe(true);
    expect(page1.status).toBe(200);
    expect(page1.json.messages).toHaveLength(1);
    expect(page1.json.messages[0].id).toBe(second.id);
    expect(page2.json.messages[0]).toMatchObject({
      id: first.id,
      to: 'ana@example.com',
      kind: 'shipped',
      locale: 'en',
      subject: first.subject,
      status: 'sent',
      createdAt: first.createdAt,
    });
    expect(page2.json.messages[0].sentAt).toBeDefined();
    expect(page2.json.messages[0]).not.toHaveProperty('html');
    expect(await caughtMails(portal.mail?.webUrl ?? '')).not.toHaveLength(0);
    const ui = await fetch(`${portal.mail?.webUrl}/`, { headers: { accept: 'text/html' } });
    expect(ui.status).toBe(200);
    expect(await ui.text()).toMatch(/<html/i);
  });

  it('should refuse customers (403), anonymous callers (401) and forged cursors (400)', async () => {
    // Prepare
    const ana = await login(portal.url, 'ana@example.com');
    const admin = await login(portal.url, 'admin@example.com');

    // Act / Assess
    expectProblem(await call(portal.url, 'GET', '/api/admin/outbox', { token: ana }), 403);
    expectProblem(await call(portal.url, 'GET', '/api/admin/outbox'), 401);
    expectProblem(await call(portal.url, 'GET', '/api/admin/outbox?cursor=bm9wZQ', { token: admin }), 400);
    expectProblem(await call(portal.url, 'GET', '/api/admin/outbox?limit=0', { token: admin }), 400);
  });
  it('should hold a message asked for days ahead until then, and then until the quiet hours end', () => {
    // Prepare: quiet 21-08; not before 23:00 in London (winter: UTC) on 5 December
    const deps = { ...portal.deps, config: { ...portal.deps.config, QUIET_HOURS: '21-08' } };
    const notBefore = new Date('2099-12-05T23:00:00.000Z');

    // Act
    const late = composeMessage(deps, input({ kind: 'nps_invite', notBefore }));
    const soon = composeMessage(deps, input({ kind: 'nps_invite', notBefore: new Date('2099-12-05T12:00:00.000Z') }));

    // Assess
    expect(late.nextAttemptAt).toBe('2099-12-06T08:00:00.000Z');
    expect(soon.nextAttemptAt).toBe('2099-12-05T12:00:00.000Z');
  });
});
