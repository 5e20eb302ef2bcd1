import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caughtMails } from '../../helpers/portal';
import { handoff } from '../../helpers/tickets';
import { apiToken, axeViolations, startHarness, type Harness } from '../support';

/**
 * A guest's ticket through the signed link of the reply mail: no sign-in, the whole thread, an
 * answer that reaches the agent; a tampered link explains itself.
 */
describe('Guest ticket link: a guest answers the agent from the reply mail', { timeout: 120_000 }, () => {
  let harness: Harness;
  let agent: string;
  let ticketId: string;
  let linkPath = '';
  const email = `guest-${Date.now().toString(36)}@example.org`;

  beforeAll(async () => {
    harness = await startHarness();
    agent = await apiToken(harness.url, 'agent@example.com');
    ({ ticketId } = await handoff(harness.url, { summary: 'My kettle leaks', email }));
    const reply = await fetch(`${harness.url}/api/admin/tickets/${ticketId}/replies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${agent}` },
      body: JSON.stringify({ body: 'Sorry! Could you send a **photo** of the leak?' }),
    });
    expect(reply.status).toBe(201);
    // The outbox drains by itself; the mail carries the signed link to the guest's one ticket.
    for (let i = 0; i < 60 && !linkPath; i++) {
      const mail = (await caughtMails(harness.mail?.webUrl ?? '')).find((m) => m.to.some((t) => t.address === email));
      const href = /href="([^"]*\/help\/ticket\/\?t=[^"]+)"/.exec(mail?.html ?? '')?.[1]?.replaceAll('&amp;', '&');
      if (href) linkPath = new URL(href).pathname + new URL(href).search;
      else await new Promise((ok) => setTimeout(ok, 250));
    }
  }, 180_000);
  afterAll(() => harness?.close());

  it('should show the thread without a sign-in, take the answer, and pass it to the agent', async () => {
    // Prepare
    const page = await (await harness.context()).newPage();

    // Act
    await page.goto(linkPath);
    await page.getByText('Could you send a').waitFor();
    const violations = await axeViolations(page);
    await page.getByLabel('Your answer').fill('Here it is: the base drips after a minute.');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Sent: the team will see it.').waitFor();
    const seen = await fetch(`${harness.url}/api/admin/tickets/${ticketId}`, {
      headers: { authorization: `Bearer ${agent}` },
    }).then((r) => r.json() as Promise<{ messages: { author: { role: string }; body: string }[] }>);

    // Assess
    expect(linkPath).toMatch(/^\/en\/help\/ticket\/\?t=/);
    expect(violations).toEqual([]);
    expect(await page.locator('#guest-ticket-meta').textContent()).toContain('My kettle leaks');
    expect(await page.locator('#guest-ticket strong').first().textContent()).toBe('photo');
    expect(seen.messages.map((m) => [m.author.role, m.body])).toContainEqual([
      'customer',
      'Here it is: the base drips after a minute.',
    ]);
  });

  it('should explain a tampered link instead of showing anything', async () => {
    // Prepare
    const page = await (await harness.context()).newPage();
    const tampered = linkPath.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));

    // Act
    await page.goto(tampered);
    const alert = page.getByRole('alert');
    await alert.waitFor();

    // Assess
    expect(await alert.textContent()).toBe(
      'This link is not valid or has expired. Start a new chat if you still need help.',
    );
    expect(await page.getByLabel('Your answer').count()).toBe(0);
  });
});
