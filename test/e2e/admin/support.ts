/** Shared steps for the admin console browser tests. */
import type { BrowserContext, Page } from 'playwright-core';
import { PASSWORD, apiToken } from '../support';

export const ADMIN = 'admin@example.com';

/** Signs in through the form and lands on an admin page (sign-in's `next`), content loaded. */
export async function signInTo(context: BrowserContext, path: string, email = ADMIN): Promise<Page> {
  const page = await context.newPage();
  // The editor asks before leaving unsaved edits (beforeunload); tests move on regardless.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`/en/signin/?next=${encodeURIComponent(path)}`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#signin-submit').click();
  await page.waitForURL((url) => url.pathname + url.search === path);
  if (email === ADMIN) await page.locator('#admin-content:not([hidden])').waitFor();
  return page;
}

/** Opens an admin page in an already signed-in tab and waits for its content. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('#admin-content:not([hidden])').waitFor();
}

/** A tiny client for arranging data through the admin API. */
export async function adminApi(url: string) {
  const token = await apiToken(url, ADMIN);
  return async function call<T>(method: string, path: string, body?: unknown, ifMatch?: number): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (ifMatch !== undefined) headers['if-match'] = `"${ifMatch}"`;
    const res = await fetch(`${url}/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  };
}

export interface Article {
  slug: string;
  locale: string;
  question: string;
  answer: string;
  version: number;
  status: string;
}

/** A unique slug per run, so tests never collide with seeded or earlier articles. */
export const uniqueSlug = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
