import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, axeViolations, ordersOf, signIn, startHarness, type Harness } from './support';

const LOCALES = ['en', 'de', 'vi', 'zh'];
const PUBLIC_PAGES = ['', 'signin/', 'track/', 'help/'];

describe('Site: accessibility (axe) on every page', { timeout: 90_000 }, () => {
  let harness: Harness;
  let page: Page;
  let orderNumber: string;
  let cancellable: string | undefined;

  beforeAll(async () => {
    harness = await startHarness();
    page = await (await harness.context()).newPage();
    const orders = await ordersOf(harness.url, await apiToken(harness.url));
    orderNumber = (orders.find((o) => o.status === 'shipped') ?? orders[0]!).orderNumber;
    cancellable = orders.find((o) => o.actions?.canCancel)?.orderNumber;
  }, 180_000);
  afterAll(() => harness?.close());

  const check = async (path: string, ready?: string) => {
    await page.goto(path);
    if (ready) await page.locator(ready).first().waitFor();
    expect(await axeViolations(page), path).toEqual([]);
  };

  it('should find no violations on the language chooser and 404 page', async () => {
    await page.goto('/');
    await page.waitForURL('**/en/');
    await check('/no-such-page/');
    await check('/auth/callback/', '#callback-retry:not([hidden])'); // no code: the failure state
  });

  it.each(LOCALES.flatMap((l) => PUBLIC_PAGES.map((p) => [`/${l}/${p}`])))(
    'should find no violations on %s signed out',
    async (path) => {
      await check(path, 'main h1');
    },
  );

  it('should find no violations on the guest result and on the sign-in errors', async () => {
    await page.goto('/en/track/');
    await page.getByLabel('Order number').fill(orderNumber);
    await page.getByLabel('Email address').fill('ana@example.com');
    await page.getByRole('button', { name: 'Find my order' }).click();
    await page.locator('#track-result .timeline li').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/en/signin/');
    await page.locator('#signin-submit').click();
    await page.locator('.field-error').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('should find no violations on the signed-in pages in every language', async () => {
    await signIn(page);
    for (const locale of LOCALES) {
      await check(`/${locale}/profile/`, '#open-orders li');
      await check(`/${locale}/orders/`, '#order-list li');
      await check(`/${locale}/orders/view/?n=${orderNumber}`, '.timeline li');
    }
  }, 120_000);

  it('should find no violations with the cancel dialog open', async () => {
    if (!cancellable) return;
    await page.goto(`/en/orders/view/?n=${cancellable}`);
    await page.getByRole('button', { name: 'Cancel order' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
