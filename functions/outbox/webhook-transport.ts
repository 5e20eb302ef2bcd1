import { createHmac } from 'node:crypto';
import type { WebhookCall, WebhookSender } from './domain/message';

/** Header names of the portal's outgoing webhooks (the shop verifies them as README "Webhooks to the shop" says). */
export const WEBHOOK_HEADERS = {
  signature: 'x-portal-signature',
  timestamp: 'x-portal-timestamp',
  event: 'x-portal-event',
  delivery: 'x-portal-delivery',
} as const;

/**
 * The signature of one call: HMAC-SHA256 with the shared secret over `<timestamp>.<body>`, hex,
 * as `sha256=<hex>`. The timestamp in the signed text lets the shop refuse old replays.
 * @example webhookSignature('secret', '1764750000', '{"orderNumber":"10023"}')
 */
export const webhookSignature = (secret: string, timestamp: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;

/** Posts outbox webhook calls to the shop, signed; a non-2xx answer or no answer within 10 s throws. */
export function webhookSender(secret: string, now: () => Date = () => new Date()): WebhookSender {
  return {
    async send(call: WebhookCall) {
      const timestamp = String(Math.floor(now().getTime() / 1000));
      const res = await fetch(call.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'self-service-portal-webhooks/1',
          [WEBHOOK_HEADERS.signature]: webhookSignature(secret, timestamp, call.body),
          [WEBHOOK_HEADERS.timestamp]: timestamp,
          [WEBHOOK_HEADERS.event]: call.event,
          [WEBHOOK_HEADERS.delivery]: call.id,
        },
        body: call.body,
        redirect: 'error',
        signal: AbortSignal.timeout(10_000),
      });
      await res.body?.cancel().catch(() => undefined);
      if (!res.ok) throw new Error(`The shop's webhook answered ${res.status}`);
    },
  };
}
