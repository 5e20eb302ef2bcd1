import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say } from './chat/support';
import { axeViolations, signIn, startHarness, type Harness } from './support';

/** Access tokens live 31 s; the site renews them 30 s early, so every second one is due. */
const TOKEN_SECONDS = 31;

const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('portal.session') ?? 'null') as { refreshToken?: string } | null);

/** The status of every POST /api/auth/refresh the pages of `context` send. */
function refreshes(context: BrowserContext): number[] {
  const seen: number[] = [];
  context.on('response', (r) => {
    if (r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/auth/refresh') seen.push(r.status());
  });
  return seen;
}

describe('Site: sign-in that lasts, sign-out that clears', { timeout: 120_000 }, () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness({ LOCAL_TOKEN_SECONDS: String(TOKEN_SECONDS) });
  }, 180_000);
  afterAll(() => harness?.close());

  it('should stay signed in in a new tab, after the access token expires and after the browser is reopened', async () => {
    // Prepare
    const context = await harness.context();
    const seen = refreshes(context);
    // The refresh token the sign-in gave, from its response: read from storage afterwards, a busy
    // machine may already show the first renewal's (the first tab renews once the token is due).
    const signedIn = new Promise<string>((ok) =>
      context.on('response', async (r) => {
        if (r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/auth/login')
          ok(((await r.json()) as { refreshToken: string }).refreshToken);
      }),
    );
    const first = await context.newPage();
    await signIn(first);
    const before = { refreshToken: await signedIn };

    // Act: a new tab once the access token is due, two tabs renewing at the same moment.
    await first.waitForTimeout(1500);
    const [tabA, tabB] = await Promise.all([context.newPage(), context.newPage()]);
    await Promise.all([tabA.goto('/en/orders/'), tabB.goto('/en/profile/')]);
    await Promise.all([tabA.locator('#order-list li').first().waitFor(), tabB.locator('#profile-content').waitFor()]);

    // Assess: renewed silently (the tabs take turns: none is refused), with a new refresh token.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((status) => status === 200)).toBe(true);
    const after = await stored(tabA);
    expect(after?.refreshToken).toMatch(/^rt1\./);
    expect(after?.refreshToken).not.toBe(before?.refreshToken);
    expect(tabA.url()).toContain('/en/orders/');

    // Act: the browser closes and opens again with what it kept on disk.
    const state = await context.storageState();
    await context.close();
    const reopened = await harness.context({ storageState: state });
    const page = await reopened.newPage();
    await page.goto('/en/orders/');

    // Assess
    await page.locator('#order-list li').first().waitFor();
    expect(page.url()).toContain('/en/orders/');
  });

  it('should sign every tab out, the chat panel included, on a 390 px phone', async () => {
    // Prepare: one tab on the profile, another with a conversation in the chat panel.
    const context = await harness.context({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const profile = await context.newPage();
    await signIn(profile, 'mei@example.tw', 'zh');
    const help = await context.newPage();
    await help.goto('/zh/help/');
    await help.locator('#chat-launcher').click();
    await help.locator('#chat-panel').waitFor();
    await say(help, 'Where is my order?');
    expect(await help.locator('#chat-log .msg.me').count()).toBe(1);
    const { refreshToken } = (await stored(profile)) ?? {};

    // Act
    const reloaded = help.waitForEvent('load');
    await profile.locator('#sign-out').click();
    await profile.waitForURL('**/zh/signin/?signedout=1');
    await reloaded;

    // Assess: the other tab shows nobody's conversation, the tokens are gone and dead.
    await help.locator('#chat-launcher').waitFor();
    expect(await help.locator('#chat-log .msg.me').count()).toBe(0);
    const chat = await help.evaluate(() => JSON.parse(sessionStorage.getItem('portal.chat') ?? '{}'));
    expect(chat.sessionId).toBeUndefined();
    expect(chat.log ?? []).toEqual([]);
    expect(await stored(help)).toBeNull();
    expect(await help.locator('#sign-out').isHidden()).toBe(true);
    const refresh = await fetch(`${harness.url}/api/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
    expect(refresh.status).toBe(401);
    expect(await axeViolations(profile)).toEqual([]);
  });

  it('should send a protected page in another tab back to sign-in when the customer signs out', async () => {
    // Prepare
    const context = await harness.context();
    const orders = await context.newPage();
    await signIn(orders);
    await orders.goto('/en/orders/');
    await orders.locator('#order-list li').first().waitFor();
    const other = await context.newPage();
    await other.goto('/en/');

    // Act
    await other.getByRole('button', { name: 'Sign out' }).click();

    // Assess
    await orders.waitForURL('**/en/signin/?next=*');
    expect(new URL(orders.url()).searchParams.get('next')).toBe('/en/orders/');
    expect(await orders.locator('#order-list').count()).toBe(0);
  });
});
