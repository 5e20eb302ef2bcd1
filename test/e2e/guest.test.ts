import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, ordersOf, startHarness, type Harness } from './support';

describe('Site: guest order lookup', { timeout: 90_000 }, () => {
  let harness: Harness;
  let page: Page;
  let orderNumber: string;

  beforeAll(async () => {
    // Real limits, and a small failure budget so the 429 path is reachable.
    harness = await startHarness({ RATE_LIMIT_MULTIPLIER: '1', LOOKUP_FAILURES_PER_WINDOW: '3' });
    page = await (await harness.context()).newPage();
    const orders = await ordersOf(harness.url, await apiToken(harness.url));
    orderNumber = (orders.find((o) => o.status === 'shipped') ?? orders[0]!).orderNumber;
  }, 180_000);
  afterAll(() => harness?.close());

  const lookUp = async (number: string, email: string) => {
    await page.getByLabel('Order number').fill(number);
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Find my order' }).click();
  };

  it('should show the status timeline for the right number and email', async () => {
    await page.goto('/en/track/');
    await lookUp(orderNumber, 'ANA@example.com');
    await page.locator('#track-result .timeline li').first().waitFor();

    expect(await page.locator('#track-result-title').textContent()).toBe(`Order ${orderNumber}`);
    expect(await page.locator('#track-status').textContent()).toBe(`Order ${orderNumber} found.`);
    expect(await page.locator('#track-result #address-title').count()).toBe(0); // no personal data for guests
  });

  it('should ask for both fields before calling the API', async () => {
    await page.goto('/en/track/');
    await page.getByRole('button', { name: 'Find my order' }).click();
    expect(await page.locator('#order-number').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('order-number');
  });

  it('should say no order matches for a wrong email', async () => {
    await page.goto('/en/track/');
    await lookUp(orderNumber, 'someone-else@example.com');
    await page.locator('#track-error[data-tone="error"]').waitFor();
    expect(await page.locator('#track-error').textContent()).toBe(
      'No order matches that number and email. Check both and try again.',
    );
    expect(await page.locator('#track-result').isHidden()).toBe(true);
  });

  it('should show how long to wait once the lookups are rate limited', async () => {
    await page.goto('/en/track/');
    let text = '';
    for (let i = 0; i < 8 && !/wait/.test(text); i++) {
      await lookUp('ZZ-000000', 'nobody@example.com');
      await page.waitForFunction(() => (document.getElementById('track-error')?.textContent ?? '') !== '');
      text = (await page.locator('#track-error').textContent()) ?? '';
      if (!/wait/.test(text))
        await page.evaluate(() => {
          document.getElementById('track-error')!.textContent = '';
        });
    }
    expect(text).toMatch(/^Too many attempts\. Please wait \d+ (minutes?|seconds?) before trying again\.$/);
  });
});
