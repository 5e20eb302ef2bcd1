/** Helpers for driving the chat widget the way a customer does. */
import type { Page } from 'playwright-core';

/** Opens the widget with its launcher; the message input gets the focus. */
export async function openChat(page: Page, name: string | RegExp = /Chat with us|Chat mit uns/): Promise<void> {
  await page.getByRole('button', { name }).click();
  await page.locator('#chat-panel').waitFor();
}

/** Sends a message and waits for the bot's answer to it. */
export async function say(page: Page, message: string): Promise<void> {
  const before = await page.locator('#chat-log .msg.bot').count();
  await page.locator('#chat-input').fill(message);
  await page.locator('#chat-input').press('Enter');
  await page.locator('#chat-log .msg.bot').nth(before).waitFor();
}

/** The newest bot message's text. */
export const lastBot = (page: Page) => page.locator('#chat-log .msg.bot').last();
