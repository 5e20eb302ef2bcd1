import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

/**
 * Reliability: many writers at once on one item. Conditional writes must let exactly one of them
 * win and leave the item in that winner's state; the others get a clean 412 or 409.
 */
describe('Reliability: concurrent writers', () => {
  let portal: TestPortal;
  let admin: string;
  let ana: string;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    [admin, ana] = await Promise.all([login(portal.url, 'admin@example.com'), login(portal.url, 'ana@example.com')]);
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('should let exactly one of 50 simultaneous edits with the same If-Match win', async () => {
    // Prepare
    const slug = `race-${Date.now().toString(36)}`;
    const created = await call(portal.url, 'POST', '/api/admin/faq', {
      token: admin,
      body: {
        slug,
        locale: 'en',
        question: 'Who wins the race?',
        answer: 'Nobody yet.',
        category: 'account',
        tags: [],
      },
    });
    expect(created.status).toBe(201);
    const etag = created.headers.get('etag')!;

    // Act
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(portal.url, 'PUT', `/api/admin/faq/${slug}/en`, {
          token: admin,
          headers: { 'if-match': etag },
          body: {
            question: `Who wins the race? Writer ${i}`,
            answer: `Writer ${i} won.`,
            category: 'account',
            tags: [],
          },
        }),
      ),
    );
    const stored = await call(portal.url, 'GET', `/api/admin/faq/${slug}/en`, { token: admin });

    // Assess
    const won = replies.map((r, i) => [r.status, i] as const).filter(([status]) => status === 200);
    expect(won).toHaveLength(1);
    expect(replies.filter((r) => r.status === 412)).toHaveLength(49);
    for (const r of replies.filter((x) => x.status === 412))
      expect(r.headers.get('content-type')).toMatch(/problem\+json/);
    expect(stored.json.answer).toBe(`Writer ${won[0]![1]} won.`);
    expect(stored.json.version).toBe(created.json.version + 1);
  });

  it('should record exactly one cancel event when 50 cancels of one order race', async () => {
    // Prepare
    const { json } = await call(portal.url, 'GET', '/api/orders?limit=50', { token: ana });
    const details = await Promise.all(
      (json.orders as { orderNumber: string }[]).map(
        async (o) => (await call(portal.url, 'GET', `/api/orders/${o.orderNumber}`, { token: ana })).json,
      ),
    );
    const order = (details as { orderNumber: string; actions?: { canCancel: boolean } }[]).find(
      (o) => o.actions?.canCancel,
    );
    expect(order, 'seed gives Ana a cancellable order').toBeDefined();

    // Act
    const replies = await Promise.all(
      Array.from({ length: 50 }, () =>
        call(portal.url, 'POST', `/api/orders/${order!.orderNumber}/cancel`, { token: ana }),
      ),
    );
    const after = await call(portal.url, 'GET', `/api/orders/${order!.orderNumber}`, { token: ana });

    // Assess
    expect(replies.every((r) => r.status < 500)).toBe(true);
    expect(after.json.status).toBe('cancelled');
    const cancels = (after.json.timeline as { status: string }[]).filter((s) => s.status === 'cancelled');
    expect(cancels).toHaveLength(1);
  });
});
