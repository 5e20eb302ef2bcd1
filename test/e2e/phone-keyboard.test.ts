import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, signIn, startHarness, type Harness } from './support';

describe('Site: phone viewport and keyboard use', { timeout: 90_000 }, () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  }, 180_000);
  afterAll(() => harness?.close());

  it('should fit a 360 px phone screen without sideways scrolling', async () => {
    const page = await (
      await harness.context({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })
    ).newPage();
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const path of ['/en/', '/vi/track/', '/de/signin/']) {
      await page.goto(path);
      expect(await overflow(), path).toBeLessThanOrEqual(0);
    }
    await signIn(page, 'lena@example.de', 'de');
    for (const path of ['/de/profile/', '/de/orders/']) {
      await page.goto(path);
      await page.locator('.order-list li').first().waitFor();
      expect(await overflow(), path).toBeLessThanOrEqual(0);
    }
    await page.locator('.order-list a').first().click();
    await page.locator('.timeline li').first().waitFor();
    expect(await overflow(), 'order detail').toBeLessThanOrEqual(0);
    // The main navigation stays reachable and tappable.
    const box = await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Profil' })
      .boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
  });

  it('should sign in with the keyboard alone, starting from the skip link', async () => {
    const page = await (await harness.context()).newPage();
    await page.goto('/en/signin/');

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    expect(await page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().top >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'email'; i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
    // The focused field shows a visible focus indicator.
    expect(await page.locator('#email').evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

    await page.keyboard.type('ana@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/en/profile/');
    await page.locator('#profile-content').waitFor();
    expect(await page.locator('#greeting').textContent()).toMatch(/Ana/);
  });

  it('should put focus on the first wrong field and say what is wrong', async () => {
    const page = await (await harness.context()).newPage();
    await page.goto('/en/signin/');
    await page.locator('#email').focus();
    await page.keyboard.type('ana@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.type('wrong-password');
    await page.keyboard.press('Enter');
    await page.locator('#signin-error[data-tone="error"]').waitFor();
    expect(await page.locator('#signin-error').textContent()).toBe('That email and password do not match an account.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('password');
  });
});
