import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handoff } from '../../helpers/tickets';
import { apiToken, axeViolations, startHarness, type Harness } from '../support';
import { adminApi, open, signInTo } from './support';

type Saved = { replies: { title: string; body: string }[]; version: number };

describe('Saved replies: an agent keeps the canned answers of a language, and a ticket offers them', () => {
  let harness: Harness;
  let agent: Page;
  let call: Awaited<ReturnType<typeof adminApi>>;

  beforeAll(async () => {
    harness = await startHarness();
    call = await adminApi(harness.url);
    agent = await signInTo(await harness.context(), '/en/admin/saved-replies/', 'agent@example.com');
    await agent.locator('#admin-content:not([hidden])').waitFor();
  });
  afterAll(() => harness?.close());

  it('should add, refuse an empty reply, save, and find no accessibility violations', async () => {
    expect(await agent.locator('#saved-meta').textContent()).toBe('No saved replies in this language yet.');
    await agent.locator('#saved-add').click();
    await agent.getByLabel('Title (what agents pick)').fill('Replacement on its way');
    await agent.locator('#saved-add').click();
    await agent.getByRole('button', { name: 'Save replies' }).click();
    await agent.locator('#saved-status', { hasText: 'Give every reply a title and a text' }).waitFor();
    expect(await agent.locator('[aria-invalid="true"]').count()).toBe(3);

    await agent.getByRole('button', { name: 'Remove reply 2' }).click();
    await agent.getByLabel('Text (Markdown)').fill('Sorry! **A new one** leaves our warehouse today.');
    await agent.getByRole('button', { name: 'Save replies' }).click();
    await agent.locator('#saved-status', { hasText: 'Saved: version 1.' }).waitFor();
    expect(await agent.locator('#saved-meta').textContent()).toContain('saved by agent@example.com');
    expect(await axeViolations(agent)).toEqual([]);
    expect(await call<Saved>('GET', '/admin/saved-replies/en')).toMatchObject({
      version: 1,
      replies: [{ title: 'Replacement on its way', body: 'Sorry! **A new one** leaves our warehouse today.' }],
    });
  });

  it('should keep what the agent typed when someone saved meanwhile, and load theirs on request', async () => {
    await call('PUT', '/admin/saved-replies/en', { replies: [{ title: 'By the admin', body: 'Theirs.' }] }, 1);
    await agent.getByLabel('Title (what agents pick)').fill('Mine, edited');
    await agent.getByRole('button', { name: 'Save replies' }).click();
    await agent.locator('#saved-status', { hasText: 'Not saved:' }).waitFor();
    expect(await agent.locator('#saved-status').textContent()).toContain('admin@example.com');
    expect(await agent.getByLabel('Title (what agents pick)').inputValue()).toBe('Mine, edited');

    await agent.getByRole('button', { name: 'Load their version' }).click();
    await agent.locator('#saved-meta', { hasText: 'Version 2' }).waitFor();
    expect(await agent.getByLabel('Title (what agents pick)').inputValue()).toBe('By the admin');
  });

  it('should keep each language apart, and offer the ticket language list on a ticket', async () => {
    await agent.locator('#saved-locale').selectOption('de');
    await agent.locator('#saved-meta', { hasText: 'No saved replies in this language yet.' }).waitFor();
    expect(await agent.locator('#saved-list li').count()).toBe(0);

    const { ticketId } = await handoff(harness.url, { token: await apiToken(harness.url), summary: 'Broken lamp' });
    await open(agent, `/en/admin/tickets/view/?id=${ticketId}`);
    await agent.locator('#saved-field:not([hidden])').waitFor();
    await agent.locator('#saved-reply').selectOption({ label: 'By the admin' });
    expect(await agent.locator('#reply-body').inputValue()).toBe('Theirs.');
  });
});
