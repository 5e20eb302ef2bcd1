import { logger } from '../commons/logger';
import {
  eventFromShopifyFulfillment,
  orderFromShopify,
  SHOPIFY_FULFILLMENT_TOPICS,
  SHOPIFY_ORDER_TOPICS,
  shopifyOrderNumber,
} from './domain/shopify';
import { OrderNumberSchema } from '../http/schemas';
import { FeedEventSchema, FeedOrderSchema } from './schemas';
import { addFedEvent, type IntegrationDeps, putFedOrder } from './service';

export type ShopifyOutcome = 'applied' | 'duplicate' | 'ignored';

const isOneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

/**
 * Handles one verified Shopify webhook delivery: a delivery id seen before is acknowledged and
 * ignored; order topics create or replace the order through the same flow as the integration API;
 * fulfillment topics become timeline events; other topics, and payloads we cannot map (no email,
 * a fulfillment for an order we never saw), are acknowledged so Shopify does not retry forever.
 */
export async function handleShopifyWebhook(
  deps: IntegrationDeps,
  delivery: { topic: string; webhookId: string; payload: Record<string, unknown> },
): Promise<ShopifyOutcome> {
  const { stores } = deps;
  if (await stores.webhooks.seen('shopify', delivery.webhookId)) return 'duplicate';
  let outcome: ShopifyOutcome = 'ignored';
  if (isOneOf(SHOPIFY_ORDER_TOPICS, delivery.topic)) {
    const orderNumber = shopifyOrderNumber(delivery.payload);
    const mapped = orderFromShopify(delivery.payload);
    const order = 'order' in mapped ? FeedOrderSchema.safeParse(mapped.order) : undefined;
    if (OrderNumberSchema.safeParse(orderNumber).success && orderNumber && order?.success) {
      await putFedOrder(
        deps,
        orderNumber,
        order.data,
        'cancelReason' in mapped ? { cancelReason: mapped.cancelReason } : {},
      );
      if (delivery.payload.id !== undefined)
        await stores.webhooks.linkShopifyOrder(String(delivery.payload.id), orderNumber);
      outcome = 'applied';
    } else
      logger.warn('shopify order not mapped', {
        topic: delivery.topic,
        reason: 'refused' in mapped ? mapped.refused : 'invalid',
      });
  } else if (isOneOf(SHOPIFY_FULFILLMENT_TOPICS, delivery.topic)) {
    const orderNumber = await stores.webhooks.shopifyOrderNumber(String(delivery.payload.order_id ?? ''));
    const event = FeedEventSchema.safeParse(eventFromShopifyFulfillment(delivery.payload));
    if (orderNumber && event.success) {
      await addFedEvent(deps, orderNumber, event.data);
      outcome = 'applied';
    }
  }
  await stores.webhooks.remember('shopify', delivery.webhookId, Math.floor(deps.now().getTime() / 1000));
  return outcome;
}
