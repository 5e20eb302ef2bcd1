import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support';
import { adminApi, open, signInTo, uniqueSlug, type Article } from './support';

describe('Admin: import, export and synonyms', () => {
  let harness: Harness;
  let page: Page;
  let call: Awaited<ReturnType<typeof adminApi>>;

  beforeAll(async () => {
    harness = await startHarness();
    call = await adminApi(harness.url);
    page = await signInTo(await harness.context({ acceptDownloads: true }), '/en/admin/import/');
  });
  afterAll(() => harness?.close());

  it('should import a file in batches with a progress bar and report the one bad row', async () => {
    const prefix = uniqueSlug('bulk');
    // 30 rows = two requests (25 + 5); row 27 has a bad category and an empty question.
    const rows = Array.from({ length: 30 }, (_, i) => ({
      slug: `${prefix}-${i}`,
      locale: i % 2 ? 'de' : 'en',
      question: `Imported question number ${i}?`,
      answer: `Answer ${i}.`,
      category: i === 27 ? '<b>bad</b>' : 'Imported',
      tags: ['bulk'],
      status: i % 3 ? 'draft' : 'published',
      ...(i === 3 ? { id: 123 } : {}),
    }));
    rows[27]!.question = '';
    await open(page, '/en/admin/import/');
    await page
      .getByLabel('JSON file')
      .setInputFiles({ name: 'rows.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(rows)) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    const report = page.locator('#import-report');
    await report.waitFor();
    const bar = page.getByLabel('Import progress');
    expect(await bar.evaluate((el: HTMLProgressElement) => [el.value, el.max])).toEqual([30, 30]);
    expect(await page.locator('#import-status').textContent()).toContain('29 created');
    expect(await page.locator('#report-summary').textContent()).toBe(
      'Import finished: 29 created, 0 updated, 0 unchanged, 1 failed.',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-title');
    expect(await page.locator('#report-ignored').textContent()).toContain('id (1)');

    const errors = await report
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(errors.length).toBe(2);
    for (const cells of errors) expect(cells.slice(0, 3)).toEqual(['27', `${prefix}-27`, 'de']);
    expect(errors.map((cells) => cells[3]).sort()).toEqual(['category', 'question']);

    const { articles } = await call<{ articles: Article[] }>('GET', `/admin/faq?q=${prefix}`);
    expect(articles.length).toBe(29);
    expect(articles.find((a) => a.slug === `${prefix}-0`)?.status).toBe('published');
    expect(articles.some((a) => a.slug === `${prefix}-27`)).toBe(false);
  });

  it('should refuse a file that is not a JSON array', async () => {
    await open(page, '/en/admin/import/');
    await page
      .getByLabel('JSON file')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"not":"rows"}') });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('#import-status[data-tone="error"]', { hasText: 'JSON array' }).waitFor();
  });

  it('should download every article as import rows', async () => {
    await open(page, '/en/admin/import/');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download export' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('faq-export.json');
    const rows = JSON.parse(await readFile((await download.path())!, 'utf8')) as { slug: string; status: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(rows[0]!).sort()).toEqual([
      'answer',
      'category',
      'locale',
      'question',
      'slug',
      'status',
      'tags',
    ]);
  });

  it('should save synonyms per language, one group per line, and refuse a one-word line', async () => {
    await open(page, '/en/admin/synonyms/');
    // Wait for the German groups themselves: the English ones also say "groups loaded", and a
    // late German load would overwrite what the test types next.
    const german = page.waitForResponse(
      (r) => r.url().endsWith('/api/admin/synonyms/de') && r.request().method() === 'GET',
    );
    await page.getByLabel('Language', { exact: true }).last().selectOption('de');
    await german;
    await page.locator('#syn-status', { hasText: 'groups loaded' }).waitFor();
    const box = page.getByLabel('Synonym groups');
    await box.fill('lieferung, versand, zustellung\nrücksendung');
    await page.getByRole('button', { name: 'Save synonyms' }).click();
    await page.locator('#syn-status[data-tone="error"]', { hasText: 'Line 2' }).waitFor();
    expect(await box.getAttribute('aria-invalid')).toBe('true');

    await box.fill('lieferung, versand, zustellung\nrücksendung, retoure');
    await page.getByRole('button', { name: 'Save synonyms' }).click();
    await page.locator('#syn-status[data-tone="success"]', { hasText: 'Saved 2 groups' }).waitFor();
    expect(await call<{ groups: string[][] }>('GET', '/admin/synonyms/de')).toEqual({
      groups: [
        ['lieferung', 'versand', 'zustellung'],
        ['rücksendung', 'retoure'],
      ],
    });
  });
});
