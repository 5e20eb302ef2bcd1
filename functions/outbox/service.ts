import { createHash, randomUUID } from 'node:crypto';
import { localeInfo, type Locale } from '../../locales/registry';
import { messagesText } from '../../locales/message-packs';
import type { Config } from '../config';
import { logger } from '../commons/logger';
import type { Stores } from '../store';
import {
  nextAttempt,
  parseQuietHours,
  sendableAt,
  type MailSender,
  type MessageKind,
  type OutboxMessage,
  type RetryPolicy,
  type WebhookSender,
} from './domain/message';
import { renderMessage, type OrderFacts } from './domain/render';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './domain/unsubscribe-token';

/** What the outbox needs from the app. */
export interface OutboxDeps {
  stores: Stores;
  now: () => Date;
  config: Config;
  mail: MailSender;
  /** Posts signed webhooks to the shop (messages with `webhook`). */
  webhooks?: WebhookSender;
  /** Asks for a drain soon (the local server drains at once; on AWS the schedule does). */
  wakeOutbox: () => void;
}

export interface MessageInput {
  kind: MessageKind;
  to: string;
  customerId: string;
  locale: Locale;
  facts: OrderFacts;
  /**
   * What makes this message unique, e.g. [orderNumber, eventId, kind]: the same key gives the same
   * message id, so a replayed event enqueues nothing twice. A random id when left out.
   */
  key?: readonly string[];
  /** The customer's time zone for quiet hours; the locale's zone when left out. */
  timeZone?: string;
  /** Send only once this item exists: the key of an item the causing change writes (see `enqueueBefore`). */
  confirm?: { pk: string; sk: string };
  /** Not before this time (then quiet hours apply from there): a message asked for days ahead. */
  notBefore?: Date;
  /** Withdrawn at send time when this item exists (see OutboxMessage.unless). */
  unless?: { pk: string; sk: string };
  /** Read the customer's consent again at send time (see OutboxMessage.recheckConsent). */
  recheckConsent?: boolean;
}

/** The id of the message a key names (stable), or a fresh one. */
export const messageIdOf = (key?: readonly string[]) =>
  `M-${key ? createHash('sha256').update(key.join('\u0000')).digest('hex').slice(0, 24) : randomUUID().replaceAll('-', '').slice(0, 24)}`;

/** The link that turns order updates off for this customer. */
export const unsubscribeUrlOf = (config: Config, customerId: string) =>
  `${config.PUBLIC_URL}/api/unsubscribe?token=${signUnsubscribeToken(config.UNSUBSCRIBE_SECRET, customerId)}`;

/**
 * A rendered, pending message, not yet stored: hand it to `outboxPutItem` in the transaction of
 * the change that causes it (or to `enqueue`). Non-urgent kinds wait out quiet hours.
 */
export function composeMessage(
  { config, now }: Pick<OutboxDeps, 'config' | 'now'>,
  input: MessageInput,
): OutboxMessage {
  const at = now();
  const from = input.notBefore && input.notBefore > at ? input.notBefore : at;
  const unsubscribeUrl = unsubscribeUrlOf(config, input.customerId);
  const rendered = renderMessage(input.kind, input.facts, input.locale, { baseUrl: config.PUBLIC_URL, unsubscribeUrl });
  const timeZone = input.timeZone ?? localeInfo(input.locale).timeZone;
  return {
    id: messageIdOf(input.key),
    to: input.to.toLowerCase(),
    customerId: input.customerId,
    kind: input.kind,
    locale: input.locale,
    orderNumber: input.facts.orderNumber,
    ...rendered,
    unsubscribeUrl,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: sendableAt(input.kind, from, timeZone, parseQuietHours(config.QUIET_HOURS)).toISOString(),
    createdAt: at.toISOString(),
    ...(input.confirm ? { confirm: { pk: input.confirm.pk, sk: input.confirm.sk } } : {}),
    ...(input.unless ? { unless: { pk: input.unless.pk, sk: input.unless.sk } } : {}),
    ...(input.recheckConsent ? { recheckConsent: true } : {}),
  };
}

