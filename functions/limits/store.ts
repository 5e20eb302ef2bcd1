import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, type Db } from '../store/client';
import { keys } from '../store/table';

/** One fixed window of a limit: what it counts (scope, key) and when it starts (epoch seconds). */
export interface WindowRef {
  scope: string;
  key: string;
  start: number;
}

/**
 * Rate-limit counters shared by every Lambda instance: one item per limit and fixed window,
 * holding its hits. A hit is taken with one conditional ADD, so callers in parallel can never
 * take more than the allowance between them; it can be given back. Items carry a TTL so the
 * table cleans itself on AWS; locally (no TTL) old windows are simply never read again.
 */
export function rateLimitStore({ doc, table }: Db) {
  const key = (w: WindowRef) => keys.rateLimit(w.scope, w.key, w.start);
  return {
    /** The hits counted in a window (0 when none). */
    async count(w: WindowRef): Promise<number> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: key(w), ConsistentRead: true }));
      return Number(Item?.hits ?? 0);
    },

    /** Counts one hit unless the window already holds `allowance`; true when it was counted. */
    async take(w: WindowRef, allowance: number, expiresAt: number): Promise<boolean> {
      if (allowance <= 0) return false;
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: key(w),
            UpdateExpression: 'ADD hits :one SET expiresAt = if_not_exists(expiresAt, :exp)',
            ConditionExpression: 'attribute_not_exists(hits) OR hits < :allowance',
            ExpressionAttributeValues: { ':one': 1, ':exp': expiresAt, ':allowance': allowance },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    /** Gives back one hit taken in that window (never below zero). */
    async giveBack(w: WindowRef): Promise<void> {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: key(w),
            UpdateExpression: 'ADD hits :minus',
            ConditionExpression: 'hits > :zero',
            ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },

    /** When the next turn of a slow lane is due (epoch ms; 0 when never used). */
    async laneNext(scope: string, laneKey: string): Promise<number> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: table, Key: keys.rateLimitLane(scope, laneKey), ConsistentRead: true }),
      );
      return Number(Item?.nextAt ?? 0);
    },

    /** Moves a slow lane's next turn from `seen` (what laneNext said) to `next`; false when someone else moved it first. */
    async takeLane(scope: string, laneKey: string, seen: number, next: number, expiresAt: number): Promise<boolean> {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.rateLimitLane(scope, laneKey),
            UpdateExpression: 'SET nextAt = :next, expiresAt = :exp',
            ConditionExpression: seen === 0 ? 'attribute_not_exists(nextAt) OR nextAt = :seen' : 'nextAt = :seen',
            ExpressionAttributeValues: { ':next': next, ':exp': expiresAt, ':seen': seen },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
  };
}

export type RateLimitStore = ReturnType<typeof rateLimitStore>;
