import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, apiToken, axeViolations, signIn, startHarness, type Harness } from '../support';

/** Ana's seeded orders: 10022 delivered two weeks ago, 10023 shipped, 10025 placed, 10026 paid. */
describe('Site: self-service on the order page', { timeout: 120_000 }, () => {
  let harness: Harness;
  let desktop: Page;
  let phone: Page;

  beforeAll(async () => {
    harness = await startHarness();
    desktop = await (await harness.context({ acceptDownloads: true })).newPage();
    phone = await (await harness.context({ viewport: { width: 390, height: 844 }, isMobile: true })).newPage();
    await Promise.all([signIn(desktop), signIn(phone)]);
  }, 180_000);
  afterAll(() => harness?.close());

  const openOrder = async (page: Page, n: string) => {
    await page.goto(`/en/orders/view/?n=${n}`);
    await page.locator('#order-actions .order-actions').waitFor();
  };

  it('should take a return from the order page to a printable label with a QR code', async () => {
    await openOrder(desktop, '10022');
    expect(await axeViolations(desktop)).toEqual([]);
    await desktop.getByText('Return items', { exact: true }).click();
    expect(await desktop.locator('[data-form="return"]').textContent()).toMatch(/Returns are accepted until/);
    await desktop.getByLabel(/Brass desk lamp/).fill('1');
    await desktop.getByLabel('Reason').selectOption('damaged');
    await desktop.getByRole('button', { name: 'Get a return label' }).click();

    await desktop.waitForURL('**/en/orders/return/?n=10022&rma=RMA-10022-1');
    await desktop.locator('#label-body .qr svg').waitFor();
    expect(await desktop.locator('#label-title').textContent()).toBe('Return label RMA-10022-1');
    expect(await desktop.locator('#label-body').textContent()).toContain('1 × Brass desk lamp');
    expect(await desktop.getByRole('img', { name: 'QR code of return RMA-10022-1' }).count()).toBe(1);
    expect(await axeViolations(desktop)).toEqual([]);

    await openOrder(desktop, '10022');
    expect(await desktop.locator('.timeline li[data-status="return_label_issued"]').count()).toBe(1);
    expect(await desktop.locator('.timeline li.upcoming').allTextContents()).toEqual([
      expect.stringContaining('Return received'),
      expect.stringContaining('Refund issued'),
    ]);
  });

  it('should download the invoice as a PDF', async () => {
    await openOrder(desktop, '10022');
    await desktop.getByText('Download invoice', { exact: true }).first().click();
    const [download] = await Promise.all([
      desktop.waitForEvent('download'),
      desktop.locator('button[data-action="invoice"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('INV-10022.pdf');
    const pdf = await readFile((await download.path()) ?? '');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('(Invoice INV-10022)');
  });

  it('should say why an action is not possible instead of hiding it', async () => {
    await openOrder(desktop, '10023');
    const text = await desktop.locator('#order-actions').textContent();
    expect(text).toMatch(/already shipped, so it can no longer be cancelled/);
    expect(text).toMatch(/not been delivered yet/);
    expect(text).toMatch(/delivery address can no longer change/);
    expect(await desktop.getByRole('button', { name: 'Talk to a person' }).count()).toBeGreaterThan(0);
    expect(await desktop.locator('.timeline li.upcoming').count()).toBe(2);
  });

  it('should report a problem and give the request number', async () => {
    await openOrder(desktop, '10025');
    await desktop.getByText('Report a problem', { exact: true }).click();
    await desktop.getByLabel('What is wrong?').selectOption('missing_parts');
    await desktop.getByLabel('Tell us what happened').fill('The cushion cover came without its zip.');
    await desktop.getByRole('button', { name: 'Send report' }).click();
    await desktop.locator('#order-status[data-tone="success"]').waitFor();
    expect(await desktop.locator('#order-status').textContent()).toMatch(/We opened request T-[0-9A-F]{10}/);
  });

  it('should send a problem report with a photo on a 390 px phone, and show the photo to agents on the ticket', async () => {
    // A real (tiny) PNG: 1x1 pixel.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
      'base64',
    );
    await openOrder(phone, '10025');
    await phone.getByText('Report a problem', { exact: true }).click();
    await phone.getByLabel('What is wrong?').selectOption('damaged');
    await phone.getByLabel('Tell us what happened').fill('The vase arrived in pieces, see the photo.');
    await phone.getByLabel('Photos (optional)').setInputFiles({ name: 'vase.png', mimeType: 'image/png', buffer: png });
    expect(await axeViolations(phone)).toEqual([]);
    await phone.getByRole('button', { name: 'Send report' }).click();
    await phone.locator('#order-status[data-tone="success"]').waitFor();
    const ticketId = /T-[0-9A-F]{10}/.exec((await phone.locator('#order-status').textContent()) ?? '')?.[0];
    expect(ticketId).toBeDefined();

    const agent = await (await harness.context()).newPage();
    await signIn(agent, 'agent@example.com');
    await agent.goto(`/en/admin/tickets/view/?id=${ticketId}`);
    const photo = agent.locator('#photo-list img').first();
    await photo.waitFor();
    expect(await photo.getAttribute('alt')).toBe('Photo 1 sent with the report on order 10025');
    await agent.waitForFunction(
      () => (document.querySelector('#photo-list img') as HTMLImageElement)?.naturalWidth === 1,
    );
    expect(await axeViolations(agent)).toEqual([]);
    const token = await apiToken(harness.url, 'agent@example.com');
    const { photos } = await apiGet<{ photos: unknown[] }>(harness.url, `/admin/tickets/${ticketId}/photos`, token);
    expect(photos).toHaveLength(1);
  });

  it('should change the delivery address on a 390 px phone, with nothing wider than the screen', async () => {
    await openOrder(phone, '10026');
    await phone.getByText('Change delivery address', { exact: true }).click();
    expect(await axeViolations(phone)).toEqual([]);
    await phone.getByLabel('Street and number').fill('2 New Street');
    await phone.getByRole('button', { name: 'Save address' }).click();
    await phone.locator('#order-status[data-tone="success"]').waitFor();
    expect(await phone.locator('#order-body address').textContent()).toContain('2 New Street');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