/** Lists a message on its recipient's page for staff (messages sent). */
const rememberFor = ({ stores }: Pick<OutboxDeps, 'stores'>, message: OutboxMessage) =>
  stores.directory.rememberMessage(message.to, message.id, message.createdAt);

/**
 * The outbox without a transaction: enqueues `message` (with its `confirm` key) first, then runs
 * the change that writes the confirm item, then wakes the drain. A crash after the change loses
 * nothing (the message is stored); a crash before it sends nothing (the confirm item never
 * appears and the message is dropped after OUTBOX_CONFIRM_GRACE_SECONDS). The same message id
 * twice (a replayed event) enqueues once.
 */
export async function enqueueBefore<T>(deps: OutboxDeps, message: OutboxMessage, change: () => Promise<T>): Promise<T> {
  if (!message.confirm) throw new Error('enqueueBefore needs a message with a confirm key');
  await Promise.all([deps.stores.outbox.enqueue(message), rememberFor(deps, message)]);
  const result = await change();
  deps.wakeOutbox();
  return result;
}

/**
 * Enqueues a message on its own (callers with no write of their own to join) if the customer
 * wants order updates; returns it, or undefined when they opted out or it was already enqueued.
 * A caller that has just read the customer's profile passes it, so it is not read again.
 */
export async function enqueue(
  deps: OutboxDeps,
  input: MessageInput,
  known?: { profile: { preferences: { orderUpdates: boolean } } | undefined },
): Promise<OutboxMessage | undefined> {
  const profile = known ? known.profile : await deps.stores.customers.get(input.customerId);
  if (profile && !profile.preferences.orderUpdates) return undefined;
  const message = composeMessage(deps, input);
  // The customer's reference is written on every try, so a replay mends a crash between the two.
  const [created] = await Promise.all([deps.stores.outbox.enqueue(message), rememberFor(deps, message)]);
  if (created) deps.wakeOutbox();
  return created ? message : undefined;
}

export interface DrainResult {
  sent: number;
  retrying: number;
  failed: number;
  /** Not sent on purpose: answered meanwhile, or the customer no longer wants mail. */
  withdrawn: number;
  /** Due messages another drain had, or that changed meanwhile. */
  skipped: number;
}

const policyOf = (config: Config): RetryPolicy => ({
  maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
  baseMs: config.OUTBOX_RETRY_BASE_MS,
  maxMs: config.OUTBOX_RETRY_MAX_MS,
});

/** Why a claimed message should not go out after all (its `unless` item exists, consent is gone), or undefined. */
async function withdrawReason({ stores }: Pick<OutboxDeps, 'stores'>, message: OutboxMessage) {
  if (message.unless && (await stores.outbox.exists(message.unless))) return 'No longer needed (answered meanwhile)';
  if (!message.recheckConsent) return undefined;
  const profile = await stores.customers.get(message.customerId);
  if (!profile) return 'The customer is gone';
  if (!profile.preferences.orderUpdates || profile.preferences.contactChannel !== 'email')
    return 'The customer no longer wants these emails';
  return undefined;
}

/**
 * Sends every message due now, once: each is claimed with a conditional update before its send
 * (a racing drain's claim fails and it skips the message), marked sent after it; a failed send
 * is retried with exponential backoff and marked failed after the last try.
 */
