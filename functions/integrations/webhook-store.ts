import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../store/client';
import { keys } from '../store/table';

const KEEP_SECONDS = 7 * 24 * 3600;

/** Webhook deliveries already handled, and which order a Shopify order id became. */
export function webhookStore({ doc, table }: Db) {
  return {
    async seen(source: string, id: string): Promise<boolean> {
      const out = await doc.send(new GetCommand({ TableName: table, Key: keys.webhookSeen(source, id) }));
      return Boolean(out.Item);
    },
    /** Marks a delivery handled; false when another delivery of it got there first. */
    async remember(source: string, id: string, nowSeconds: number): Promise<boolean> {
      try {
        await doc.send(
          new PutCommand({
            TableName: table,
            Item: { ...keys.webhookSeen(source, id), expiresAt: nowSeconds + KEEP_SECONDS },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },
    async linkShopifyOrder(shopifyId: string, orderNumber: string): Promise<void> {
      await doc.send(new PutCommand({ TableName: table, Item: { ...keys.shopifyOrder(shopifyId), orderNumber } }));
    },
    async shopifyOrderNumber(shopifyId: string): Promise<string | undefined> {
      const out = await doc.send(new GetCommand({ TableName: table, Key: keys.shopifyOrder(shopifyId) }));
      return out.Item?.orderNumber as string | undefined;
    },
  };
}
