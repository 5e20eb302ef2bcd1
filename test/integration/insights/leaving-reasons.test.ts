import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

/** Ana's seeded orders: 10022 delivered two weeks ago, 10025 placed, 10026 paid. */
describe('Reasons for leaving: cancels and returns feed the exit reasons', () => {
  let portal: TestPortal;
  let admin: string;
  let ana: string;
  const exits = async () =>
    (await call(portal.url, 'GET', '/api/admin/insights/relationship', { token: admin })).json.exitReasons as {
      reason: string;
      source: string;
      count: number;
    }[];
  const countOf = async (source: string, reason: string) =>
    (await exits()).find((e) => e.source === source && e.reason === reason)?.count ?? 0;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    admin = await login(portal.url, 'admin@example.com');
    ana = await login(portal.url, 'ana@example.com');
  });
  afterAll(() => portal?.stop());

  it('should count the reason of a cancel that took effect once, however often it is asked again', async () => {
    // Act
    const first = await call(portal.url, 'POST', '/api/orders/10025/cancel', {
      token: ana,
      body: { reason: 'found_cheaper', comment: 'Same lamp for less elsewhere' },
    });
    const again = await call(portal.url, 'POST', '/api/orders/10025/cancel', {
      token: ana,
      body: { reason: 'found_cheaper' },
    });

    // Assess
    expect(first.status).toBe(200);
    expect(first.json.changed).toBe(true);
    expect(again.json.changed).toBe(false);
    expect(await countOf('cancel', 'found_cheaper')).toBe(1);
    const notes = await portal.deps.stores.stats.notes('EXIT', [new Date().toISOString().slice(0, 10)]);
    expect(notes).toContainEqual(
      expect.objectContaining({ source: 'cancel', reason: 'found_cheaper', comment: 'Same lamp for less elsewhere' }),
    );
    expect(JSON.stringify(notes)).not.toContain('ana@');
  });

  it('should cancel without a reason (no body) and count nothing, and refuse an unknown reason with 400', async () => {
    // Prepare
    const before = await exits();

    // Act
    const bad = await call(portal.url, 'POST', '/api/orders/10026/cancel', { token: ana, body: { reason: 'bored' } });
    const plain = await call(portal.url, 'POST', '/api/orders/10026/cancel', { token: ana });

    // Assess
    expectProblem(bad, 400);
    expect(plain.status).toBe(200);
    expect(plain.json.changed).toBe(true);
    expect(await exits()).toEqual(before);
  });

  it("should count a new return's reason once; the same return asked again counts nothing", async () => {
    // Prepare
    const order = (await call(portal.url, 'GET', '/api/orders/10022', { token: ana })).json;
    const line = order.items.find((l: { returnableQuantity: number }) => l.returnableQuantity > 0);
    const body = { items: [{ lineId: line.lineId, quantity: 1 }], reason: 'does_not_fit', resolution: 'refund' };

    // Act
    const first = await call(portal.url, 'POST', '/api/orders/10022/returns', { token: ana, body });
    const again = await call(portal.url, 'POST', '/api/orders/10022/returns', { token: ana, body });

    // Assess
    expect(first.status).toBe(201);
    expect(again.json.changed).toBe(false);
    expect(await countOf('return', 'does_not_fit')).toBe(1);
  });
});
