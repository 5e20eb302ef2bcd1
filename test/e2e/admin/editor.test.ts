import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support';
import { adminApi, open, signInTo, uniqueSlug, type Article } from './support';

describe('Admin: article editor', () => {
  let harness: Harness;
  let page: Page;
  let call: Awaited<ReturnType<typeof adminApi>>;

  beforeAll(async () => {
    harness = await startHarness();
    call = await adminApi(harness.url);
    page = await signInTo(await harness.context(), '/en/admin/articles/');
  });
  afterAll(() => harness?.close());

  const draft = (slug: string, question: string) =>
    call<Article>('POST', '/admin/faq', {
      slug,
      locale: 'en',
      question,
      answer: 'First answer.',
      category: 'testing',
      tags: ['test'],
    });
  const editorOf = (slug: string) => `/en/admin/articles/edit/?slug=${slug}&locale=en`;

  it('should list articles 50 at a time and filter them by locale, status and search', async () => {
    const total = (await call<{ articles: Article[] }>('GET', '/admin/faq')).articles.length;
    const rows = page.locator('#article-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(Math.min(50, total));
    if (total > 50) {
      await page.getByRole('button', { name: 'Show more articles' }).click();
      await expect.poll(() => rows.count()).toBe(Math.min(100, total));
      expect(await page.evaluate(() => document.activeElement?.closest('tr')?.rowIndex)).toBe(51);
      await page
        .locator('#list-status', { hasText: `Showing ${Math.min(100, total)} of ${total} articles.` })
        .waitFor();
    }
    await page.getByRole('search').getByLabel('Language').selectOption('de');
    await expect
      .poll(() => page.locator('#article-table tbody tr td:nth-child(3)').allTextContents())
      .toSatisfy((cells: string[]) => cells.length > 0 && cells.every((c) => c === 'German'));
    await page.getByLabel('Search slug, question or tags').fill('zzzz-no-such-article');
    await page.locator('#list-status', { hasText: 'No articles match' }).waitFor();
  });

  it('should create a draft with a live preview, publish it and find it through search', async () => {
    const word = `quokka${Date.now().toString(36)}`;
    const slug = `how-do-i-descale-the-${word}-kettle`;
    await open(page, '/en/admin/articles/edit/');
    expect(await page.locator('#page-title').textContent()).toBe('New article');
    await page.getByLabel('Question').fill(`How do I descale the ${word} kettle?`);
    expect(await page.getByLabel('Slug').inputValue()).toBe(slug);
    await page.getByLabel('Category').selectOption({ label: 'Your account' });
    await page.getByLabel('Tags').fill('kettle, descaling');
    await page.getByLabel('Answer').fill('Fill it with **white vinegar** and wait.\n\n- rinse twice');

    // The preview is the server's sanitised HTML, rendered while typing.
    await page.locator('#preview strong', { hasText: 'white vinegar' }).waitFor();
    expect(await page.locator('#preview li').textContent()).toBe('rinse twice');

    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.locator('#editor-status', { hasText: 'Draft created (version 1)' }).waitFor();
    expect(page.url()).toContain(`slug=${slug}`);
    expect(await page.locator('#article-meta .badge').first().textContent()).toBe('Draft');

    const search = async () => {
      const res = await fetch(`${harness.url}/api/faq/search?q=${word}&locale=en`);
      return ((await res.json()) as { results: { slug: string }[] }).results.map((r) => r.slug);
    };
    expect(await search()).not.toContain(slug);

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.locator('#editor-status', { hasText: 'Published version 2' }).waitFor();
    expect(await page.locator('#article-meta .badge').first().textContent()).toBe('Published');
    expect(await search()).toContain(slug);
  });

  it('should show field errors from the API next to the fields', async () => {
    await open(page, '/en/admin/articles/edit/');
    await page.getByLabel('Question').fill('Hi');
    // No category chosen: the API names the field.
    await page.getByLabel('Answer').fill('x');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.locator('#editor-status[data-tone="error"]').waitFor();
    expect(await page.getByLabel('Question').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Category').getAttribute('aria-invalid')).toBe('true');
  });

  it('should count the answer against its limit and say why an answer cannot be shown or saved', async () => {
    await open(page, '/en/admin/articles/edit/');
    const count = page.locator('#a-answer-count');
    await page.getByLabel('Question').fill('How deep can quotes go?');
    await page.getByLabel('Category').selectOption('payment');
    await page.getByLabel('Answer').fill('Short **answer**.');
    await count.filter({ hasText: '17 of 20,000 characters' }).waitFor();
    expect(await count.textContent()).toContain('up to 8 levels');
    expect(await page.getByLabel('Answer').getAttribute('aria-describedby')).toContain('a-answer-count');

    await page.getByLabel('Answer').fill('>'.repeat(20));
    await page.locator('#preview-error:not([hidden])', { hasText: 'nest at most 8 levels deep' }).waitFor();
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.locator('#a-answer-error', { hasText: 'nest at most 8 levels deep' }).waitFor();
    expect(await page.getByLabel('Answer').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Answer').fill('x'.repeat(20_005));
    await count.filter({ hasText: '5 characters over the limit of 20,000' }).waitFor();
    expect(await count.getAttribute('data-over')).not.toBeNull();
  });

  it('should show what changed when someone else saved first (412), then overwrite', async () => {
    const slug = uniqueSlug('conflict');
    await draft(slug, 'Original question about gift wrapping?');
    const other = await signInTo(await harness.context(), editorOf(slug));
    await open(page, editorOf(slug));

    await other.getByLabel('Question').fill('Can you gift wrap my order?');
    await other.getByRole('button', { name: 'Save draft' }).click();
    await other.locator('#editor-status', { hasText: 'Saved as version 2' }).waitFor();

    await page.getByLabel('Answer').fill('Yes, for two euros.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    const conflict = page.locator('#conflict');
    await conflict.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('conflict-title');
    expect(await conflict.locator('#conflict-text').textContent()).toContain(
      'Version 2 was saved by admin@example.com',
    );
    // Their question and my answer are marked as the changes.
    expect(await conflict.locator('ins').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Can you gift wrap my order')]),
    );
    expect(await conflict.locator('del').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Yes, for two euros')]),
    );

    await page.getByRole('button', { name: 'Keep mine and overwrite' }).click();
    await page.locator('#editor-status', { hasText: 'Saved as version 3' }).waitFor();
    expect(await conflict.isHidden()).toBe(true);
    const saved = await call<Article>('GET', `/admin/faq/${slug}/en`);
    expect(saved).toMatchObject({
      version: 3,
      answer: 'Yes, for two euros.',
      question: 'Original question about gift wrapping?',
    });

    // The other way out: take the version that is saved now.
    await other.getByLabel('Answer').fill('Only at Christmas.');
    await other.getByRole('button', { name: 'Save draft' }).click();
    await other.locator('#conflict').waitFor();
    await other.getByRole('button', { name: 'Load their version (discard mine)' }).click();
    expect(await other.getByLabel('Answer').inputValue()).toBe('Yes, for two euros.');
    await other.locator('#editor-status', { hasText: 'Their version 3 is loaded' }).waitFor();
  });

  it('should compare two versions from the history and restore an old one', async () => {
    const slug = uniqueSlug('history');
    const first = await draft(slug, 'Where is my parcel?');
    await call(
      'PUT',
      `/admin/faq/${slug}/en`,
      {
        question: 'Where is my parcel right now?',
        answer: 'Check the tracking link.',
        category: 'testing',
        tags: ['test'],
      },
      first.version,
    );
    await open(page, editorOf(slug));

    const rows = page.locator('#history-table tbody tr');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(2);
    await page.getByLabel('From version').selectOption('1');
    await page.getByLabel('To version').selectOption('2');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const output = page.locator('#compare-output');
    await output.locator('h3', { hasText: 'Version 1 compared with version 2' }).waitFor();
    expect(await output.locator('ins').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('right now')]),
    );
    expect(await output.locator('del').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('First answer')]),
    );

    await page.getByRole('button', { name: 'Restore version 1' }).click();
    await page.locator('#editor-status', { hasText: 'Version 1 restored as version 3' }).waitFor();
    expect(await page.getByLabel('Question').inputValue()).toBe('Where is my parcel?');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await call<Article>('GET', `/admin/faq/${slug}/en`)).toMatchObject({
      version: 3,
      question: 'Where is my parcel?',
      answer: 'First answer.',
    });
  });

  it('should unpublish and delete an article', async () => {
    const slug = uniqueSlug('remove');
    const created = await draft(slug, 'An article to remove?');
    await call('POST', `/admin/faq/${slug}/en/publish`, undefined, created.version);
    await open(page, editorOf(slug));
    await page.getByRole('button', { name: 'Unpublish' }).click();
    await page.locator('#editor-status', { hasText: 'Taken off the help centre' }).waitFor();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').waitFor();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.locator('#editor-status', { hasText: 'Article deleted' }).waitFor();
    const res = await fetch(`${harness.url}/api/admin/faq?q=${slug}`, { headers: { authorization: 'x' } });
    expect(res.status).toBe(401);
    expect((await call<{ articles: Article[] }>('GET', `/admin/faq?q=${slug}`)).articles).toEqual([]);
  });
});
