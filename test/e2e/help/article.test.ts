import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, apiToken, axeViolations, startHarness, type Harness } from '../support';

interface Insights {
  articles: {
    votes: { slug: string; locale: string; up: number; down: number }[];
    unhelpful: { slug: string; locale: string; down: number; reasons: { reason: string; comment?: string }[] }[];
  };
}

describe('Help centre: articles and feedback', { timeout: 90_000 }, () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = await (await harness.context()).newPage();
  }, 180_000);
  afterAll(() => harness?.close());

  const open = async (path: string) => {
    await page.goto(path);
    await page.locator('#article:not([hidden])').waitFor();
  };
  const insights = async () =>
    apiGet<Insights>(harness.url, '/admin/insights', await apiToken(harness.url, 'admin@example.com'));

  it('should show the question, answer, topic, date and related articles', async () => {
    await open('/en/help/article/?slug=return-item');
    expect(await page.locator('h1').textContent()).toBe('How do I return or exchange an item?');
    expect((await page.locator('#article-answer').textContent())?.length).toBeGreaterThan(50);
    expect(await page.locator('#article-category').textContent()).toBe('Returns and refunds');
    expect(await page.locator('#article-updated').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await page.locator('#related-list li').count()).toBeGreaterThan(0);
    expect(await page.locator('#article-fallback').isHidden()).toBe(true);
    expect(await page.title()).toMatch(/^How do I return or exchange an item\? · /);
  });

  it('should say when a translation is missing and show English', async () => {
    await open('/vi/help/article/?slug=invoice');
    expect(await page.locator('#article-fallback').textContent()).toBe(
      'Bài viết này chưa có bằng Tiếng Việt; đang hiển thị bản tiếng Anh.',
    );
    expect(await page.locator('h1').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Where can I find my invoice?');

    await open('/zh/help/article/?slug=discount-codes');
    expect(await page.locator('#article-fallback').isVisible()).toBe(true);
    expect(await page.locator('#article-fallback').textContent()).toContain('中文');

    await open('/de/help/article/?slug=discount-codes');
    expect(await page.locator('#article-fallback').isHidden()).toBe(true);
  });

  it('should say when there is no such article', async () => {
    await page.goto('/en/help/article/?slug=no-such-article');
    await page.locator('#article-error[data-tone="error"]:not(:empty)').waitFor();
    expect(await page.locator('#article-error').textContent()).toBe('We could not find that article.');
  });

  it('should record a yes vote', async () => {
    await open('/en/help/article/?slug=track-order');
    await page.getByRole('button', { name: 'Yes' }).click();
    await page.locator('#feedback-status[data-tone="success"]').waitFor();
    expect(await page.locator('#feedback-status').textContent()).toBe('Thank you for your feedback.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('feedback-status');

    const vote = (await insights()).articles.votes.find((v) => v.slug === 'track-order' && v.locale === 'en');
    expect(vote?.up).toBeGreaterThanOrEqual(1);
  });

  it('should record a no vote with a reason and a comment', async () => {
    await open('/de/help/article/?slug=return-item');
    await page.getByRole('button', { name: 'Nein' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('value'))).toBe('unclear'); // focus moved to the first reason
    await page.getByLabel('Es ist veraltet').check();
    await page.getByLabel(/Möchten Sie uns noch etwas mitteilen/).fill('Die Frist ist jetzt 60 Tage.');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Feedback senden' }).click();
    await page.locator('#feedback-status[data-tone="success"]').waitFor();
    expect(await page.locator('#feedback-form').isHidden()).toBe(true);

    const { votes, unhelpful } = (await insights()).articles;
    expect(votes.find((v) => v.slug === 'return-item' && v.locale === 'de')?.down).toBe(1);
    const reasons = unhelpful.find((u) => u.slug === 'return-item' && u.locale === 'de')?.reasons ?? [];
    expect(reasons).toContainEqual(
      expect.objectContaining({ reason: 'outdated', comment: 'Die Frist ist jetzt 60 Tage.' }),
    );
  });

  it('should record the vote against the English article shown as a fallback', async () => {
    await open('/zh/help/article/?slug=invoice');
    await page.getByRole('button', { name: '沒有' }).click();
    await page.getByRole('button', { name: '送出意見' }).click(); // reason and comment are optional
    await page.locator('#feedback-status[data-tone="success"]').waitFor();
    expect(
      (await insights()).articles.votes.find((v) => v.slug === 'invoice' && v.locale === 'en')?.down,
    ).toBeGreaterThanOrEqual(1);
  });

  it('should find no axe violations on article pages', async () => {
    for (const path of [
      '/en/help/article/?slug=return-item',
      '/vi/help/article/?slug=invoice',
      '/zh/help/article/?slug=reset-password',
    ]) {
      await open(path);
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
});
