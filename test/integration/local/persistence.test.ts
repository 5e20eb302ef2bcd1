import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPortal } from '../../../functions/local/portal';
import { call, login } from '../../helpers/http';

type Portal = Awaited<ReturnType<typeof startLocalPortal>>;
const start = (dataDir: string) =>
  startLocalPortal({
    port: 0,
    dataDir,
    siteDir: false,
    mailCatcher: { smtpPort: 0, webPort: 0 },
    env: { DYNAMODB_ENDPOINT: undefined },
  });

/** What a customer can see of their account: profile facts and every order with its timeline. */
async function snapshot(portal: Portal, email: string) {
  const token = await login(portal.url, email);
  const me = (await call(portal.url, 'GET', '/api/me', { token })).json;
  const list = (await call(portal.url, 'GET', '/api/orders?limit=50', { token })).json.orders as {
    orderNumber: string;
  }[];
  const details = await Promise.all(
    list.map(async (o) => (await call(portal.url, 'GET', `/api/orders/${o.orderNumber}`, { token })).json),
  );
  return {
    name: me.name,
    locale: me.locale,
    preferences: me.preferences,
    customerSince: me.customerSince,
    orders: details,
  };
}

describe('Local portal: restart on the same DATA_DIR', () => {
  let dataDir: string;
  let first: Awaited<ReturnType<typeof snapshot>>;
  let second: Awaited<ReturnType<typeof snapshot>>;
  let seededOnRestart: number | undefined;
  let faqBefore: number;
  let faqAfter: number;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'portal-restart-'));

    const before = await start(dataDir);
    try {
      const ana = await login(before.url, 'ana@example.com');
      const cancelled = await call(before.url, 'POST', '/api/orders/10025/cancel', { token: ana });
      if (cancelled.json?.changed !== true) throw new Error(`cancel failed: ${cancelled.text}`);
      const patched = await call(before.url, 'PATCH', '/api/me', {
        token: ana,
        body: { name: 'Ana Restart', preferences: { newsletter: false } },
      });
      if (patched.status !== 200) throw new Error(`patch failed: ${patched.text}`);
      first = await snapshot(before, 'ana@example.com');
      faqBefore = (await before.deps.stores.faq.listHeads()).length;
    } finally {
      await before.stop();
    }

    const after = await start(dataDir);
    try {
      seededOnRestart = after.seeded?.created;
      second = await snapshot(after, 'ana@example.com');
      faqAfter = (await after.deps.stores.faq.listHeads()).length;
    } finally {
      await after.stop();
    }
  });

  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('should keep the cancelled order cancelled, with its one cancelled event', () => {
    // Assess
    const order = second.orders.find((o) => o.orderNumber === '10025');
    expect(order?.status).toBe('cancelled');
    expect(order?.timeline.filter((s: { status: string }) => s.status === 'cancelled')).toHaveLength(1);
  });

  it('should keep the profile change instead of re-seeding the profile', () => {
    // Assess
    expect(second.name).toBe('Ana Restart');
    expect(second.preferences.newsletter).toBe(false);
    expect(second.customerSince).toBe(first.customerSince);
  });

  it('should neither duplicate nor reset any order', () => {
    // Assess
    expect(second.orders.map((o) => o.orderNumber)).toEqual(['10025', '10026', '10023', '10024', '10022', '10021']);
    expect(second.orders).toEqual(first.orders);
  });

  it('should create nothing new when seeding again', () => {
    // Assess
    expect(seededOnRestart).toBe(0);
    expect(faqAfter).toBe(faqBefore);
    expect(faqBefore).toBeGreaterThanOrEqual(40);
  });
});
