import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startHarness, type Harness } from '../support';

/** The slugs of the results as shown, in order. */
const slugs = (page: Page) =>
  page.locator('#results-list li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.slug));

describe('Help centre: search', { timeout: 90_000 }, () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = await (await harness.context()).newPage();
  }, 180_000);
  afterAll(() => harness?.close());

  const waitForResults = async () => {
    await page.locator('#help-results[aria-busy="false"]').waitFor();
  };

  it('should search from the header on any page', async () => {
    await page.goto('/en/track/');
    await page.locator('#site-search').fill('return an item');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/en\/help\/\?q=return/);
    await waitForResults();

    expect((await slugs(page)).slice(0, 3)).toContain('return-item');
    expect(await page.locator('#results-title').textContent()).toBe('Results for “return an item”');
    expect(await page.locator('#results-list li mark').count()).toBeGreaterThan(0); // highlighted snippet
  });

  it('should search from the help page and put the query in the URL', async () => {
    await page.goto('/en/help/');
    await page.locator('#browse-list a').first().waitFor();
    await page.getByRole('combobox', { name: 'Search the help centre' }).fill('refund');
    await page.getByRole('search', { name: 'Search the help centre' }).getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\?q=refund/);
    await waitForResults();

    expect(await slugs(page)).toContain('refund-status');
    expect(await page.locator('#help-status').textContent()).toMatch(/^Articles found: \d+$/);
  });

  it('should show results for a shared ?q= URL', async () => {
    await page.goto('/en/help/?q=invoice');
    await waitForResults();
    expect((await slugs(page))[0]).toBe('invoice');
    expect(await page.locator('#help-q').inputValue()).toBe('invoice');
  });

  it('should find the article for a misspelled query', async () => {
    await page.goto('/en/help/?q=retrun%20an%20itme');
    await waitForResults();
    expect((await slugs(page)).slice(0, 3)).toContain('return-item');
  });

  it('should find the Vietnamese article for a query typed without diacritics', async () => {
    await page.goto('/vi/help/?q=doi%20tra%20hang');
    await waitForResults();
    const first = page.locator('#results-list li').first();
    expect(await first.getAttribute('data-slug')).toBe('return-item');
    expect(await first.locator('a').textContent()).toBe('Làm thế nào để đổi trả hàng?');
    expect(await first.locator('.fallback').count()).toBe(0);
  });

  it('should mark English results shown for a missing translation', async () => {
    await page.goto('/vi/help/?q=invoice');
    await waitForResults();
    const hit = page.locator('#results-list li[data-slug="invoice"]');
    expect(await hit.locator('.fallback').textContent()).toBe(' (Tiếng Anh)');
    expect(await hit.locator('a').getAttribute('lang')).toBe('en');
  });

  it('should filter by topic with the chips and keep the filter in the URL', async () => {
    await page.goto('/en/help/?q=order');
    await waitForResults();
    const chip = page.locator('#help-chips a[data-category="payment"]');
    expect(await chip.textContent()).toMatch(/^Payment \(\d+\)$/);
    await chip.click();
    await page.waitForURL(/category=payment/);
    await waitForResults();
    expect(await page.locator('#help-chips a[aria-current="true"]').getAttribute('data-category')).toBe('payment');
    const badges = await page.locator('#results-list .badge').allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set(['Payment']));

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('category'));
    await waitForResults();
    expect(new Set(await page.locator('#results-list .badge').allTextContents()).size).toBeGreaterThan(1);
  });

  it('should list a whole topic when browsing by topic', async () => {
    await page.goto('/de/help/');
    const topic = page.locator('#browse-list a[data-category="returns-refunds"]');
    const label = (await topic.textContent()) ?? '';
    const count = Number(/\((\d+)\)/.exec(label)?.[1]);
    expect(label).toMatch(/^Rücksendungen und Erstattungen \(\d+\)$/);
    await topic.click();
    await page.waitForURL(/\?category=returns-refunds$/);
    await waitForResults();
    expect(await page.locator('#results-list li').count()).toBe(count);
    expect(await page.locator('#results-title').textContent()).toBe('Artikel in Rücksendungen und Erstattungen');
  });

  it('should show an empty state with tips and a way into the chat', async () => {
    await page.goto('/en/help/?q=zzqx%20blorf');
    await waitForResults();
    expect(await page.locator('#empty-text').textContent()).toBe('No articles match “zzqx blorf”.');
    expect(await page.locator('#help-empty a[data-open-chat]').isVisible()).toBe(true);
    expect(await page.locator('#help-browse').isVisible()).toBe(true);
  });

  it('should open the article of a type-ahead suggestion chosen with the keyboard (header)', async () => {
    await page.goto('/en/');
    const box = page.getByRole('combobox', { name: 'Search help' });
    await box.pressSequentially('retu', { delay: 30 });
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    const suggestion = (await page.locator(`#${active}`).textContent()) ?? '';
    expect(suggestion).toBe('How do I return or exchange an item?');
    await box.press('Enter');
    await page.waitForURL(/\/en\/help\/article\/\?slug=return-item/);
    await page.locator('#article:not([hidden])').waitFor();
    expect(await page.locator('h1').textContent()).toBe(suggestion);
  });

  it('should suggest from one Chinese character and open the article clicked', async () => {
    await page.goto('/zh/help/');
    const box = page.locator('#help-q');
    await box.pressSequentially('退', { delay: 30 });
    const option = page.locator('#help-q-list [role=option][data-slug=return-item]');
    await option.waitFor();
    await option.click();
    await page.waitForURL(/\/zh\/help\/article\/\?slug=return-item/);
    await page.locator('#article:not([hidden])').waitFor();
  });

  it('should close the suggestions with Escape and keep the typed text', async () => {
    await page.goto('/en/help/');
    const box = page.locator('#help-q');
    await box.pressSequentially('refu', { delay: 30 });
    await page.locator('#help-q-list [role=option]').first().waitFor();
    await box.press('ArrowDown');
    await box.press('ArrowUp'); // wraps to the last option
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.getAttribute('aria-activedescendant')).toBeNull();
    expect(await box.inputValue()).toBe('refu');
  });

  it('should keep what was typed while the topics are still on their way', async () => {
    // Prepare: a slow network for the topics, which the page's first search waits for.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/faq/categories*', async (route) => {
      await held;
      await route.continue();
    });
    try {
      await page.goto('/en/help/');
      const box = page.locator('#help-q');

      // Act: type, then let the topics arrive.
      await box.pressSequentially('retu', { delay: 30 });
      await page.locator('#help-q-list [role=option]').first().waitFor();
      release();
      await page.locator('#browse-list a').first().waitFor();

      // Assert
      expect(await box.inputValue()).toBe('retu');
      expect(await page.locator('#help-q-list [role=option]').count()).toBeGreaterThan(0);
    } finally {
      release();
      await page.unroute('**/api/faq/categories*');
    }
  });

  it('should find no axe violations on the help pages', async () => {
    for (const path of [
      '/en/help/',
      '/en/help/?q=return',
      '/zh/help/?q=zzqx',
      '/vi/help/?q=invoice',
      '/de/help/?category=payment',
    ]) {
      await page.goto(path);
      if (path.includes('?')) await waitForResults();
      else await page.locator('#browse-list a').first().waitFor();
      expect(await axeViolations(page), path).toEqual([]);
    }
    // with the suggestions open
    await page.goto('/en/help/');
    await page.locator('#help-q').pressSequentially('retu', { delay: 30 });
    await page.locator('#help-q-list [role=option]').first().waitFor();
    await page.locator('#help-q').press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);
  });
});
