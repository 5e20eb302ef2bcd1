import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { InvalidCursor } from '../commons/errors';
import type { InvoiceFacts, OrderRecord, OrderStatus, TimelineEvent } from './domain/order';

import { cursor, isConditionFailure, withoutKeys, type Db } from '../store/client';
import { keys } from '../store/table';

/**
 * True when a decoded cursor is the key of one of the customer's orders as a page ends on it:
 * the order's table key and its index key under the customer, consistent with each other. A
 * cursor only pages through the caller's own orders, and never reaches DynamoDB malformed.
 */
function isOwnOrderKey(start: Record<string, string>, ownerEmail: string) {
  const { gsi1sk = '' } = start;
  if (!gsi1sk.startsWith(keys.orderByCustomerPrefix)) return false;
  const rest = gsi1sk.slice(keys.orderByCustomerPrefix.length);
  const cut = rest.indexOf('#');
  const placedAt = rest.slice(0, cut);
  const orderNumber = rest.slice(cut + 1);
  if (cut <= 0 || !orderNumber) return false;
  const expected = { ...keys.order(orderNumber), ...keys.orderByCustomer(ownerEmail, placedAt, orderNumber) };
  return Object.entries(expected).every(([name, value]) => start[name] === value);
}

/** Orders: one item per order, listed per owner email through gsi1 (newest first). */
export function ordersStore({ doc, table }: Db) {
  return {
    async get(orderNumber: string): Promise<OrderRecord | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.order(orderNumber) }));
      return Item ? withoutKeys<OrderRecord>(Item) : undefined;
    },

    /** A page of the orders of an email (lower-cased), newest first. */
    async listByCustomer(ownerEmail: string, limit: number, after?: string) {
      const start = cursor.decode(after, ['pk', 'sk', 'gsi1pk', 'gsi1sk']);
      if (after && !(start && isOwnOrderKey(start, ownerEmail))) throw new InvalidCursor();
      const out = await doc.send(
        new QueryCommand({
          TableName: table,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.customerOrders(ownerEmail), ':prefix': keys.orderByCustomerPrefix },
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: start,
        }),
      );
      return {
        orders: (out.Items ?? []).map((i) => withoutKeys<OrderRecord>(i)),
        nextCursor: cursor.encode(out.LastEvaluatedKey),
      };
    },

    /** Every order of a customer (bounded), for derived facts such as tier and stage. */
    async allOfCustomer(ownerEmail: string, max = 500): Promise<OrderRecord[]> {
      const all: OrderRecord[] = [];
      let next: string | undefined;
      do {
        const page = await this.listByCustomer(ownerEmail, 100, next);
        all.push(...page.orders);
        next = page.nextCursor;
      } while (next && all.length < max);
      return all;
    },

    /** Writes an order unless one with the same number exists (seeding is idempotent). */
    async create(order: OrderRecord): Promise<boolean> {
      try {
        await doc.send(
          new PutCommand({
            TableName: table,
            Item: {
              ...keys.order(order.orderNumber),
              ...keys.orderByCustomer(order.email, order.placedAt, order.orderNumber),
              ...order,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    /**
     * Writes an order only if it is still at the version it was read at (absent when `read` is
     * undefined), bumping the version. False when someone else wrote first: read and apply again.
     */
    async putIfUnchanged(order: OrderRecord, read: OrderRecord | undefined): Promise<boolean> {
      const version = (read?.version ?? 0) + 1;
      try {
        await doc.send(
          new PutCommand({
            TableName: table,
            Item: {
              ...order,
              ...keys.order(order.orderNumber),
              ...keys.orderByCustomer(order.email, order.placedAt, order.orderNumber),
              version,
            },
            ...(read
              ? read.version === undefined
                ? { ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(version)' }
                : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': read.version } }
              : { ConditionExpression: 'attribute_not_exists(pk)' }),
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    /**
     * Cancels in one conditional update that also appends the timeline event: it only wins while
     * the order belongs to the customer and is in one of `cancellable`. Returns undefined when it lost.
     */
    async cancel(
      orderNumber: string,
      ownerEmail: string,
      event: TimelineEvent,
      cancellable: readonly OrderStatus[],
    ): Promise<OrderRecord | undefined> {
      const allowed = Object.fromEntries(cancellable.map((s, i) => [`:s${i}`, s]));
      try {
        const out = await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.order(orderNumber),
            ConditionExpression: `email = :customer AND #status IN (${Object.keys(allowed).join(', ')})`,
            UpdateExpression:
              'SET #status = :cancelled, updatedAt = :at, timeline = list_append(timeline, :event), version = if_not_exists(version, :zero) + :one',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ...allowed,
              ':customer': ownerEmail.toLowerCase(),
              ':zero': 0,
              ':one': 1,
              ':cancelled': 'cancelled',
              ':at': event.at,
              ':event': [event],
            },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return out.Attributes ? withoutKeys<OrderRecord>(out.Attributes) : undefined;
      } catch (error) {
        if (isConditionFailure(error)) return undefined;
        throw error;
      }
    },

    /**
     * Sets the delivery address in one conditional update: it only wins while the order belongs
     * to the customer and is in one of `allowed` (a "packed" event from the shop in between makes
     * it lose). Returns undefined when it lost.
     */
    async changeAddress(
      orderNumber: string,
      ownerEmail: string,
      address: NonNullable<OrderRecord['shippingAddress']>,
      allowed: readonly OrderStatus[],
      at: string,
    ): Promise<OrderRecord | undefined> {
      const statuses = Object.fromEntries(allowed.map((s, i) => [`:s${i}`, s]));
      try {
        const out = await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.order(orderNumber),
            ConditionExpression: `email = :customer AND #status IN (${Object.keys(statuses).join(', ')})`,
            UpdateExpression:
              'SET shippingAddress = :address, updatedAt = :at, version = if_not_exists(version, :zero) + :one',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ...statuses,
              ':customer': ownerEmail.toLowerCase(),
              ':address': address,
              ':at': at,
              ':zero': 0,
              ':one': 1,
            },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return out.Attributes ? withoutKeys<OrderRecord>(out.Attributes) : undefined;
      } catch (error) {
        if (isConditionFailure(error)) return undefined;
        throw error;
      }
    },

    /**
     * Writes the invoice's facts only while the invoice is not yet issued (its first download
     * fixes them). Returns undefined when it was issued meanwhile.
     */
    async setInvoice(orderNumber: string, ownerEmail: string, invoice: InvoiceFacts): Promise<OrderRecord | undefined> {
      try {
        const out = await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.order(orderNumber),
            ConditionExpression: 'email = :customer AND attribute_not_exists(invoice.issuedAt)',
            UpdateExpression: 'SET invoice = :invoice, version = if_not_exists(version, :zero) + :one',
            ExpressionAttributeValues: {
              ':customer': ownerEmail.toLowerCase(),
              ':invoice': invoice,
              ':zero': 0,
              ':one': 1,
            },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return out.Attributes ? withoutKeys<OrderRecord>(out.Attributes) : undefined;
      } catch (error) {
        if (isConditionFailure(error)) return undefined;
        throw error;
      }
    },
  };
}

export type OrdersStore = ReturnType<typeof ordersStore>;
