import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRebuildReport, rebuildRelationship } from '../../../functions/insights/rebuild-service';
import { rebuildStore } from '../../../functions/insights/rebuild-store';
import { call, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const basic = `Basic ${Buffer.from('demo-integration:demo-integration-secret').toString('base64')}`;
const DAY = 86_400_000;

describe('Service: rebuildRelationship (npm run insights:rebuild)', () => {
  let portal: TestPortal;
  let machine: string;
  let admin: string;
  const stamp = Date.now().toString(36).toUpperCase();
  const who = (k: string) => `rebuild-${stamp.toLowerCase()}-${k}@example.org`;
  const feed = (n: string, email: string, totalCents: number, daysAgo = 0) =>
    call(portal.url, 'PUT', `/api/integrations/orders/${n}`, {
      token: machine,
      body: {
        customer: { email, name: 'Rebuild Test' },
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
  const figures = async () =>
    (await call(portal.url, 'GET', '/api/admin/insights/relationship', { token: admin })).json;
  const rebuild = (write = false) => rebuildRelationship({ stores: portal.deps.stores }, { write });

  beforeAll(async () => {
    portal = await startPortal({ site: false, env: { SEED_HISTORY_CUSTOMERS: '20' } });
    const res = await fetch(`${portal.url}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic },
      body: 'grant_type=client_credentials&scope=orders%2Fwrite',
    });
    machine = ((await res.json()) as { access_token: string }).access_token;
    admin = await login(portal.url, 'admin@example.com');
    // Orders fed twice, a second older order, events out of order and repeated (the last cancels
    // one customer's only order), an order moved to another email, and an NPS answer.
    for (let pass = 0; pass < 2; pass++) {
      await feed(`RB${stamp}1`, who('a'), 120_000, 3);
      await feed(`RB${stamp}2`, who('a'), 40_000, 420);
      await feed(`RB${stamp}3`, who('b'), 75_000, 40);
      await feed(`RB${stamp}4`, who('c'), 9_900, 1);
    }
    for (const [n, id, type, hoursAgo] of [
      [`RB${stamp}4`, 'e2', 'cancelled', 1],
      [`RB${stamp}4`, 'e1', 'paid', 5],
      [`RB${stamp}1`, 'e4', 'delivered', 2],
      [`RB${stamp}1`, 'e3', 'shipped', 30],
      [`RB${stamp}4`, 'e2', 'cancelled', 1],
      [`RB${stamp}1`, 'e4', 'delivered', 2],
    ] as const)
      expect((await event(n, id, type, hoursAgo)).status).toBeLessThan(300);
    await feed(`RB${stamp}3`, who('d'), 75_000, 40);
    await call(portal.url, 'POST', '/api/feedback/nps', {
      token: await login(portal.url, 'ana@example.com'),
      body: { score: 4 },
    });
  });

  afterAll(async () => {
    await portal?.stop();
  });

  it('should find the kept aggregates equal to what the items give', async () => {
    // Act
    const report = await rebuild();

    // Assess
    expect(formatRebuildReport(report).join('\n')).toMatch(/no difference/);
    expect(report.parts).toEqual([]);
    expect(report.summaries).toEqual([]);
    expect(report.customers).toBeGreaterThanOrEqual(24);
    expect(report.surveyDays).toBeGreaterThanOrEqual(1);
    expect(report.notRebuilt).not.toContain('TOTALS');
  });

  it('should name a corrupted figure and a corrupted customer summary, and repair both with write', async () => {
    // Prepare: two customers too many in the totals, an NPS answer that never happened, and
    // customer a's summary claiming a third order (as a lost race or a bug would leave them)
    const before = await figures();
    const month = new Date().toISOString().slice(0, 7);
    await portal.deps.stores.relationship.add({ TOTALS: { customers: 2 }, [`NPS#${month}`]: { '10': 1 } });
    const state = await portal.deps.stores.relationship.customerState(who('a'));
    const wrong = { ...(state.summary as NonNullable<typeof state.summary>), orders: 3 };
    expect(await portal.deps.stores.relationship.swapSummary(who('a'), state.version, wrong)).toBe(true);
    expect((await figures()).customers).toBe(before.customers + 2);

    // Act
    const found = await rebuild();
    const lines = formatRebuildReport(found);
    const written = await rebuild(true);
    const again = await rebuild();

    // Assess
    expect(found.parts).toEqual([
      { part: `NPS#${month}`, attr: '10', stored: expect.any(Number), rebuilt: expect.any(Number) },
      { part: 'TOTALS', attr: 'customers', stored: before.customers + 2, rebuilt: before.customers },
    ]);
    const nps = found.parts[0] as { stored: number; rebuilt: number };
    expect(nps.stored - nps.rebuilt).toBe(1);
    expect(found.summaries.map((m) => m.email)).toEqual([who('a')]);
    expect(found.summaries[0]?.rebuilt?.orders).toBe(2);
    expect(lines).toContain(`  TOTALS customers: stored ${before.customers + 2}, rebuilt ${before.customers} (-2)`);
    expect(written.written).toEqual({ parts: 2, summaries: 1, summariesChanged: [] });
    expect(again.parts).toEqual([]);
    expect(again.summaries).toEqual([]);
    expect(await figures()).toEqual(before);
  });

  it('should move the old layout (one first-order and one last-order item, an entry per day) to the monthly items with write', async () => {
    // Prepare: turn the kept aggregates back into the layout before the split
    const before = await figures();
    const store = rebuildStore(portal.deps.stores.db);
    const stored = await store.storedParts();
    const merged = (prefix: string) =>
      Object.assign({}, ...Object.entries(stored).flatMap(([p, attrs]) => (p.startsWith(prefix) ? [attrs] : [])));
    const oldFirst = merged('FIRST#');
    const oldLast = merged('LAST#');
    const { firstDays: _sum, ...oldTotals } = stored.TOTALS ?? {};
    const split = Object.keys(stored).filter((p) => /^(FIRST#|LAST#|FIRSTM$|LASTM$)/.test(p));
    expect(split.length).toBeGreaterThanOrEqual(4);
    for (const part of split) await store.replacePart(part, {});
    await store.replacePart('FIRST', oldFirst);
    await store.replacePart('LAST', oldLast);
    await store.replacePart('TOTALS', oldTotals);

    // Act
    const found = await rebuild();
    const written = await rebuild(true);
    const again = await rebuild();
    const after = await store.storedParts();

    // Assess: every old entry and every monthly figure named; after writing, only the new layout
    const named = new Set(found.parts.map((m) => m.part));
    const nonZero = (attrs: Record<string, number> = {}) => Object.values(attrs).filter((n) => n !== 0).length;
    for (const part of [...split.filter((p) => nonZero(stored[p])), 'FIRST', 'LAST', 'TOTALS'])
      expect(named).toContain(part);
    expect(found.parts.filter((m) => m.part === 'FIRST').length).toBe(nonZero(oldFirst));
    expect(written.written?.parts).toBe(named.size);
    expect(again.parts).toEqual([]);
    expect(after.FIRST).toBeUndefined();
    expect(after.LAST).toBeUndefined();
    expect(after.TOTALS?.firstDays).toBe(stored.TOTALS?.firstDays);
    expect(await figures()).toEqual(before);
  });
});
