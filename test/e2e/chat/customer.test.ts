import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, apiToken, axeViolations, ordersOf, signIn, startHarness, type Harness } from '../support';
import { lastBot, openChat, say } from './support';

interface Insights {
  csat: { responses: number; average: number | null };
  bot: { handoffs: number };
}

describe('Chat widget: signed-in customer', { timeout: 90_000 }, () => {
  let harness: Harness;
  let page: Page;
  let orderNumbers: string[];

  beforeAll(async () => {
    harness = await startHarness();
    orderNumbers = (await ordersOf(harness.url, await apiToken(harness.url))).map((o) => o.orderNumber);
    page = await (await harness.context()).newPage();
    await signIn(page);
  }, 180_000);
  afterAll(() => harness?.close());

  it('should find her own order from her own words, sending her token', async () => {
    await page.goto('/en/orders/');
    await openChat(page);
    const request = page.waitForRequest((r) => r.url().endsWith('/api/chat'));
    await say(page, 'hey, has my stuff shipped yet?');
    expect((await request).headers().authorization).toMatch(/^Bearer \S+/);

    const choices = lastBot(page).locator('button[data-value]');
    if ((await choices.count()) > 0) {
      for (const value of await choices.evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.value)))
        expect(orderNumbers).toContain(value);
      const chosen = (await choices.first().getAttribute('data-value'))!;
      await choices.first().focus();
      await page.keyboard.press('Enter'); // a choice sends its value
      await page.locator(`#chat-log .chat-order[data-order="${chosen}"]`).waitFor();
      expect(await page.locator('#chat-log .msg.me').last().textContent()).toBe(`You:${chosen}`);
      expect(await page.locator('#chat-log .chat-choices button').first().isDisabled()).toBe(true); // old choices are spent
    } else {
      const card = lastBot(page).locator('.chat-order');
      expect(orderNumbers).toContain(await card.getAttribute('data-order'));
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chat-input');
  });

  it('should hand over to a human, show the ticket and list it on the profile', async () => {
    await say(page, 'I want to talk to a human');
    // The bot offers what it understood so far; the customer puts it in their own words.
    expect(await lastBot(page).textContent()).toContain("I'll pass this to a person.");
    await say(page, 'My lamp arrived broken');
    // Asked which order only when the conversation has not settled on one yet.
    const noOrder = lastBot(page).getByRole('button', { name: 'No particular order' });
    if (await noOrder.count()) await noOrder.click();
    const ticket = lastBot(page).locator('.chat-ticket');
    await ticket.waitFor();
    const id = /T-[A-Z0-9]+/.exec((await ticket.textContent()) ?? '')?.[0];
    expect(id).toBeDefined();
    expect(await ticket.textContent()).toBe(`Ticket ${id} was created. Our team will get back to you.`);
    expect(await page.locator('#chat-rate').isVisible()).toBe(true); // offered after a handoff
    expect(await axeViolations(page)).toEqual([]);

    await lastBot(page).getByRole('link', { name: 'See your support tickets' }).click();
    await page.waitForURL('**/en/profile/#tickets');
    const row = page.locator(`#ticket-list li[data-ticket="${id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(`Ticket ${id}`);
    expect(await row.locator('.badge').textContent()).toBe('New');
    expect(await row.textContent()).toContain('Your message: My lamp arrived broken');
    expect(await page.locator('#chat-log .chat-ticket').count()).toBe(1); // the widget kept the conversation
  });

  it('should post the rating once', async () => {
    const before = (
      await apiGet<Insights>(harness.url, '/admin/insights', await apiToken(harness.url, 'admin@example.com'))
    ).csat.responses;
    const ratings: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/rating')) ratings.push(r.postData() ?? '');
    });
    await page.getByRole('button', { name: '4 out of 5' }).click();
    await page.locator('#chat-rate button[aria-pressed="true"]').waitFor();
    expect(await page.locator('#chat-notice').textContent()).toBe('Thank you for your rating.');
    expect(await page.getByRole('button', { name: '5 out of 5' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '4 out of 5' }).click(); // pressed already: nothing more to send

    await page.reload();
    await page.locator('#chat-rate').waitFor();
    expect(await page.getByRole('button', { name: '4 out of 5' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: '2 out of 5' }).isDisabled()).toBe(true);

    expect(ratings).toEqual(['{"score":4}']);
    const after = (
      await apiGet<Insights>(harness.url, '/admin/insights', await apiToken(harness.url, 'admin@example.com'))
    ).csat.responses;
    expect(after).toBe(before + 1);
  });

  it('should show the tickets section on the profile in every language', async () => {
    await page.goto('/vi/profile/');
    await page.locator('#ticket-list[aria-busy="false"]').waitFor();
    expect(await page.locator('#tickets-title').textContent()).toBe('Yêu cầu hỗ trợ của tôi');
    expect(await page.locator('#ticket-list li .badge').first().textContent()).toBe('Mới');
  });

  it('should show help for the order on its detail page', async () => {
    const orders = await ordersOf(harness.url, await apiToken(harness.url));
    const delivered = orders.find((o) => o.status === 'delivered');
    const shipped = orders.find((o) => o.status === 'shipped');
    if (shipped) {
      await page.goto(`/en/orders/view/?n=${shipped.orderNumber}`);
      await page.locator('#order-help-list[aria-busy="false"]').waitFor();
      expect(await page.locator('#order-help-title').textContent()).toBe('Help with this order');
      expect(await page.locator('#order-help-list a[href*="slug=track-order"]').count()).toBe(1);
    }
    if (delivered) {
      await page.goto(`/en/orders/view/?n=${delivered.orderNumber}`);
      await page.locator('#order-help-list[aria-busy="false"]').waitFor();
      expect(await page.locator('#order-help-list a[href*="slug=return-item"]').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});
