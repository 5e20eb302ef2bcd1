import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, signIn, startHarness, type Harness } from '../support';

const DAY = 86_400_000;
const basic = `Basic ${Buffer.from('demo-integration:demo-integration-secret').toString('base64')}`;

describe('Admin: customers to act on, on the relationship page', { timeout: 120_000 }, () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  }, 180_000);
  afterAll(() => harness?.close());

  it('should list an at-risk customer with their spend, and open their page from the list', async () => {
    // Prepare: a customer whose only order was 200 days ago
    const res = await fetch(`${harness.url}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic },
      body: 'grant_type=client_credentials&scope=orders%2Fwrite',
    });
    const machine = ((await res.json()) as { access_token: string }).access_token;
    const n = `K${Date.now().toString(36).toUpperCase()}`;
    const email = `risk-${n.toLowerCase()}@example.org`;
    const put = await fetch(`${harness.url}/api/integrations/orders/${n}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${machine}` },
      body: JSON.stringify({
        customer: { email, name: 'Riko Risk', locale: 'en' },
        placedAt: new Date(Date.now() - 200 * DAY).toISOString(),
        currency: 'EUR',
        items: [{ name: 'Armchair', quantity: 1, unitPriceCents: 123_400 }],
        totalCents: 123_400,
      }),
    });
    expect(put.ok).toBe(true);
    const page = await (await harness.context()).newPage();
    await signIn(page, 'admin@example.com');

    // Act
    await page.goto('/en/admin/relationship/');
    const section = page.getByRole('region', { name: 'Customers at risk' });
    await section.getByRole('link', { name: 'Riko Risk' }).waitFor();
    const row = (await section.getByRole('row', { name: /Riko Risk/ }).textContent()) ?? '';
    const violations = await axeViolations(page);
    await section.getByRole('link', { name: 'Riko Risk' }).click();
    await page.waitForURL(`**/en/admin/customers/view/?id=${encodeURIComponent(email)}`);

    // Assess
    expect(row).toContain(email);
    expect(row).toContain('1,234');
    expect(violations).toEqual([]);
    expect(await page.getByRole('region', { name: 'Lapsed customers not contacted in 3 months' }).count()).toBe(0);
  });
});
