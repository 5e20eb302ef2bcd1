import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, type Db } from '../store/client';
import { keys } from '../store/table';
import type { Counter } from './domain/window';

/** A hit taken: which limit's counter, in which window (epoch seconds) of how many seconds. */
export interface HitRef {
  scope: string;
  key: string;
  start: number;
  seconds: number;
  /** Spent from hits this instance had already counted (limits/service.ts takeKnown). */
  reserved?: boolean;
}

/** A limit's counter from its item (the store's read, or a caller's batch read of `keys.rateLimitCounter`). */
export const counterOf = (Item: Record<string, unknown> | undefined): Counter | undefined =>
  Item ? { start: Number(Item.start), hits: Number(Item.hits ?? 0), previous: Number(Item.previous ?? 0) } : undefined;

/**
 * Rate-limit counters shared by every Lambda instance: one item per limit (domain/window.ts
 * Counter). A hit is one conditional write on the state it was decided on: an ADD while the window
 * is the same and below the allowance, or a replacement when the window rolls over, conditional on
 * the window and count that were read. Callers in parallel can never take more than the allowance
 * between them, across a boundary too; a hit can be given back. Items carry a TTL so the table
 * cleans itself on AWS; locally (no TTL) an old counter is simply rolled over when next used.
 */
export function rateLimitStore({ doc, table }: Db) {
  const names = { '#start': 'start', '#hits': 'hits', '#previous': 'previous' };
  const conditional = async (write: Promise<unknown>) => {
    try {
      await write;
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  };
  return {
    /** A limit's counter as stored (undefined when never used). */
    async counter(scope: string, key: string): Promise<Counter | undefined> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: table, Key: keys.rateLimitCounter(scope, key), ConsistentRead: true }),
      );
      return counterOf(Item);
    },

    /**
     * Counts one hit in `next.start`'s window, if the counter is still what was read (`stored`)
     * and below `allowance`: adds to it when `rolled` is false, else replaces the stored window
     * with `next` plus this hit. False when someone else changed it first or it is full. `count`
     * takes several hits of the same window at once.
     */
    takeHit(
      ref: { scope: string; key: string },
      stored: Counter | undefined,
      next: Counter,
      rolled: boolean,
      allowance: number,
      expiresAt: number,
      count = 1,
    ): Promise<boolean> {
      const Key = keys.rateLimitCounter(ref.scope, ref.key);
      // `count` hits at once (same window only): all of them below the allowance, or none.
      if (!rolled)
        return conditional(
          doc.send(
            new UpdateCommand({
              TableName: table,
              Key,
              UpdateExpression: 'ADD #hits :one SET expiresAt = :exp',
              ConditionExpression: '#start = :start AND #hits < :allowance',
              ExpressionAttributeNames: { '#start': names['#start'], '#hits': names['#hits'] },
              ExpressionAttributeValues: {
                ':one': count,
                ':exp': expiresAt,
                ':start': next.start,
                ':allowance': allowance - count + 1,
              },
            }),
          ),
        );
      return conditional(
        doc.send(
          new UpdateCommand({
            TableName: table,
            Key,
            UpdateExpression: 'SET #start = :start, #hits = :one, #previous = :previous, expiresAt = :exp',
            ConditionExpression: stored ? '#start = :seenStart AND #hits = :seenHits' : 'attribute_not_exists(pk)',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: {
              ':start': next.start,
              ':one': 1,
              ':previous': next.previous,
              ':exp': expiresAt,
              ...(stored ? { ':seenStart': stored.start, ':seenHits': stored.hits } : {}),
            },
          }),
        ),
      );
    },

    /**
     * Gives back one hit (never below zero): from the window it was taken in, or, when the counter
     * has rolled over once since, from the previous window's frozen count it now weighs in.
     */
    async giveBack(hit: HitRef): Promise<void> {
      const Key = keys.rateLimitCounter(hit.scope, hit.key);
      const fromCurrent = await conditional(
        doc.send(
          new UpdateCommand({
            TableName: table,
            Key,
            UpdateExpression: 'ADD #hits :minus',
            ConditionExpression: '#start = :start AND #hits > :zero',
            ExpressionAttributeNames: { '#start': 'start', '#hits': 'hits' },
            ExpressionAttributeValues: { ':minus': -1, ':zero': 0, ':start': hit.start },
          }),
        ),
      );
      if (fromCurrent) return;
      await conditional(
        doc.send(
          new UpdateCommand({
            TableName: table,
            Key,
            UpdateExpression: 'ADD #previous :minus',
            ConditionExpression: '#start = :next AND #previous > :zero',
            ExpressionAttributeNames: { '#start': 'start', '#previous': 'previous' },
            ExpressionAttributeValues: { ':minus': -1, ':zero': 0, ':next': hit.start + hit.seconds },
          }),
        ),
      );
    },

    /** Claims a once-only marker (one per scope, key and period start); true for the first claim. */
    claimOnce(scope: string, key: string, start: number, expiresAt: number): Promise<boolean> {
      return conditional(
        doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.rateLimit(scope, key, start),
            UpdateExpression: 'SET expiresAt = :exp',
            ConditionExpression: 'attribute_not_exists(pk)',
            ExpressionAttributeValues: { ':exp': expiresAt },
          }),
        ),
      );
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
