import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caughtMails } from '../../helpers/portal';
import { signIn, startHarness, type Harness } from '../support';

const basic = `Basic ${Buffer.from('demo-integration:demo-integration-secret').toString('base64')}`;

describe('Shop feed: a shipment fed through the integration API reaches the order page and the mailbox', () => {
  let harness: Harness;
  let machine: string;
  const n = `S${Date.now().toString(36).toUpperCase()}`;

  beforeAll(async () => {
    harness = await startHarness({ QUIET_HOURS: 'off' });
    const res = await fetch(`${harness.url}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic },
      body: 'grant_type=client_credentials&scope=orders%2Fwrite',
    });
    machine = ((await res.json()) as { access_token: string }).access_token;
  });
  afterAll(() => harness?.close());

  const feed = async (method: string, path: string, body: unknown) => {
    const res = await fetch(`${harness.url}/api/integrations/orders/${n}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${machine}` },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  };

  it('should show the carrier and tracking number on the order page and mail the tracking link', async () => {
    // Prepare: the shop puts an order for ben, then ships it.
    const placedAt = new Date(Date.now() - 86_400_000).toISOString();
    await feed('PUT', '', {
      customer: { email: 'ben@example.com', name: 'Ben Carter', locale: 'en' },
      placedAt,
      currency: 'USD',
      items: [{ sku: 'LAMP-1', name: 'Brass lamp', quantity: 1, unitPriceCents: 8900 }],
      totalCents: 8900,
    });
    await feed('POST', '/events', {
      eventId: `${n}-ship`,
      type: 'shipped',
      at: new Date().toISOString(),
      carrier: 'UPS',
      trackingNumber: `1Z${n}`,
      trackingUrl: `https://www.ups.com/track?tracknum=1Z${n}`,
    });

    // Act: ben opens the order in the browser; the catcher is read over its REST API.
    const page = await (await harness.context()).newPage();
    await signIn(page, 'ben@example.com');
    await page.goto(`/en/orders/view/?n=${n}`);
    await page.locator('#timeline-title').waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    let mail: Awaited<ReturnType<typeof caughtMails>>[number] | undefined;
    for (let i = 0; i < 40 && !mail; i++) {
      mail = (await caughtMails(harness.mail?.webUrl ?? '')).find((m) => m.subject.includes(n));
      if (!mail) await new Promise((ok) => setTimeout(ok, 250));
    }

    // Assess
    expect(text).toContain('UPS');
    expect(text).toContain(`1Z${n}`);
    expect(text).toContain('Brass lamp');
    expect(mail?.to.map((t) => t.address)).toEqual(['ben@example.com']);
    expect(mail?.text).toContain(`https://www.ups.com/track?tracknum=1Z${n}`);
    expect(mail?.html).toContain('/api/unsubscribe?token=');
  });
});
