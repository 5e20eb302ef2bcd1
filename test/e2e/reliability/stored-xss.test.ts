import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi, open, signInTo } from '../admin/support';
import { startHarness, type Harness } from '../support';

/**
 * Stored XSS, end to end: payloads an admin (FAQ answers, questions, tags) or a customer (chat
 * messages that become a ticket transcript) can store, rendered by Chromium on the pages that show
 * them. Every payload tries to set `window.__xss` or open a dialog; neither may ever happen.
 */
const PAYLOADS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '<svg onload="window.__xss = 3"></svg>',
  '[click me](javascript:window.__xss=4)',
  '<a href="javascript:window.__xss=5">link</a>',
  '<iframe srcdoc="<script>parent.__xss = 6</script>"></iframe>',
  '"><img src=x onerror=window.__xss=7>',
  '<details open ontoggle="window.__xss = 8">x</details>',
  '![x](x" onerror="window.__xss=9)',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=10>',
  '<style>@import "javascript:window.__xss=11"</style>',
  "'-alert(12)-'",
];

describe('Reliability: stored XSS never runs in the browser', { timeout: 120_000 }, () => {
  let harness: Harness;
  let call: Awaited<ReturnType<typeof adminApi>>;
  const slug = `xss-${Date.now().toString(36)}`;
  const marker = `xssmarker${Date.now().toString(36)}`;

  beforeAll(async () => {
    harness = await startHarness();
    call = await adminApi(harness.url);
    const created = await call<{ version: number }>('POST', '/admin/faq', {
      slug,
      locale: 'en',
      question: `How does ${marker} work? <img src=x onerror="window.__xss = 'q'">`,
      answer: PAYLOADS.join('\n\n'),
      category: 'account',
      tags: [marker, '<script>window.__xss = "t"</script>'],
    });
    await call('POST', `/admin/faq/${slug}/en/publish`, undefined, created.version);
  }, 180_000);
  afterAll(() => harness?.close());

  /** Opens a page, waits for `ready`, and reports any script the payloads managed to run. */
  async function executed(page: Page, path: string, ready: string): Promise<unknown[]> {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(path);
    await page.locator(ready).first().waitFor();
    await page.waitForTimeout(300); // let onerror/onload handlers of broken images fire
    const flag = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
    return [...(flag === undefined ? [] : [flag]), ...dialogs];
  }

  it('should notice a script that does run (the check itself can fail)', async () => {
    const page = await (await harness.context()).newPage();
    await page.addInitScript(() => {
      window.addEventListener('load', () => {
        (window as unknown as { __xss?: unknown }).__xss = 'ran';
      });
    });
    expect(await executed(page, `/en/help/article/?slug=${slug}`, '#article:not([hidden])')).toEqual(['ran']);
  });

  it('should show the article page with every payload inert', async () => {
    const page = await (await harness.context()).newPage();
    expect(await executed(page, `/en/help/article/?slug=${slug}`, '#article:not([hidden])')).toEqual([]);
    // The text is shown as text, not dropped: the customer sees what the admin wrote.
    expect(await page.locator('h1').textContent()).toContain(marker);
    expect(await page.locator('#article-answer script, #article-answer iframe, #article-answer svg').count()).toBe(0);
    const hrefs = await page.locator('#article-answer a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect(href ?? '').not.toMatch(/^\s*javascript:/i);
  });

  it('should show search results and their snippets with every payload inert', async () => {
    const page = await (await harness.context()).newPage();
    expect(await executed(page, `/en/help/?q=${marker}`, '#results-list li')).toEqual([]);
    expect(await page.locator('#results-list').textContent()).toContain(marker);
  });

  it('should show a ticket transcript of hostile chat messages to an admin with every payload inert', async () => {
    let sessionId: string | undefined;
    let ticketId: string | undefined;
    // The handoff asks for a summary (a payload too), the order and an email ("no" to both).
    const answers = [PAYLOADS[4] ?? PAYLOADS[0]!, 'no', 'no', 'no'];
    for (const message of [...PAYLOADS.slice(0, 4), `${marker} talk to a human`, ...answers]) {
      if (ticketId) break;
      const res = await fetch(`${harness.url}/api/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message, ...(sessionId ? { sessionId } : {}) }),
      });
      const body = (await res.json()) as { sessionId: string; handoff?: { ticketId: string } };
      sessionId = body.sessionId;
      ticketId = body.handoff?.ticketId ?? ticketId;
    }
    expect(ticketId, 'the conversation hands over to a person').toBeDefined();

    const page = await signInTo(await harness.context(), '/en/admin/');
    await open(page, '/en/admin/');
    expect(await executed(page, `/en/admin/tickets/view/?id=${ticketId}`, '#admin-content:not([hidden])')).toEqual([]);
    expect(await page.locator('#admin-content').textContent()).toContain('onerror');
  });
});
