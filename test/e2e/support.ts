/** Shared set-up for the browser tests: one portal and one Chromium per test file. */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startPortal } from '../helpers/portal';

export const PASSWORD = process.env.DEMO_PASSWORD ?? 'demo-password';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  url: string;
  browser: Browser;
  /** A fresh browser profile (own storage), optionally with a browser language or viewport. */
  context(options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext>;
  close(): Promise<void>;
  /** The portal's own mail catcher (maildev web UI and REST API), when the harness started the portal. */
  mail?: { webUrl: string };
}

/** Starts the portal (or uses PORTAL_URL) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium). */
export async function startHarness(
  env: Record<string, string> = {},
  options: { connectSources?: string[] } = {},
): Promise<Harness> {
  const portal = process.env.PORTAL_URL
    ? undefined
    : await startPortal({ env: { RATE_LIMIT_MULTIPLIER: '1000', ...env }, connectSources: options.connectSources });
  const url = (process.env.PORTAL_URL ?? portal?.url ?? '').replace(/\/$/, '');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const contexts: BrowserContext[] = [];
  return {
    url,
    browser,
    ...(portal?.mail ? { mail: { webUrl: portal.mail.webUrl } } : {}),
    async context(options = {}) {
      const context = await browser.newContext({ baseURL: url, locale: 'en-US', ...options });
      context.setDefaultTimeout(45_000); // the CI box may be busy; a real hang still fails
      contexts.push(context);
      return context;
    },
    async close() {
      await Promise.allSettled(contexts.map((c) => c.close()));
      await browser.close();
      await portal?.stop();
    },
  };
}

/** Signs in through the form, the way a customer does, and waits for the profile. */
export async function signIn(page: Page, email = 'ana@example.com', locale = 'en'): Promise<void> {
  await page.goto(`/${locale}/signin/`);
  await page
    .getByLabel(/email|E-Mail|電子郵件/i)
    .first()
    .fill(email);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#signin-submit').click();
  await page.waitForURL(`**/${locale}/profile/`);
  await page.locator('#profile-content').waitFor();
}

/** An access token straight from the API, for arranging data. */
export async function apiToken(url: string, email = 'ana@example.com'): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

export async function apiGet<T>(url: string, path: string, token?: string): Promise<T> {
  const res = await fetch(`${url}/api${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return (await res.json()) as T;
}

interface OrderRow {
  orderNumber: string;
  status: string;
  statusText?: string;
  tracking?: { carrier: string; trackingNumber: string };
  timeline?: unknown[];
  actions?: { canCancel: boolean };
}

/** The customer's orders, each with its detail (so tests never hard-code order numbers). */
export async function ordersOf(url: string, token: string): Promise<OrderRow[]> {
  const { orders } = await apiGet<{ orders: OrderRow[] }>(url, '/orders?limit=50', token);
  return Promise.all(orders.map((o) => apiGet<OrderRow>(url, `/orders/${encodeURIComponent(o.orderNumber)}`, token)));
}

/** axe-core violations on the page as it is now (WCAG 2.x A/AA and best practices). */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
