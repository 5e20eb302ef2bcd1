import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueue } from '../../../functions/outbox/service';
import { call, expectProblem, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const basic = `Basic ${Buffer.from('demo-integration:demo-integration-secret').toString('base64')}`;
const DAY = 86_400_000;

describe('Routes: GET /api/admin/insights/relationship', () => {
  let portal: TestPortal;
  let machine: string;
  let admin: string;
  const stamp = Date.now().toString(36).toUpperCase();
  const read = async () => {
    const r = await call(portal.url, 'GET', '/api/admin/insights/relationship', { token: admin });
    expect(r.status).toBe(200);
    return r.json;
  };
  const feed = (n: string, email: string, totalCents: number, daysAgo = 0) =>
    call(portal.url, 'PUT', `/api/integrations/orders/${n}`, {
      token: machine,
      body: {
        customer: { email, name: 'Rel Test' },
        placedAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
        currency: 'EUR',
        items: [{ name: 'Lamp', quantity: 1, unitPriceCents: totalCents }],
        totalCents,
      },
    });
  const event = (n: string, eventId: string, type: string, hoursAgo: number) =>
    call(portal.url, 'POST', `/api/integrations/orders/${n}/events`, {
      token: machine,
      body: { eventId, type, at: new Date(Date.now() - hoursAgo * 3_600_000).toISOString() },
    });

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    const res = await fetch(`${portal.url}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic },
      body: 'grant_type=client_credentials&scope=orders%2Fwrite',
    });
    machine = ((await res.json()) as { access_token: string }).access_token;
    admin = await login(portal.url, 'admin@example.com');
  });

  afterAll(async () => {
    await portal?.stop();
  });

  it('should count the seeded customers, with tenure buckets adding up to them', async () => {
    // Act
    const f = await read();

    // Assess
    expect(f.customers).toBeGreaterThan(0);
    expect(f.tenure.reduce((n: number, b: { customers: number }) => n + b.customers, 0)).toBe(f.customers);
    expect(f.top20RevenueShare).toBeGreaterThanOrEqual(0.2);
    expect(f.averageOrderValueCents).toBeGreaterThan(0);
  });

  it('should move with fed orders and not count an order fed twice', async () => {
    // Prepare
    const before = await read();

    // Act: three new customers, each order fed twice; one of them has a second, older order
    for (let pass = 0; pass < 2; pass++)
      for (let i = 0; i < 3; i++)
        expect((await feed(`R${stamp}${i}`, `rel-${stamp}-${i}@example.org`, 100_000)).status).toBeLessThan(300);
    await feed(`R${stamp}old`, `rel-${stamp}-0@example.org`, 50_000, 400);
    const after = await read();

    // Assess
    expect(after.customers).toBe(before.customers + 3);
    expect(after.counts.orders).toBe(before.counts.orders + 4);
    expect(after.counts.revenueCents).toBe(before.counts.revenueCents + 350_000);
    expect(after.averageOrderValueCents).toBeGreaterThan(before.averageOrderValueCents);
    const tenureOf = (x: typeof after, bucket: string) =>
      x.tenure.find((b: { bucket: string }) => b.bucket === bucket).customers;
    expect(tenureOf(after, '1-2y')).toBe(tenureOf(before, '1-2y') + 1);
    expect(tenureOf(after, '<1y')).toBe(tenureOf(before, '<1y') + 2);
  });

  it('should end in the same figures when events arrive repeated and out of order', async () => {
    // Prepare
    const n = `R${stamp}ev`;
    await feed(n, `rel-${stamp}-ev@example.org`, 20_000, 1);
    const withOrder = await read();

    // Act: cancelled (latest) arrives before paid (older), then both again
    for (const [id, type, hoursAgo] of [
      ['e2', 'cancelled', 1],
      ['e1', 'paid', 2],
      ['e2', 'cancelled', 1],
      ['e1', 'paid', 2],
    ] as const)
      expect((await event(n, id, type, hoursAgo)).status).toBeLessThan(300);
    const after = await read();

    // Assess: the cancelled order counts for nothing: the customer is gone from the figures
    expect(after.customers).toBe(withOrder.customers - 1);
    expect(after.counts.revenueCents).toBe(withOrder.counts.revenueCents - 20_000);
  });

  it('should count NPS answers in the current month', async () => {
    // Prepare
    const before = await read();

    // Act
    const r = await call(portal.url, 'POST', '/api/feedback/nps', {
      token: await login(portal.url, 'ben@example.com'),
      body: { score: 9 },
    });
    const after = await read();

    // Assess
    expect(r.status).toBe(202);
    expect(after.nps.promoters).toBe(before.nps.promoters + 1);
    expect(after.nps.trend.at(-1).responses).toBe(before.nps.trend.at(-1).responses + 1);
  });

  it("should count only searches a person typed, not the portal's own lookups", async () => {
    // Prepare
    const typed = `lamp ${stamp.toLowerCase()}`;
    const portalOwn = `shipping ${stamp.toLowerCase()}`;

    // Act
    await call(portal.url, 'GET', `/api/faq/search?q=${encodeURIComponent(typed)}&locale=en`);
    await call(portal.url, 'GET', `/api/faq/search?q=${encodeURIComponent(portalOwn)}&locale=en&source=portal`);
    const r = await call(portal.url, 'GET', '/api/admin/insights?days=1', { token: admin });

    // Assess
    const queries = [...r.json.searches.top, ...r.json.searches.zeroResults].map((q: { query: string }) => q.query);
    expect(queries.some((q: string) => q.includes(stamp.toLowerCase()) && q.includes('lamp'))).toBe(true);
    expect(queries.some((q: string) => q.includes('shipping') && q.includes(stamp.toLowerCase()))).toBe(false);
  });

  it('should refuse a customer', async () => {
    // Act
    const r = await call(portal.url, 'GET', '/api/admin/insights/relationship', {
      token: await login(portal.url, 'ana@example.com'),
    });

    // Assess
    expect(r.status).toBe(403);
  });
  it('should list customers at risk and lapsed ones not contacted lately, most spend first, each opening as a customer', async () => {
    // Prepare: last orders 200 and 250 days ago (at risk), 30 (active), 400 and 500 (lapsed); one
    // at-risk customer orders again today, one lapsed customer was mailed just now
    const who = (k: string) => `act-${stamp.toLowerCase()}-${k}@example.org`;
    await feed(`A${stamp}r1`, who('r1'), 300_000, 200);
    await feed(`A${stamp}r2`, who('r2'), 100_000, 250);
    await feed(`A${stamp}back`, who('back'), 900_000, 220);
    await feed(`A${stamp}back2`, who('back'), 1_000, 0);
    await feed(`A${stamp}ok`, who('ok'), 500_000, 30);
    await feed(`A${stamp}l1`, who('l1'), 80_000, 400);
    await feed(`A${stamp}l2`, who('l2'), 990_000, 500);
    const mailed = await enqueue(portal.deps, {
      kind: 'shipped',
      to: who('l2'),
      customerId: who('l2'),
      locale: 'en',
      facts: { orderNumber: `A${stamp}l2` },
    });
    for (let i = 0; i < 40 && (await portal.deps.stores.outbox.get(mailed?.id ?? ''))?.status !== 'sent'; i++)
      await new Promise((ok) => setTimeout(ok, 100));

    // Act
    const r = await call(portal.url, 'GET', '/api/admin/insights/relationship/lists', { token: admin });
    const customer = await call(portal.url, 'GET', `/api/admin/customers/${encodeURIComponent(who('r1'))}`, {
      token: admin,
    });

    // Assess
    expect(r.status).toBe(200);
    const mine = (list: { email: string }[]) => list.map((c) => c.email).filter((e) => e.startsWith('act-'));
    expect(mine(r.json.atRisk)).toEqual([who('r1'), who('r2')]);
    expect(mine(r.json.lapsed)).toEqual([who('l1')]);
    expect(r.json.atRisk.find((c: { email: string }) => c.email === who('r1'))).toMatchObject({
      name: 'Rel Test',
      spendCents: 300_000,
      orders: 1,
    });
    expect(r.json.method.atRisk).toMatch(/181-365 days/);
    expect(customer.status).toBe(200);
    expect(customer.json.customer.stage).toBe('at_risk');
    expectProblem(
      await call(portal.url, 'GET', '/api/admin/insights/relationship/lists', {
        token: await login(portal.url, 'agent@example.com'),
      }),
      403,
    );
  });
});
