import type { Locale } from '../../../locales/registry';
import { dateTimeFormat } from '../../text/intl';

/** What a message tells the customer about their order. */
export const MESSAGE_KINDS = [
  'shipped',
  'delayed',
  'out_for_delivery',
  'delivery_attempted',
  'delivered',
  'refund_issued',
  /** The NPS question a few days after delivery (functions/insights/nps-service.ts). */
  'nps_invite',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** Messages that are not order updates to a customer: staff answered their ticket; the shop hears of an address change (a webhook). */
export const NOTICE_KINDS = ['ticket_reply', 'shop_address_changed'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Kinds that matter today: sent even in quiet hours (the courier is on the way, or was at the door). */
export const URGENT_KINDS: readonly MessageKind[] = ['out_for_delivery', 'delivery_attempted'];

/** `withdrawn`: not sent, on purpose (answered meanwhile, or the customer no longer wants mail). */
export const MESSAGE_STATUSES = ['pending', 'sent', 'failed', 'withdrawn'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** One message in the outbox, as stored: rendered once when enqueued, sent by a drain. */
export interface OutboxMessage {
  /** Also the idempotency key of the send (the mail's Message-ID). */
  id: string;
  to: string;
  customerId: string;
  kind: MessageKind | NoticeKind;
  locale: Locale;
  orderNumber?: string;
  subject: string;
  text: string;
  html: string;
  /** The link that turns order updates off (List-Unsubscribe). */
  unsubscribeUrl: string;
  status: MessageStatus;
  attempts: number;
  /** ISO time the next send may happen (after quiet hours, after a backoff). */
  nextAttemptAt: string;
  createdAt: string;
  sentAt?: string;
  lastError?: string;
  /**
   * The item the causing change writes (e.g. the order event's dedupe item): the message goes out
   * only once it exists, and is dropped (failed) if it never appears. For writers that cannot put
   * the message in the change's own transaction (dynalite has no TransactWriteItems).
   */
  confirm?: { pk: string; sk: string };
  /** Withdrawn instead of sent when this item exists by then (e.g. the survey was answered on the order page). */
  unless?: { pk: string; sk: string };
  /**
   * For messages that wait days: the customer's profile is read again at send time, and the
   * message is withdrawn when it is gone (erased), order updates are off or email is not their channel.
   */
  recheckConsent?: boolean;
  /** Delivered to the shop's webhook instead of mailed: `event` and the JSON `body`, signed at send time. */
  webhook?: { url: string; event: string; body: string };
}

/** One webhook call as the webhook transport sends it; `id` is the delivery id the shop dedupes by. */
export interface WebhookCall {
  id: string;
  url: string;
  event: string;
  body: string;
}

/** Posts one signed webhook call or throws (a non-2xx answer is a failure, retried by the outbox). */
export interface WebhookSender {
  send(call: WebhookCall): Promise<void>;
}

/** One mail as a transport sends it. */
export interface Mail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string;
}

/** Sends one mail or throws; SMTP locally, SES on AWS. */
export interface MailSender {
  send(mail: Mail): Promise<void>;
}

export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
}

/** Exponential backoff: base, 2 x base, 4 x base ... capped; `attempts` is how many tries failed. */
export const backoffMs = (attempts: number, policy: RetryPolicy) =>
  Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));

/** After `attempts` failed tries: when to try again, or undefined when that was the last try. */
export function nextAttempt(attempts: number, now: Date, policy: RetryPolicy): Date | undefined {
  if (attempts >= policy.maxAttempts) return undefined;
  return new Date(now.getTime() + backoffMs(attempts, policy));
}

/** Quiet hours as local wall-clock hours: from `start` (inclusive) to `end` (exclusive), may wrap midnight. */
export interface QuietHours {
  start: number;
  end: number;
}

/** "21-08" -> { start: 21, end: 8 }; "off" or "" -> undefined. */
export function parseQuietHours(value: string): QuietHours | undefined {
  if (!value || value === 'off') return undefined;
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  if (!m) throw new Error(`QUIET_HOURS must look like 21-08 or be off, not ${value}`);
  const [start, end] = [Number(m[1]), Number(m[2])];
  if (start > 23 || end > 23 || start === end) throw new Error(`QUIET_HOURS hours must be 0-23 and differ: ${value}`);
  return { start, end };
}

/** Local hour and minute of an instant in a time zone. */
function localTime(at: Date, timeZone: string) {
  const parts = dateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { hour: get('hour'), minute: get('minute'), second: get('second') };
}

const inWindow = (hour: number, q: QuietHours) =>
  q.start < q.end ? hour >= q.start && hour < q.end : hour >= q.start || hour < q.end;

/**
 * When a message of `kind` may go out: now, or (non-urgent, inside quiet hours in the customer's
 * time zone) the first full hour after the quiet hours end.
 */
export function sendableAt(kind: MessageKind, now: Date, timeZone: string, quiet: QuietHours | undefined): Date {
  if (!quiet || URGENT_KINDS.includes(kind)) return now;
  const { hour, minute, second } = localTime(now, timeZone);
  if (!inWindow(hour, quiet)) return now;
  const hoursLeft = (quiet.end - hour + 24) % 24 || 24;
  const ms = ((hoursLeft * 60 - minute) * 60 - second) * 1000 - now.getUTCMilliseconds();
  return new Date(now.getTime() + ms);
}
