import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support';
import { handoff } from '../../helpers/tickets';
import { adminApi, open, signInTo } from './support';

describe('Admin: insights, tickets, bot rules and access', () => {
  let harness: Harness;
  let page: Page;
  let call: Awaited<ReturnType<typeof adminApi>>;

  beforeAll(async () => {
    harness = await startHarness();
    call = await adminApi(harness.url);
    page = await signInTo(await harness.context(), '/en/admin/');
  });
  afterAll(() => harness?.close());

  it('should show a search that found nothing, and open the editor prefilled from it', async () => {
    const search = async (q: string) =>
      ((await (await fetch(`${harness.url}/api/faq/search?q=${q}&locale=en`)).json()) as { total: number }).total;
    await search('zzzz-nothing');
    // zzzz-nothing may still match "nothing" in an article; this one cannot match anything.
    expect(await search('zzzzqqxv')).toBe(0);

    await open(page, '/en/admin/');
    const zero = page.locator('#zero-results');
    const row = zero.locator('tr', { hasText: 'zzzzqqxv' });
    await row.waitFor();
    expect(
      await page
        .locator('#top-searches, #zero-results')
        .getByText('zzzz nothing')
        .or(page.getByText('zzzz-nothing'))
        .count(),
    ).toBeGreaterThan(0);

    await row.getByRole('link', { name: 'Create article for “zzzzqqxv”' }).click();
    await page.waitForURL('**/admin/articles/edit/?**');
    await page.locator('#admin-content:not([hidden])').waitFor();
    expect(await page.getByLabel('Question').inputValue()).toBe('zzzzqqxv');
    expect(await page.getByLabel('Slug').inputValue()).toBe('zzzzqqxv');
    expect(await page.locator('#a-locale').inputValue()).toBe('en');
  });

  it('should change the status of a handoff ticket and show its transcript', async () => {
    const { ticketId: id } = await handoff(harness.url, { summary: 'My parcel never came' });

    await open(page, '/en/admin/tickets/');
    await page.getByRole('link', { name: id }).click();
    await page.waitForURL(`**/admin/tickets/view/?id=${id}`);
    await page.locator('#admin-content:not([hidden])').waitFor();
    expect(await page.locator('#page-title').textContent()).toBe(`Ticket ${id}`);
    expect(await page.locator('#transcript li').first().textContent()).toContain('talk to a human');

    await page.getByLabel('New status').selectOption('solved');
    await page.getByRole('button', { name: 'Update status' }).click();
    await page.locator('#ticket-status', { hasText: 'Status changed to Solved' }).waitFor();
    expect((await call<{ status: string }>('GET', `/admin/tickets/${id}`)).status).toBe('solved');
    expect(await page.locator('#ticket-history li').first().textContent()).toContain('Solved by admin@example.com');

    await open(page, '/en/admin/tickets/?status=solved');
    await page.locator('#ticket-table').getByRole('link', { name: id }).waitFor();

    // A good answer becomes an FAQ draft in one click: the editor opens prefilled for an admin.
    await call('POST', `/admin/tickets/${id}/replies`, { body: 'Parcels that never came are **resent** at once.' });
    await open(page, `/en/admin/tickets/view/?id=${id}`);
    await page.getByRole('link', { name: 'Make an FAQ draft from this answer' }).click();
    await page.waitForURL('**/admin/articles/edit/?**');
    await page.locator('#admin-content:not([hidden])').waitFor();
    expect(await page.getByLabel('Question').inputValue()).toBe('My parcel never came');
    expect(await page.locator('#a-answer').inputValue()).toBe('Parcels that never came are **resent** at once.');
  });

  it('should refuse invalid bot rules with a clear message and keep the old ones', async () => {
    const before = (await call<{ version: number }>('GET', '/admin/bot/rules')).version;
    await open(page, '/en/admin/bot/');
    await page.getByText('The whole rule file (JSON)').click();
    const box = page.getByLabel('Rules (JSON)');
    const original = await box.inputValue();
    await box.fill('{ "intents": ');
    await page.getByRole('button', { name: 'Validate and save' }).click();
    await page.locator('#bot-status[data-tone="error"]', { hasText: 'Not valid JSON' }).waitFor();
    expect(await box.getAttribute('aria-invalid')).toBe('true');

    await box.fill('{ "nonsense": true }');
    await page.getByRole('button', { name: 'Validate and save' }).click();
    await page.locator('#bot-status[data-tone="error"]', { hasText: 'invalid' }).waitFor();
    expect((await call<{ version: number }>('GET', '/admin/bot/rules')).version).toBe(before);

    // The rule file is about 200 kB: put it back as a paste would (one input event), not key by key.
    await box.evaluate((el, text) => {
      (el as HTMLTextAreaElement).value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, original);
    await page.getByRole('button', { name: 'Validate and save' }).click();
    await page.locator('#bot-status[data-tone="success"]', { hasText: `version ${before + 1} is live` }).waitFor();
  }, 90_000);

  it('should edit one intent, try a message against the edit, save it, and restore the version before', async () => {
    const before = (await call<{ version: number }>('GET', '/admin/bot/rules')).version;
    const chat = async (message: string) =>
      (
        (await (
          await fetch(`${harness.url}/api/chat`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ message, locale: 'en' }),
          })
        ).json()) as { intent: string }
      ).intent;
    await open(page, '/en/admin/bot/');
    await page.locator('#bot-history li').first().waitFor();
    await page.getByLabel('Intent', { exact: true }).selectOption('newsletter');
    const patterns = page.getByLabel('Patterns');
    expect(await patterns.inputValue()).toMatch(/^\d/);

    // A line without a weight is refused on the field, nothing saved.
    await patterns.fill(`${await patterns.inputValue()}\nflibbertigibbet`);
    await page.getByRole('button', { name: 'Check and save this intent' }).click();
    await page.locator('#bot-status[data-tone="error"]', { hasText: 'must start with a weight' }).waitFor();
    expect(await patterns.getAttribute('aria-invalid')).toBe('true');

    // The console tries the unsaved edit and says which pattern matched.
    await patterns.fill((await patterns.inputValue()).replace(/flibbertigibbet$/, '4 flibbertigibbet'));
    await page.getByLabel('Message', { exact: true }).fill('flibbertigibbet please');
    await page.getByRole('button', { name: 'Try it' }).click();
    await page.locator('#bot-test-decision', { hasText: 'newsletter' }).waitFor();
    expect(await page.locator('#bot-test-table tbody tr').first().textContent()).toContain('flibbertigibbet');
    expect(await chat('flibbertigibbet please')).toBe('fallback');

    await page.getByRole('button', { name: 'Check and save this intent' }).click();
    await page.locator('#bot-status[data-tone="success"]', { hasText: `version ${before + 1} is live` }).waitFor();
    expect(await chat('flibbertigibbet please')).toBe('newsletter');

    // History lists the save; restoring the version before puts the old behaviour back.
    await page.getByRole('button', { name: `Restore version ${before}` }).click();
    await page.locator('#bot-status[data-tone="success"]', { hasText: `version ${before + 2}` }).waitFor();
    expect(await chat('flibbertigibbet please')).toBe('fallback');
    expect(await page.locator('#bot-history li').first().textContent()).toContain(`restored version ${before}`);
  }, 90_000);

  it('should rename a category and add one, and the help centre and the editor use the names', async () => {
    const topicName = async (id: string) =>
      (
        (await (await fetch(`${harness.url}/api/faq/categories?locale=de`)).json()) as {
          categories: { category: string; name: string }[];
        }
      ).categories.find((c) => c.category === id)?.name;
    await open(page, '/en/admin/categories/');
    const german = page.getByLabel('Name of payment in German');
    expect(await german.inputValue()).toBe('Zahlung');
    // A category articles use cannot be removed.
    expect(await page.getByRole('button', { name: 'Remove payment' }).isDisabled()).toBe(true);

    await german.fill('Bezahlen');
    await page.getByRole('button', { name: 'Add a category' }).click();
    await page.getByLabel('Id').fill('gift-cards');
    await page.getByRole('button', { name: 'Save categories' }).click();
    await page.locator('#categories-status[data-tone="error"]', { hasText: 'every language' }).waitFor();
    for (const [language, name] of [
      ['English', 'Gift cards'],
      ['German', 'Gutscheine'],
      ['Vietnamese', 'Thẻ quà tặng'],
      ['Chinese', '禮品卡'],
    ] as const)
      await page.getByLabel(`Name of the new category in ${language}`).fill(name);
    await page.getByRole('button', { name: 'Save categories' }).click();
    await page.locator('#categories-status[data-tone="success"]', { hasText: 'is live' }).waitFor();
    expect(await topicName('payment')).toBe('Bezahlen');

    await open(page, '/en/admin/articles/edit/');
    expect(await page.getByLabel('Category').locator('option', { hasText: 'Gift cards' }).getAttribute('value')).toBe(
      'gift-cards',
    );
  }, 60_000);

  it('should tell a customer that the admin console is for admins only', async () => {
    const customer = await signInTo(await harness.context(), '/en/admin/articles/', 'ana@example.com');
    const alert = customer.getByRole('alert');
    await alert.filter({ hasText: 'Admins only' }).waitFor();
    expect(await customer.locator('#admin-content').isHidden()).toBe(true);
    expect(await customer.locator('#admin-nav').isHidden()).toBe(true);
    await customer.goto('/en/admin/tickets/view/?id=T-0000000000');
    await alert.filter({ hasText: 'Admins only' }).waitFor();
  });
});
