import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, apiToken, signIn, startHarness, type Harness } from './support';

describe('Site: languages', { timeout: 90_000 }, () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  }, 180_000);
  afterAll(() => harness?.close());

  it('should send / to the browser language when nothing is remembered', async () => {
    const page = await (await harness.context({ locale: 'de-DE' })).newPage();
    await page.goto('/');
    await page.waitForURL('**/de/');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.locator('h1').textContent()).toBe('Wie können wir Ihnen heute helfen?');
  });

  it('should fall back to English for an unsupported browser language', async () => {
    const page = await (await harness.context({ locale: 'fr-FR' })).newPage();
    await page.goto('/');
    await page.waitForURL('**/en/');
  });

  it('should switch language on the same page, keep the query and remember the choice', async () => {
    const page = await (await harness.context()).newPage();
    await page.goto('/en/track/?from=test');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Tiếng Việt' }).click();
    await page.waitForURL('**/vi/track/?from=test');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.locator('h1').textContent()).toBe('Tra cứu đơn hàng');
    expect(await page.locator('#track-submit').textContent()).toBe('Tìm đơn hàng');

    await page.goto('/');
    await page.waitForURL('**/vi/');
  });

  it('should give every locale its own html lang and translated navigation', async () => {
    const page = await (await harness.context()).newPage();
    const expected = {
      en: ['en', 'Track an order'],
      de: ['de', 'Bestellung verfolgen'],
      vi: ['vi', 'Tra cứu đơn hàng'],
      zh: ['zh-Hant', '查詢訂單'],
    };
    for (const [locale, [lang, track]] of Object.entries(expected)) {
      await page.goto(`/${locale}/`);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(
        await page.getByRole('navigation', { name: /./ }).locator(`a[href="/${locale}/track/"]`).first().textContent(),
      ).toContain(track);
    }
  });

  it('should save the chosen language on the profile when signed in', async () => {
    const page = await (await harness.context()).newPage();
    await signIn(page, 'ben@example.com');
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForURL('**/de/profile/');
    await page.locator('#profile-content').waitFor();
    expect(await page.locator('#account-title').textContent()).toBe('Konto');
    expect(await page.locator('#stage-badge').textContent()).not.toMatch(/customer/i);

    const me = await apiGet<{ locale: string }>(harness.url, '/me', await apiToken(harness.url, 'ben@example.com'));
    expect(me.locale).toBe('de');
  });
});
