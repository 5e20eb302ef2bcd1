import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handoff } from '../../helpers/tickets';
import { apiToken, axeViolations, signIn, startHarness, type Harness } from '../support';
import { adminApi, signInTo } from './support';

/** Presses Tab until `target` has the focus (keyboard only), or fails. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

describe('Ticket workspace: an agent works a ticket with the keyboard, the customer answers', () => {
  let harness: Harness;
  let agent: Page;
  let customer: Page;
  let ticketId: string;
  let call: Awaited<ReturnType<typeof adminApi>>;

  beforeAll(async () => {
    harness = await startHarness();
    call = await adminApi(harness.url);
    ticketId = (await handoff(harness.url, { token: await apiToken(harness.url), summary: 'My rug arrived stained' }))
      .ticketId;
    agent = await signInTo(await harness.context(), '/en/admin/tickets/', 'agent@example.com');
    customer = await (await harness.context()).newPage();
    await signIn(customer);
  });
  afterAll(() => harness?.close());

  const ticket = () =>
    call<{ status: string; assignee?: string; messages: { body: string }[] }>('GET', `/admin/tickets/${ticketId}`);

  it('should take the ticket from the queue, answer and add a note, with the keyboard alone', async () => {
    await agent.locator('#admin-content:not([hidden])').waitFor();
    expect(await agent.locator('#ticket-views a[data-view="unassigned"]').textContent()).toBe('Unassigned (1)');
    expect(await axeViolations(agent)).toEqual([]);

    await tabTo(agent, agent.locator('#ticket-table').getByRole('link', { name: ticketId }));
    await agent.keyboard.press('Enter');
    await agent.waitForURL(`**/admin/tickets/view/?id=${ticketId}`);
    await agent.locator('#admin-content:not([hidden])').waitFor();
    expect(await agent.locator('#ticket-facts').textContent()).toContain('My rug arrived stained');
    expect(await agent.locator('#picture').textContent()).toContain('Ana Souza');

    await tabTo(agent, agent.locator('#assign-me'));
    await agent.keyboard.press('Enter');
    await agent.locator('#ticket-facts', { hasText: 'agent@example.com' }).waitFor();
    expect((await ticket()).assignee).toBe('agent@example.com');

    // An FAQ article's link and summary go into the reply from the search box.
    await tabTo(agent, agent.locator('#faq-q'));
    await agent.keyboard.type('return an item');
    await agent.keyboard.press('Enter');
    const insert = agent.locator('#faq-hits button').first();
    await insert.waitFor();
    await tabTo(agent, insert);
    await agent.keyboard.press('Enter');
    expect(await agent.locator('#reply-body').inputValue()).toMatch(/^\[.+\]\(http.+\/en\/help\/article\/\?slug=/);
    expect(await agent.evaluate(() => document.activeElement?.id)).toBe('reply-body');
    await agent.keyboard.press('Enter');
    await agent.keyboard.type('Sorry about that: **a new rug** is on its way.');
    await tabTo(agent, agent.locator('#reply-send'));
    await agent.keyboard.press('Enter');
    await agent.locator('#reply-status', { hasText: 'Sent: the customer gets a message.' }).waitFor();

    await tabTo(agent, agent.locator('#reply-body'));
    await agent.keyboard.type('INTERNAL: replacement approved');
    await tabTo(agent, agent.locator('#reply-internal'));
    await agent.keyboard.press('Space');
    await tabTo(agent, agent.locator('#reply-send'));
    await agent.keyboard.press('Enter');
    await agent.locator('#reply-status', { hasText: 'Internal note added.' }).waitFor();
    expect(await agent.locator('#thread li[data-internal]').textContent()).toContain('INTERNAL: replacement approved');
    expect(await agent.locator('#thread li strong').first().textContent()).toBe('a new rug');
    expect((await ticket()).status).toBe('waiting');
    expect((await ticket()).messages[0]!.body).toContain('/en/help/article/?slug=');
    expect(await axeViolations(agent)).toEqual([]);
  });

  it('should show the customer the reply (never the note) on the profile, and take the answer', async () => {
    await customer.goto(`/en/profile/?ticket=${ticketId}#tickets`);
    const thread = customer.locator(`#ticket-list li[data-ticket="${ticketId}"] .ticket-conversation`);
    await thread.locator('.thread').waitFor();
    expect(await thread.textContent()).toContain('a new rug');
    expect(await thread.textContent()).not.toContain('INTERNAL');

    const box = thread.getByLabel('Your answer');
    await tabTo(customer, box, 120);
    await customer.keyboard.type('Thank you, the old one can go back?');
    await customer.keyboard.press('Tab');
    await customer.keyboard.press('Enter');
    await thread.locator('[role=status]', { hasText: 'Sent: the team will see it.' }).waitFor();
    expect((await ticket()).messages.map((m) => m.body)).toContain('Thank you, the old one can go back?');
    expect((await ticket()).status).toBe('open');
    expect(await axeViolations(customer)).toEqual([]);
  });

  it('should solve the ticket with the keyboard, and the customer rates the help once', async () => {
    await agent.reload();
    await agent.locator('#thread li', { hasText: 'the old one can go back' }).waitFor();
    await tabTo(agent, agent.locator('#new-status'));
    await agent.keyboard.type('Sol');
    await tabTo(agent, agent.locator('#status-save'));
    await agent.keyboard.press('Enter');
    await agent.locator('#ticket-status', { hasText: 'Status changed to Solved' }).waitFor();
    expect((await ticket()).status).toBe('solved');

    await customer.reload();
    const item = customer.locator(`#ticket-list li[data-ticket="${ticketId}"]`);
    const rate = item.locator('.ticket-rate');
    await rate.waitFor();
    await tabTo(customer, rate.locator('input[type=radio]').first(), 120);
    for (let i = 0; i < 3; i++) await customer.keyboard.press('ArrowRight');
    await tabTo(customer, rate.getByRole('button', { name: 'Send rating' }));
    await customer.keyboard.press('Enter');
    await item.getByText('Thank you: you rated our help 4 out of 5.').waitFor();
    expect(await axeViolations(customer)).toEqual([]);
  });
});
