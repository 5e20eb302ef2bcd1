import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { OutboxMessage } from './domain/message';
import { InvalidCursor } from '../commons/errors';
import { cursor, isConditionFailure, withoutKeys, type Db } from '../store/client';
import { keys } from '../store/table';

const key = keys.outboxMessage;

/** The stored item of a new message: its key, its place in the admin list and in the due index. */
const itemOf = (message: OutboxMessage) => ({
  ...key(message.id),
  ...keys.outboxListed(message.createdAt, message.id),
  ...keys.outboxDue(message.nextAttemptAt, message.id),
  ...message,
});

/**
 * The TransactWriteItems entry that enqueues `message`: put it into the same transaction as the
 * change that causes it, so both are written or neither. The same message id twice cancels the
 * transaction (ConditionalCheckFailed), so a replayed change enqueues nothing twice.
 */
export const outboxPutItem = (table: string, message: OutboxMessage) => ({
  Put: { TableName: table, Item: itemOf(message), ConditionExpression: 'attribute_not_exists(pk)' },
});

/** What a drain holds while it sends: a lease, taken with a condition, so two drains never both send. */
export interface Claim {
  by: string;
  now: Date;
  until: Date;
}

const isListCursor = (start: Record<string, string>) =>
  start.gsi1pk === keys.outboxList &&
  start.pk === key(start.gsi1sk?.split('#').pop() ?? '').pk &&
  start.sk === key('').sk;

/**
 * The outbox: one item per message. A sparse index (gsi2) holds only pending messages by their
 * next attempt time, so a drain reads what is due and nothing else; gsi1 lists them for admins.
 */
export function outboxStore({ doc, table }: Db) {
  const send = async (update: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName'>) => {
    try {
      const out = await doc.send(new UpdateCommand({ TableName: table, ReturnValues: 'ALL_NEW', ...update }));
      return withoutKeys<OutboxMessage>(out.Attributes ?? {});
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  };
  return {
    /** Enqueues a message on its own; false when one with this id is already there. */
    async enqueue(message: OutboxMessage): Promise<boolean> {
      try {
        await doc.send(new PutCommand(outboxPutItem(table, message).Put));
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async get(id: string): Promise<OutboxMessage | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: key(id), ConsistentRead: true }));
      return Item ? withoutKeys<OutboxMessage>(Item) : undefined;
    },

    /** True when the item with this key exists (a message's `confirm` key). */
    async exists(itemKey: { pk: string; sk: string }): Promise<boolean> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: table, Key: itemKey, ConsistentRead: true, ProjectionExpression: 'pk' }),
      );
      return Boolean(Item);
    },

    /** Pending messages whose next attempt is due at `now`, oldest first (id, confirm key, createdAt). */
    async due(now: Date, limit: number) {
      const out = await doc.send(
        new QueryCommand({
          TableName: table,
          IndexName: 'gsi2',
          KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk <= :now',
          ExpressionAttributeValues: { ':pk': keys.outboxDueList, ':now': `${now.toISOString()}#~` },
          Limit: limit,
          ProjectionExpression: 'id, #confirm, createdAt',
          ExpressionAttributeNames: { '#confirm': 'confirm' },
        }),
      );
      return (out.Items ?? []).map((i) => i as Pick<OutboxMessage, 'id' | 'confirm' | 'createdAt'>);
    },

    /**
     * Takes a due message for one send: pending, due, and not held by a live lease. Counts the
     * attempt. Undefined when another drain has it, or it was sent or failed meanwhile.
     */
    claim(id: string, claim: Claim) {
      return send({
        Key: key(id),
        ConditionExpression:
          'attribute_exists(pk) AND #status = :pending AND nextAttemptAt <= :now AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
        UpdateExpression: 'SET leaseUntil = :until, leaseBy = :by, attempts = attempts + :one',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':pending': 'pending',
          ':now': claim.now.toISOString(),
          ':until': claim.until.toISOString(),
          ':by': claim.by,
          ':one': 1,
        },
      });
    },

    /** Marks a claimed message sent and takes it out of the due index. */
    markSent(id: string, by: string, at: Date) {
      return send({
        Key: key(id),
        ConditionExpression: '#status = :pending AND leaseBy = :by',
        UpdateExpression: 'SET #status = :sent, sentAt = :at REMOVE gsi2pk, gsi2sk, leaseUntil, leaseBy, lastError',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':pending': 'pending', ':sent': 'sent', ':by': by, ':at': at.toISOString() },
      });
    },

    /** A failed send: try again at `next`, or (no `next`) mark it failed for good. */
    markFailed(id: string, by: string, error: string, next?: Date) {
      const retry = next
        ? {
            UpdateExpression: 'SET lastError = :error, nextAttemptAt = :next, gsi2sk = :due REMOVE leaseUntil, leaseBy',
            ExpressionAttributeValues: {
              ':pending': 'pending',
              ':by': by,
              ':error': error,
              ':next': next.toISOString(),
              ':due': keys.outboxDue(next.toISOString(), id).gsi2sk,
            },
          }
        : {
            UpdateExpression: 'SET #status = :failed, lastError = :error REMOVE gsi2pk, gsi2sk, leaseUntil, leaseBy',
            ExpressionAttributeValues: { ':pending': 'pending', ':by': by, ':error': error, ':failed': 'failed' },
          };
      return send({
        Key: key(id),
        ConditionExpression: '#status = :pending AND leaseBy = :by',
        ExpressionAttributeNames: { '#status': 'status' },
        ...retry,
      });
    },

    /** A claimed message not sent on purpose: withdrawn, out of the due index. */
    markWithdrawn(id: string, by: string, why: string) {
      return send({
        Key: key(id),
        ConditionExpression: '#status = :pending AND leaseBy = :by',
        UpdateExpression: 'SET #status = :withdrawn, lastError = :why REMOVE gsi2pk, gsi2sk, leaseUntil, leaseBy',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':pending': 'pending', ':by': by, ':withdrawn': 'withdrawn', ':why': why },
      });
    },

    /** Every message, newest first, a page at a time. */
    async list(limit: number, after?: string) {
      const start = cursor.decode(after, ['pk', 'sk', 'gsi1pk', 'gsi1sk']);
      if (after && !(start && isListCursor(start))) throw new InvalidCursor();
      const out = await doc.send(
        new QueryCommand({
          TableName: table,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.outboxList },
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: start,
        }),
      );
      return {
        messages: (out.Items ?? []).map((i) => withoutKeys<OutboxMessage>(i)),
        nextCursor: cursor.encode(out.LastEvaluatedKey),
      };
    },
  };
}

export type OutboxStore = ReturnType<typeof outboxStore>;
