import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, startHarness, type Harness } from '../support';

/** The FAQ API calls the page made, as path + query. */
const faqCalls = (requests: Request[]) =>
  requests.map((r) => new URL(r.url())).filter((u) => u.pathname.startsWith('/api/faq/'));

describe('Help centre: cache keys of the public FAQ reads', { timeout: 90_000 }, () => {
  let harness: Harness;
  let page: Page;
  const requests: Request[] = [];

  beforeAll(async () => {
    harness = await startHarness();
    page = await (await harness.context()).newPage();
    page.on('request', (r) => requests.push(r));
  }, 180_000);
  afterAll(() => harness?.close());

  it('should send the content revision with categories, suggestions and a typed search (reported, not counted by the search)', async () => {
    // Prepare
    const rev = ((await (await fetch(`${harness.url}/api/faq/revision`)).json()) as { rev: string }).rev;

    // Act
    await page.goto('/en/help/');
    await page.locator('#browse-list a').first().waitFor();
    await page.getByRole('combobox', { name: 'Search the help centre' }).pressSequentially('refu', { delay: 30 });
    await page.getByRole('listbox').locator('[role="option"]').first().waitFor();
    await page.getByRole('search', { name: 'Search the help centre' }).getByRole('button', { name: 'Search' }).click();
    await page.locator('#help-results[aria-busy="false"]').waitFor();

    // Assess
    const calls = faqCalls(requests);
    const of = (path: string) => calls.filter((u) => u.pathname === path);
    expect(of('/api/faq/revision')).toHaveLength(1);
    expect(of('/api/faq/categories').length).toBeGreaterThan(0);
    expect(of('/api/faq/categories').every((u) => u.searchParams.get('rev') === rev)).toBe(true);
    expect(of('/api/faq/suggest').length).toBeGreaterThan(0);
    expect(of('/api/faq/suggest').every((u) => u.searchParams.get('rev') === rev)).toBe(true);
    const typed = of('/api/faq/search').filter((u) => u.searchParams.get('source') === 'person');
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.every((u) => u.searchParams.get('rev') === rev && u.searchParams.get('tally') === 'report')).toBe(
      true,
    );
    // The visit goes with the report: in the search's query it would split the cache key per tab.
    expect(typed.every((u) => !u.searchParams.has('visit'))).toBe(true);
  });

  it('should report the typed search when the page hides, and the insights count it once', async () => {
    // Prepare
    const admin = await apiToken(harness.url, 'admin@example.com');
    const topSearches = async () =>
      (
        (await (
          await fetch(`${harness.url}/api/admin/insights?days=2`, { headers: { authorization: `Bearer ${admin}` } })
        ).json()) as { searches: { top: { query: string; count: number }[] } }
      ).searches.top;

    // Act: leaving the page sends the report (a beacon on pagehide), if the pause after the search has not already
    await page.goto('/en/');

    // Assess
    await expect.poll(async () => (await topSearches()).find((s) => s.query === 'refu')?.count).toBe(1);
  });
});