export async function drain(deps: OutboxDeps, options: { limit?: number; by?: string } = {}): Promise<DrainResult> {
  const by = options.by ?? randomUUID();
  const result: DrainResult = { sent: 0, retrying: 0, failed: 0, withdrawn: 0, skipped: 0 };
  const store = deps.stores.outbox;
  for (const { id, confirm, createdAt } of await store.due(deps.now(), options.limit ?? 50)) {
    const now = deps.now();
    // A message waiting for its change: not yet (skip), or never (drop it as failed).
    const unconfirmed = confirm && !(await store.exists(confirm));
    const abandoned =
      unconfirmed && now.getTime() - Date.parse(createdAt) > deps.config.OUTBOX_CONFIRM_GRACE_SECONDS * 1000;
    if (unconfirmed && !abandoned) {
      result.skipped++;
      continue;
    }
    const claimed = await store.claim(id, {
      by,
      now,
      until: new Date(now.getTime() + deps.config.OUTBOX_LEASE_SECONDS * 1000),
    });
    if (!claimed) {
      result.skipped++;
      continue;
    }
    if (abandoned) {
      await store.markFailed(id, by, 'The change that caused this message was never written');
      result.failed++;
      continue;
    }
    const withdraw = await withdrawReason(deps, claimed);
    if (withdraw) {
      await store.markWithdrawn(id, by, withdraw);
      result.withdrawn++;
      continue;
    }
    try {
      // A webhook to the shop goes out signed with the shop's secret; everything else is mail.
      if (claimed.webhook) {
        if (!deps.webhooks) throw new Error('This function does not post webhooks');
        await deps.webhooks.send({ id: claimed.id, ...claimed.webhook });
      } else await deps.mail.send(claimed);
      await store.markSent(id, by, deps.now());
      result.sent++;
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const next = nextAttempt(claimed.attempts, deps.now(), policyOf(deps.config));
      await store.markFailed(id, by, reason, next);
      if (next) result.retrying++;
      else result.failed++;
      logger.warn('outbox send failed', { messageId: id, attempts: claimed.attempts, final: !next, reason });
    }
  }
  return result;
}

/**
 * Queues a webhook call to the shop (SHOP_WEBHOOK_URL), delivered and retried by the drain like
 * mail; the same `key` twice queues one call. Nothing when no webhook is configured.
 */
export async function enqueueShopWebhook(
  deps: OutboxDeps,
  input: { event: string; key: readonly string[]; orderNumber: string; customerId: string; payload: unknown },
): Promise<OutboxMessage | undefined> {
  const url = deps.config.SHOP_WEBHOOK_URL;
  if (!url) return undefined;
  const id = messageIdOf(['webhook', ...input.key]);
  const at = deps.now().toISOString();
  const body = JSON.stringify({ id, event: input.event, occurredAt: at, data: input.payload });
  const message: OutboxMessage = {
    id,
    to: url,
    customerId: input.customerId,
    kind: 'shop_address_changed',
    locale: 'en',
    orderNumber: input.orderNumber,
    subject: `${input.event} ${input.orderNumber}`,
    text: body,
    html: '',
    unsubscribeUrl: '',
    status: 'pending',
    attempts: 0,
    nextAttemptAt: at,
    createdAt: at,
    webhook: { url, event: input.event, body },
  };
  const created = await deps.stores.outbox.enqueue(message);
  if (created) deps.wakeOutbox();
  return created ? message : undefined;
}

/** Every message for admins, newest first. */
export async function listOutbox({ stores }: Pick<OutboxDeps, 'stores'>, limit: number, cursor?: string) {
  const page = await stores.outbox.list(limit, cursor);
  return {
    messages: page.messages.map(
      ({ id, to, kind, locale, subject, status, createdAt, sentAt, attempts, lastError }) => ({
        id,
        to,
        kind,
        locale,
        subject,
        status,
        createdAt,
        attempts,
        ...(sentAt ? { sentAt } : {}),
        ...(lastError ? { lastError } : {}),
      }),
    ),
    nextCursor: page.nextCursor,
  };
}

/** The customer a valid unsubscribe token names, or undefined. */
export const unsubscribeTokenCustomer = ({ config }: Pick<OutboxDeps, 'config'>, token: string) =>
  verifyUnsubscribeToken(config.UNSUBSCRIBE_SECRET, token);

/** Turns order-update messages off for the token's customer; false when the token is not valid. */
export async function unsubscribe(deps: Pick<OutboxDeps, 'config' | 'stores' | 'now'>, token: string) {
  const customerId = unsubscribeTokenCustomer(deps, token);
  if (!customerId) return false;
  const profile = await deps.stores.customers.get(customerId);
  if (!profile) return false;
  await deps.stores.customers.update(customerId, { preferences: { orderUpdates: false } }, deps.now());
  return true;
}

/** The unsubscribe page's words in a locale. */
export const unsubscribePageText = (locale: Locale) => messagesText(locale).unsubscribePage;
