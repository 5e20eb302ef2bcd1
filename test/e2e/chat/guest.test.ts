import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, axeViolations, ordersOf, startHarness, type Harness } from '../support';
import { lastBot, openChat, say } from './support';

describe('Chat widget: guest', { timeout: 90_000 }, () => {
  let harness: Harness;
  let orderNumber: string;

  beforeAll(async () => {
    harness = await startHarness();
    const orders = await ordersOf(harness.url, await apiToken(harness.url));
    orderNumber = (orders.find((o) => o.status === 'shipped') ?? orders[0]!).orderNumber;
  }, 180_000);
  afterAll(() => harness?.close());

  const freshPage = async (): Promise<Page> => (await harness.context()).newPage();

  it('should load the conversation only on first use, and move nothing on the page when it arrives', async () => {
    const page = await freshPage();
    await page.addInitScript(() => {
      const w = window as unknown as { shifted: number };
      w.shifted = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) w.shifted += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (/\.(js|css)$/.test(new URL(r.url()).pathname)) scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/en/help/');
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => /\/(widget|panel)\./.test(s))).toEqual([]);
    expect(await page.locator('#chat-launcher').isVisible()).toBe(true);

    await openChat(page);
    expect(scripts.some((s) => /\/widget\.[\w-]+\.js$/.test(s))).toBe(true);
    expect(scripts.some((s) => /\/panel\.[\w-]+\.css$/.test(s))).toBe(true);
    expect(await page.locator('#chat-panel').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBe(0);
  });

  it('should ask for the order number and email, then show the order card', async () => {
    const page = await freshPage();
    await page.goto('/en/');
    await openChat(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chat-input');

    await say(page, 'where is my order');
    expect(await lastBot(page).textContent()).toMatch(/order number/i);
    await say(page, orderNumber);
    expect(await lastBot(page).textContent()).toMatch(/email/i);
    await say(page, 'ana@example.com');

    const card = page.locator(`#chat-log .chat-order[data-order="${orderNumber}"]`);
    await card.waitFor();
    expect(await card.locator('.badge').textContent()).toBe('Shipped');
    expect(await card.textContent()).toMatch(/Expected delivery: /);
    const track = card.getByRole('link', { name: /Track the parcel/ });
    expect(await track.getAttribute('target')).toBe('_blank');
    expect(await track.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await page.locator('#chat-log').getAttribute('role')).toBe('log');
    expect(await page.locator('#chat-log').getAttribute('aria-live')).toBe('polite');

    // the conversation, its session and the open panel survive a page navigation
    const sessionId = await page.evaluate(
      () => JSON.parse(sessionStorage.getItem('portal.chat') ?? '{}').sessionId as string,
    );
    await page.getByRole('link', { name: 'Help', exact: true }).click();
    await page.waitForURL('**/en/help/');
    await card.waitFor();
    expect(await page.locator('#chat-panel').isVisible()).toBe(true);
    expect(await page.locator('#chat-log .msg.me').allTextContents()).toEqual([
      'You:where is my order',
      `You:${orderNumber}`,
      'You:ana@example.com',
    ]);
    await say(page, 'thanks');
    expect(
      await page.evaluate(() => JSON.parse(sessionStorage.getItem('portal.chat') ?? '{}').sessionId as string),
    ).toBe(sessionId);
  });

  it('should answer in German when the customer writes German on an English page', async () => {
    const page = await freshPage();
    await page.goto('/en/track/');
    await openChat(page);
    const request = page.waitForRequest((r) => r.url().endsWith('/api/chat') && r.method() === 'POST');
    await say(page, 'Wo ist meine Bestellung?');
    const sent = (await request).postDataJSON() as { locale: string; sessionId?: string };
    expect(sent.locale).toBe('en'); // the page's language by default
    expect(sent.sessionId).toBeUndefined();
    expect((await request).headers().authorization).toBeUndefined(); // a guest sends no token
    expect(await lastBot(page).getAttribute('lang')).toBe('de');
    expect(await lastBot(page).textContent()).toMatch(/Bestellnummer/);
  });

  it('should write in the page language by default', async () => {
    const page = await freshPage();
    await page.goto('/de/');
    await openChat(page, 'Chat mit uns');
    expect(await page.getByRole('textbox', { name: 'Ihre Nachricht' }).isVisible()).toBe(true);
    await say(page, 'Hallo');
    expect(await lastBot(page).getAttribute('lang')).toBe('de');
  });

  it('should work with the keyboard only', async () => {
    const page = await freshPage();
    await page.goto('/en/help/');
    for (let i = 0; i < 60 && (await page.evaluate(() => document.activeElement?.id)) !== 'chat-launcher'; i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chat-launcher');
    await page.keyboard.press('Enter');
    // The widget's module arrives on first use (intent on focus): the focus moves in once it is there.
    await page.waitForFunction(() => document.activeElement?.id === 'chat-input');
    expect(await page.locator('#chat-launcher').getAttribute('aria-expanded')).toBe('true');

    await page.keyboard.type('where is my order');
    await page.keyboard.press('Enter');
    await page.locator('#chat-log .msg.bot').nth(1).waitFor();
    await page.keyboard.type(orderNumber);
    await page.keyboard.press('Enter');
    await page.locator('#chat-log .msg.bot').nth(2).waitFor();
    await page.keyboard.type('ana@example.com');
    await page.keyboard.press('Enter');
    await page.locator('#chat-log .chat-order').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chat-input');

    await page.keyboard.press('Escape');
    expect(await page.locator('#chat-panel').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chat-launcher');
    expect(await page.locator('#chat-launcher').getAttribute('aria-expanded')).toBe('false');

    // reopening after a close offers the rating; it is reachable with Tab
    await page.keyboard.press('Enter');
    await page.locator('#chat-rate').waitFor();
    await page.keyboard.down('Shift');
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.hasAttribute('data-score'))); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Enter');
    await page.locator('#chat-rate button[aria-pressed="true"]').waitFor();
    expect(await page.locator('#chat-notice').textContent()).toBe('Thank you for your rating.');
  });

  it('should show a polite wait message when rate limited and keep the message', async () => {
    const page = await freshPage();
    await page.route('**/api/chat', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'content-type': 'application/problem+json', 'retry-after': '20' },
        body: JSON.stringify({ type: 'about:blank', title: 'Too Many Requests', status: 429 }),
      }),
    );
    await page.goto('/en/');
    await openChat(page);
    await page.locator('#chat-input').fill('hello there');
    await page.locator('#chat-input').press('Enter');
    await page.locator('#chat-notice:not(:empty)').waitFor();
    expect(await page.locator('#chat-notice').textContent()).toBe(
      'You are sending messages very quickly. Please wait 20 seconds and try again.',
    );
    expect(await page.locator('#chat-input').inputValue()).toBe('hello there');
    expect(await page.locator('#chat-log .msg.me').count()).toBe(0);
    expect(await page.locator('#chat-log .chat-typing').count()).toBe(0);
  });

  it('should find no axe violations with the widget open', async () => {
    const page = await freshPage();
    await page.goto('/en/');
    await openChat(page);
    expect(await axeViolations(page)).toEqual([]);
    await say(page, 'where is my order');
    await say(page, orderNumber);
    await say(page, 'ana@example.com');
    await page.locator('#chat-log .chat-order').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/vi/help/?q=hoa%20don');
    await page.locator('#help-results[aria-busy="false"]').waitFor();
    await page.locator('#chat-rate').waitFor(); // three turns: the rating is offered
    expect(await axeViolations(page)).toEqual([]);
  });
});
