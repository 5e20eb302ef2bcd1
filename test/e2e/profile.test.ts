import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, apiToken, axeViolations, PASSWORD, signIn, startHarness, type Harness } from './support';

describe('Site: editing the profile', { timeout: 90_000 }, () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  }, 180_000);
  afterAll(() => harness?.close());

  it('should save name, default address and account language, and follow the language to another device', async () => {
    // Prepare
    const page = await (await harness.context()).newPage();
    await signIn(page, 'ben@example.com');

    // Act
    await page.getByLabel('Name', { exact: true }).first().fill('Benjamin Ortiz');
    await page.getByLabel('Street and number').fill('Elm Street 5');
    await page.getByLabel('Postal code').fill('10115');
    await page.getByLabel('City').fill('Berlin');
    await page.getByLabel('Country code (e.g. DE)').fill('de');
    await page.locator('#address-name').fill('Ben Ortiz');
    await page.getByLabel('Account language').selectOption('de');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.waitForURL('**/de/profile/');
    await page.locator('#profile-content').waitFor();

    // Assess: the page is German now and shows what was saved.
    expect(await page.locator('#details-title').textContent()).toBe('Ihre Angaben');
    expect(await page.locator('#details-name').inputValue()).toBe('Benjamin Ortiz');
    expect(await page.locator('#address-country').inputValue()).toBe('DE');
    expect(await axeViolations(page)).toEqual([]);
    const me = await apiGet<{ locale: string; name: string; defaultAddress?: unknown }>(
      harness.url,
      '/me',
      await apiToken(harness.url, 'ben@example.com'),
    );
    expect(me).toMatchObject({
      locale: 'de',
      name: 'Benjamin Ortiz',
      defaultAddress: { name: 'Ben Ortiz', line1: 'Elm Street 5', postalCode: '10115', city: 'Berlin', country: 'DE' },
    });

    // Act: another device, signing in from the English page.
    const other = await (await harness.context()).newPage();
    await other.goto('/en/signin/');
    await other.locator('#email').fill('ben@example.com');
    await other.locator('#password').fill(PASSWORD);
    await other.locator('#signin-submit').click();

    // Assess
    await other.waitForURL('**/de/profile/');
    await other.locator('#profile-content').waitFor();
    expect(await other.locator('html').getAttribute('lang')).toBe('de');
  });

  it('should say which address field is wrong, in the page language', async () => {
    // Prepare
    const page = await (await harness.context()).newPage();
    await signIn(page, 'ana@example.com');

    // Act: a country name instead of a code, the other fields filled.
    await page.getByLabel('Street and number').fill('1 Main St');
    await page.getByLabel('Postal code').fill('12345');
    await page.getByLabel('City').fill('Springfield');
    await page.getByLabel('Country code (e.g. DE)').fill('D1');
    await page.getByRole('button', { name: 'Save details' }).click();

    // Assess
    await page.locator('#details-status[data-tone="error"]').waitFor();
    expect(await page.locator('#address-country').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#address-name').getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toContain('/en/profile/');
  });
});
