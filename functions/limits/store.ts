import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../store/client';
import { keys } from '../store/table';

export interface Window {
  scope: string;
  key: string;
  limit: number;
  seconds: number;
}

const windowStart = (now: Date, seconds: number) => Math.floor(now.getTime() / 1000 / seconds) * seconds;

/**
 * Fixed-window counters shared by every Lambda instance. Items carry a TTL so the table cleans
 * itself on AWS; locally (no TTL) old windows are simply never read again.
 */
export function rateLimitStore({ doc, table }: Db) {
  const key = (w: Window, now: Date) => keys.rateLimit(w.scope, w.key, windowStart(now, w.seconds));
  const retryAfter = (w: Window, now: Date) =>
    Math.max(1, windowStart(now, w.seconds) + w.seconds - Math.floor(now.getTime() / 1000));
  return {
    /** Counts one hit; returns the seconds to wait when the window is already full. */
    async hit(w: Window, now: Date): Promise<number | undefined> {
      const out = await doc.send(
        new UpdateCommand({
          TableName: table,
          Key: key(w, now),
          UpdateExpression: 'ADD hits :one SET expiresAt = if_not_exists(expiresAt, :exp)',
          ExpressionAttributeValues: { ':one': 1, ':exp': windowStart(now, w.seconds) + w.seconds * 2 },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return Number(out.Attributes?.hits ?? 0) > w.limit ? retryAfter(w, now) : undefined;
    },
    /** The seconds to wait if the window is full, without counting a hit. */
    async check(w: Window, now: Date): Promise<number | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: key(w, now) }));
      return Number(Item?.hits ?? 0) >= w.limit ? retryAfter(w, now) : undefined;
    },
  };
}

export type RateLimitStore = ReturnType<typeof rateLimitStore>;
