import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, signIn, startHarness, type Harness } from '../support';
import { open, signInTo } from './support';

const AGENT = 'agent@example.com';

describe('Admin: customer search and the customer page', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = await signInTo(await harness.context(), '/en/admin/customers/', AGENT);
    await page.locator('#admin-content:not([hidden])').waitFor();
  });
  afterAll(() => harness?.close());

  it('should let an agent find a customer by name with the keyboard and open their orders', async () => {
    // Act
    await page.locator('#c-query').fill('souza');
    await page.keyboard.press('Enter');
    const link = page.getByRole('link', { name: 'Ana Souza' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/admin/customers/view/?id=ana%40example.com');
    await page.locator('#customer-orders article').first().waitFor();

    // Assess
    expect(await page.locator('#page-title').textContent()).toBe('Ana Souza');
    expect(await page.locator('#customer-facts').textContent()).toContain('ana@example.com');
    expect(await page.locator('#customer-orders h3').count()).toBeGreaterThan(0);
    expect(await page.locator('#customer-orders .timeline li').count()).toBeGreaterThan(0);
  });

  it("should show an agent only the console's pages open to agents", async () => {
    // Act
    await open(page, '/en/admin/customers/');

    // Assess
    const visible = await page.locator('#admin-nav li:not([hidden]) a').allTextContents();
    expect(visible).toEqual(['Tickets', 'Customers', 'Saved replies']);
  });

  it('should let an agent write a personal note that the customer reads on the profile', async () => {
    // Act: the agent, on the customer's page.
    await open(page, '/en/admin/customers/view/?id=ana%40example.com');
    await page.getByRole('button', { name: 'Save the note' }).click();
    await page.locator('#note-body[aria-invalid="true"]').waitFor();
    await page.getByLabel('Write a personal note').fill('Thank you for bearing with us on the **rug**.');
    await page.getByRole('button', { name: 'Save the note' }).click();
    await page.locator('#note-status[data-tone="success"]').waitFor();

    // Assess: listed for staff with its writer, and on the customer's profile without it.
    expect(await page.locator('#customer-notes li').first().textContent()).toContain('agent@example.com');
    const customer = await (await harness.context()).newPage();
    await signIn(customer, 'ana@example.com');
    const note = customer.locator('#notes');
    await note.locator('strong', { hasText: 'rug' }).waitFor();
    expect(await note.textContent()).not.toContain('agent@example.com');
    expect(await axeViolations(customer)).toEqual([]);
  });

  it.each(['en', 'de', 'vi', 'zh'])(
    'should find no axe violations on the search and customer pages in %s',
    async (locale) => {
      for (const [path, ready] of [
        ['admin/customers/?q=souza', '#customer-table table'],
        ['admin/customers/view/?id=lena%40example.de', '#customer-orders article'],
      ] as const) {
        await open(page, `/${locale}/${path}`);
        await page.locator(ready).first().waitFor();
        expect(await axeViolations(page), `/${locale}/${path}`).toEqual([]);
      }
    },
    120_000,
  );

  it('should tell a customer the page is for staff', async () => {
    // Act
    const customer = await signInTo(await harness.context(), '/en/admin/customers/?q=ana', 'ben@example.com');
    await customer.locator('#admin-denied:not([hidden])').waitFor();

    // Assess
    expect(await customer.locator('#admin-content').isHidden()).toBe(true);
  });
});
