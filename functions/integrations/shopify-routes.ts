import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { BadRequest, Unauthorized } from '../commons/errors';
import { router } from '../http/router';
import { commonErrors, jsonContent, problemResponse } from '../http/schemas';
import { verifyShopifySignature } from './domain/shopify';
import { handleShopifyWebhook } from './shopify-service';

const ShopifyHeadersSchema = lazySchema(() =>
  z.object({
    'x-shopify-topic': z.string().min(1).max(100),
    'x-shopify-webhook-id': z.string().min(1).max(200),
    'x-shopify-hmac-sha256': z.string().min(1).max(200).optional(),
  }),
);

const shopifyWebhook = createRoute({
  method: 'post',
  path: '/webhooks/shopify',
  tags: ['integrations'],
  summary:
    "Shopify's order and fulfillment webhooks, verified by X-Shopify-Hmac-Sha256 over the raw body; a delivery id seen before is acknowledged and ignored",
  request: { headers: ShopifyHeadersSchema },
  responses: {
    200: jsonContent(
      lazySchema(() => z.object({ outcome: z.enum(['applied', 'duplicate', 'ignored']) })),
      'Acknowledged',
    ),
    ...commonErrors,
    401: problemResponse('Missing or wrong signature: nothing was written'),
  },
});

export const shopifyWebhookRoutes = () =>
  router().openapi(shopifyWebhook, async (c) => {
    const headers = c.req.valid('header');
    // The signature covers the exact bytes Shopify sent, so the body is read raw, then parsed.
    const raw = await c.req.text();
    const secret = await c.var.deps.shopifySecret();
    if (!secret) throw new Unauthorized('Shopify webhooks are not configured here (SHOPIFY_WEBHOOK_SECRET)');
    if (!verifyShopifySignature(raw, headers['x-shopify-hmac-sha256'], secret))
      throw new Unauthorized('The Shopify signature does not match');
    let payload: unknown;
    try {
      payload = JSON.parse(raw);
    } catch {
      throw new BadRequest('The webhook body is not JSON');
    }
    if (!payload || typeof payload !== 'object' || Array.isArray(payload))
      throw new BadRequest('The webhook body is not a JSON object');
    const outcome = await handleShopifyWebhook(c.var.deps, {
      topic: headers['x-shopify-topic'],
      webhookId: headers['x-shopify-webhook-id'],
      payload: payload as Record<string, unknown>,
    });
    return c.json({ outcome }, 200);
  });
