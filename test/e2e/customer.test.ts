import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, apiToken, ordersOf, signIn, startHarness, type Harness } from './support';

describe('Site: signed-in customer', { timeout: 90_000 }, () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = await (await harness.context()).newPage();
    await signIn(page);
  }, 180_000);
  afterAll(() => harness?.close());

  it('should show the profile with greeting, badges, open orders and preferences', async () => {
    await page.goto('/en/profile/');
    await page.locator('#profile-content').waitFor();

    expect(await page.locator('#greeting').textContent()).toMatch(/Ana/);
    expect(await page.locator('#tier-badge').textContent()).toMatch(/Bronze|Silver|Gold|Platinum/);
    expect((await page.locator('#stage-badge').textContent())?.trim()).not.toBe('');
    const orders = await ordersOf(harness.url, await apiToken(harness.url));
    const open = orders.filter((o) => !['delivered', 'cancelled', 'returned'].includes(o.status));
    expect(open.length, 'seed gives Ana open orders').toBeGreaterThan(0);
    await expect.poll(() => page.locator('#open-orders li').count()).toBe(open.length);
    for (const o of open) expect(await page.locator('#open-orders').textContent()).toContain(o.orderNumber);
    expect(await page.locator('#pref-channel').inputValue()).toMatch(/email|sms|none/);
    expect(await page.locator('#signed-in-as').textContent()).toContain('ana@example.com');
  });

  it('should save preferences and keep them after a reload', async () => {
    await page.goto('/en/profile/');
    await page.locator('#profile-content').waitFor();
    await page.locator('#pref-channel').selectOption('sms');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await page.locator('#prefs-status[data-tone="success"]').waitFor();

    await page.reload();
    await page.locator('#profile-content').waitFor();
    expect(await page.locator('#pref-channel').inputValue()).toBe('sms');
  });

  it('should show the API field error next to a bad special date', async () => {
    await page.goto('/en/profile/');
    await page.locator('#profile-content').waitFor();
    await page.getByRole('button', { name: 'Add a date' }).click();
    const rows = await page.locator('[data-row]').count();
    const date = page.locator(`#date-${rows - 1}-date`);
    await date.fill('next tuesday');
    await page.getByRole('button', { name: 'Save special dates' }).click();

    await page.locator('#dates-status[data-tone="error"]').waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await date.getAttribute('aria-describedby'))?.split(' ').find((id) => id.endsWith('-error'));
    expect(await page.locator(`#${errorId}`).textContent()).toMatch(/YYYY-MM-DD/);
  });

  it('should save a special date and highlight it when it is today', async () => {
    // The API judges "today" in the customer's zone (Europe/London for an English profile).
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/London',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(new Date());
    const today = `${parts.find((p) => p.type === 'month')?.value}-${parts.find((p) => p.type === 'day')?.value}`;
    await page.goto('/en/profile/');
    await page.locator('#profile-content').waitFor();
    await page.getByRole('button', { name: 'Add a date' }).click();
    const row = (await page.locator('[data-row]').count()) - 1;
    await page.locator(`#date-${row}-kind`).selectOption('other');
    await page.locator(`#date-${row}-date`).fill(today);
    await page.locator(`#date-${row}-label`).fill('Test day');
    await page.getByRole('button', { name: 'Save special dates' }).click();

    await page.locator('#dates-status[data-tone="success"]').waitFor();
    expect(await page.locator('#occasion-today').textContent()).toContain('Test day');
    expect(await page.locator('#occasion-today').isVisible()).toBe(true);
    expect(await page.locator(`[data-row="${row}"]`).getAttribute('class')).toContain('today');
  });

  it('should list orders newest first and load more on request', async () => {
    await page.goto('/en/orders/');
    await page.locator('#order-list li').first().waitFor();
    const first = await page.locator('#order-list li').count();
    expect(await page.locator('#orders-status').textContent()).toMatch(/Showing \d+ orders/);
    if (await page.locator('#load-more').isVisible()) {
      await page.locator('#load-more').click();
      await expect.poll(() => page.locator('#order-list li').count()).toBeGreaterThan(first);
    }
  });

  it('should open an order and show its timeline, items and tracking', async () => {
    const token = await apiToken(harness.url);
    const shipped = (await ordersOf(harness.url, token)).find((o) => o.status === 'shipped');
    expect(shipped, 'seed gives Ana a shipped order').toBeDefined();
    await page.goto('/en/orders/');
    await page.getByRole('link', { name: `Order ${shipped!.orderNumber}` }).click();
    await page.locator('.timeline li').first().waitFor();

    expect(await page.locator('h1').textContent()).toBe(`Order ${shipped!.orderNumber}`);
    expect(await page.locator('.timeline li:not(.upcoming)').count()).toBe(shipped!.timeline!.length);
    expect(await page.locator('.timeline li[aria-current="step"] h3').textContent()).toBe(shipped!.statusText);
    expect(await page.locator('#items-title').isVisible()).toBe(true);
    expect(await page.locator('#tracking-title').isVisible()).toBe(true);
    expect(await page.locator('main').textContent()).toContain(shipped!.tracking!.trackingNumber);
  });

  it('should cancel a cancellable order after the confirm dialog, with the reason chosen there', async () => {
    const token = await apiToken(harness.url);
    const order = (await ordersOf(harness.url, token)).find((o) => o.actions?.canCancel);
    expect(order, 'seed has a cancellable order').toBeDefined();
    await page.goto(`/en/orders/view/?n=${order!.orderNumber}`);
    await page.getByRole('button', { name: 'Cancel order' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByLabel('Why are you cancelling? (optional)').selectOption('too_slow');
    await dialog.getByRole('button', { name: 'Yes, cancel the order' }).click();

    await page.locator('#order-status[data-tone="success"]').waitFor();
    expect(await page.locator('#order-status').textContent()).toBe('Your order is cancelled.');
    expect(await page.locator('.facts .badge').first().textContent()).toMatch(/cancel/i);
    expect(await page.locator('#cancel-area').isHidden()).toBe(true);
    const insights = await apiGet<{ exitReasons: { reason: string; source: string; count: number }[] }>(
      harness.url,
      '/admin/insights/relationship',
      await apiToken(harness.url, 'admin@example.com'),
    );
    expect(insights.exitReasons).toContainEqual({ reason: 'too_slow', source: 'cancel', count: 1 });
  });

  it('should keep the order when the dialog is dismissed', async () => {
    const token = await apiToken(harness.url);
    const order = (await ordersOf(harness.url, token)).find((o) => o.actions?.canCancel);
    if (!order) return; // the seed's only cancellable order was cancelled above
    await page.goto(`/en/orders/view/?n=${order.orderNumber}`);
    await page.getByRole('button', { name: 'Cancel order' }).click();
    await page.getByRole('button', { name: 'No, keep the order' }).click();
    expect(await page.getByRole('dialog').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cancel-button');
  });

  it('should show the reason from a 409 problem when the order can no longer be cancelled', async () => {
    const token = await apiToken(harness.url);
    const order =
      (await ordersOf(harness.url, token)).find((o) => o.actions?.canCancel) ??
      (await ordersOf(harness.url, token))[0]!;
    // The race (order shipped between page load and click) is simulated at the network edge.
    await page.route('**/cancel?*', (route) =>
      route.fulfill({
        status: 409,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'not-allowed',
          title: 'Conflict',
          status: 409,
          detail: 'The order has already shipped.',
        }),
      }),
    );
    await page.route(`**/api/orders/${order.orderNumber}?*`, async (route) => {
      const res = await route.fetch();
      const body = (await res.json()) as { actions: { canCancel: boolean } };
      await route.fulfill({ response: res, json: { ...body, actions: { canCancel: true } } });
    });
    await page.goto(`/en/orders/view/?n=${order.orderNumber}`);
    await page.getByRole('button', { name: 'Cancel order' }).click();
    await page.getByRole('button', { name: 'Yes, cancel the order' }).click();

    await page.locator('#order-error[data-tone="error"]').waitFor();
    expect(await page.locator('#order-error').textContent()).toBe(
      'This order cannot be cancelled: The order has already shipped.',
    );
    await page.unrouteAll({ behavior: 'wait' });
  });

  it("should say so when the order is not the customer's", async () => {
    await page.goto('/en/orders/view/?n=ZZ-999999');
    await page.locator('#order-error[data-tone="error"]').waitFor();
    expect(await page.locator('#order-error').textContent()).toBe('We could not find that order in your account.');
  });

  it('should sign out and send protected pages back to sign-in', async () => {
    await page.goto('/en/');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/en/signin/?signedout=1');
    expect(await page.locator('#signin-status').textContent()).toBe('You have signed out.');

    await page.goto('/en/orders/');
    await page.waitForURL('**/en/signin/?next=*');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/en/orders/');
  });
});
