import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handoff } from '../../helpers/tickets';
import { apiToken, axeViolations, startHarness, type Harness } from '../support';
import { adminApi, open, signInTo, uniqueSlug } from './support';

const LOCALES = ['en', 'de', 'vi', 'zh'];

describe('Admin: accessibility (axe) on every admin page', () => {
  let harness: Harness;
  let page: Page;
  let ticketId: string;
  let call: Awaited<ReturnType<typeof adminApi>>;

  beforeAll(async () => {
    harness = await startHarness();
    call = await adminApi(harness.url);
    ticketId = (await handoff(harness.url, { token: await apiToken(harness.url), summary: 'My lamp arrived broken' }))
      .ticketId;
    await call('POST', `/admin/tickets/${ticketId}/replies`, { body: 'Sorry! **A new lamp** is on its way.' });
    await call('POST', `/admin/tickets/${ticketId}/replies`, { body: 'Refund approved', internal: true });
    await call(
      'PUT',
      '/admin/saved-replies/en',
      { replies: [{ title: 'Replacement', body: 'A new one is on its way.' }] },
      0,
    );
    await fetch(`${harness.url}/api/faq/search?q=zzzzqqxv&locale=en`);
    page = await (async () => signInTo(await harness.context(), '/en/admin/'))();
  });
  afterAll(() => harness?.close());

  const pages = (): [string, string][] => [
    ['admin/', '#zero-results table'],
    ['admin/relationship/', '#rel-cohorts table'],
    ['admin/articles/', '#article-table table'],
    ['admin/articles/edit/', '#preview'],
    ['admin/articles/edit/?slug=cancel-order&locale=en', '#history-table table'],
    ['admin/categories/', '#categories-rows tr'],
    ['admin/import/', '#import-form'],
    ['admin/synonyms/', '#syn-status:not(:empty)'],
    ['admin/tickets/', '#ticket-table table'],
    [`admin/tickets/view/?id=${ticketId}`, '#saved-field:not([hidden])'],
    ['admin/bot/', '#bot-meta:not(:empty)'],
    ['admin/saved-replies/', '#saved-meta:not(:empty)'],
  ];

  it.each(LOCALES)(
    'should find no violations on the admin pages in %s',
    async (locale) => {
      for (const [path, ready] of pages()) {
        await open(page, `/${locale}/${path}`);
        await page.locator(ready).first().waitFor();
        expect(await axeViolations(page), `/${locale}/${path}`).toEqual([]);
      }
    },
    240_000,
  );

  it('should find no violations in the conflict view, the version comparison and the delete dialog', async () => {
    const slug = uniqueSlug('a11y');
    const created = await call<{ version: number }>('POST', '/admin/faq', {
      slug,
      locale: 'en',
      question: 'Accessible question?',
      answer: 'One.',
      category: 'testing',
      tags: [],
    });
    await open(page, `/en/admin/articles/edit/?slug=${slug}&locale=en`);
    await call(
      'PUT',
      `/admin/faq/${slug}/en`,
      { question: 'Accessible question, edited?', answer: 'Two.', category: 'testing', tags: [] },
      created.version,
    );
    await page.getByLabel('Answer').fill('Three.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.locator('#conflict table').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Load their version (discard mine)' }).click();
    await page.locator('#history-table tbody tr').nth(1).waitFor();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.locator('#compare-output table').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('should find no violations in the import report and on the "admins only" page', async () => {
    await open(page, '/en/admin/import/');
    const rows = [{ slug: 'x', locale: 'xx', question: '', answer: '', category: '', tags: [], status: 'draft' }];
    await page
      .getByLabel('JSON file')
      .setInputFiles({ name: 'rows.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(rows)) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('#report-errors table').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const customer = await signInTo(await harness.context(), '/en/admin/', 'ana@example.com');
    await customer.getByRole('alert').filter({ hasText: 'Admins only' }).waitFor();
    expect(await axeViolations(customer)).toEqual([]);
  });
});
