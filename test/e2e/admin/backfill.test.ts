import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startHarness, type Harness } from '../support';
import { open, signInTo } from './support';

const n = `H${Date.now().toString(36).toUpperCase()}`;
const CSV = [
  'orderNumber,email,name,locale,placedAt,currency,totalCents,status,sku,item,quantity,unitPriceCents',
  `${n}1,ana@example.com,Ana Souza,en,2024-03-01T10:00:00Z,EUR,3600,delivered,MUG,Mug,2,1200`,
  `${n}1,ana@example.com,Ana Souza,en,2024-03-01T10:00:00Z,EUR,3600,delivered,CUP,Cup,1,1200`,
  `${n}2,not-an-email,Nobody,en,2024-03-02T10:00:00Z,EUR,900,delivered,,Card,1,900`,
  `${n}3,old.friend@example.com,Old Friend,de,2024-03-03T10:00:00Z,EUR,12.50,delivered,,Vase,1,1250`,
].join('\n');

describe('Admin: backfill past orders from a file', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = await signInTo(await harness.context({ acceptDownloads: true }), '/en/admin/orders/');
  });
  afterAll(() => harness?.close());

  const upload = async () => {
    await page
      .locator('#backfill-file')
      .setInputFiles({ name: 'past.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await page.locator('#backfill-submit').click();
    await page.locator('#backfill-report:not([hidden])').waitFor();
    return page.locator('#backfill-summary').textContent();
  };

  it('should show progress and a per-row report, and give the rejected rows back with their reasons', async () => {
    // Act
    const summary = await upload();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#backfill-rejected').click()]);
    const rejected = await readFile((await download.path()) ?? '', 'utf8');

    // Assess
    expect(summary).toBe('1 created, 0 updated, 0 unchanged, 2 rejected.');
    expect(await page.locator('#backfill-bar').getAttribute('value')).toBe('3');
    expect(await page.locator('#backfill-errors').textContent()).toContain('customer.email');
    expect(rejected.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(rejected).toContain('not-an-email');
    expect(rejected).toContain('totalCents');
    expect(download.suggestedFilename()).toBe('rejected-past.csv');
  });

  it('should change nothing when the same file is uploaded again', async () => {
    // Act
    const summary = await upload();

    // Assess
    expect(summary).toBe('0 created, 0 updated, 1 unchanged, 2 rejected.');
  });

  it.each(['en', 'zh'])('should find no axe violations on the page and its report in %s', async (locale) => {
    // Act
    await open(page, `/${locale}/admin/orders/`);
    await upload();

    // Assess
    expect(await axeViolations(page)).toEqual([]);
  });
});
