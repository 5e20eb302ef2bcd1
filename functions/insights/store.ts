import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { isConditionFailure, queryAll, withoutKeys, type Db } from '../store/client';
import { keys } from '../store/table';

/** Kinds of aggregated counters: one item per (kind, day, key), never one per event. */
export type CounterKind = 'SEARCH' | 'VOTES' | 'INTENT' | 'FALLBACK' | 'NPS' | 'CSAT' | 'HANDOFF' | 'ARTICLE';

export interface Counter {
  day: string;
  key: string;
  count: number;
  [field: string]: unknown;
}

const RETAIN_NOTES_DAYS = 180;

/** Aggregated analytics: searches, votes, bot intents and fallbacks, NPS and CSAT. */
export function statsStore({ doc, table }: Db) {
  return {
    /** Adds one to a counter; `fields` are stored beside it (last value wins), `sums` are added. */
    async increment(
      kind: CounterKind,
      day: string,
      key: string,
      fields: Record<string, unknown> = {},
      sums: Record<string, number> = {},
      count = 1,
    ) {
      const names: Record<string, string> = { '#count': 'count', '#day': 'day', '#key': 'key' };
      const values: Record<string, unknown> = { ':count': count, ':day': day, ':key': key };
      const sets = ['#day = :day', '#key = :key'];
      const adds = ['#count :count'];
      Object.entries(fields).forEach(([name, value], i) => {
        names[`#f${i}`] = name;
        values[`:f${i}`] = value;
        sets.push(`#f${i} = :f${i}`);
      });
      Object.entries(sums).forEach(([name, value], i) => {
        names[`#s${i}`] = name;
        values[`:s${i}`] = value;
        adds.push(`#s${i} :s${i}`);
      });
      await doc.send(
        new UpdateCommand({
          TableName: table,
          Key: { pk: keys.statsCounters(kind, day), sk: key },
          UpdateExpression: `SET ${sets.join(', ')} ADD ${adds.join(', ')}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
    },

    /** Every counter of a kind over the given days. */
    async list(kind: CounterKind, days: string[]): Promise<Counter[]> {
      const pages = await Promise.all(
        days.map(async (day) => {
          const items = await queryAll(doc, {
            TableName: table,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': keys.statsCounters(kind, day) },
          });
          return items.map((i) => withoutKeys<Counter>(i));
        }),
      );
      return pages.flat();
    },

    /**
     * A free-text note (an unhelpful vote's reason, a rating comment), kept for 180 days. Written
     * with UpdateItem so the public functions need no PutItem permission.
     */
    async note(kind: 'VOTE' | 'CSAT' | 'NPS' | 'EXIT', at: Date, fields: Record<string, unknown>) {
      const all: Record<string, unknown> = {
        ...fields,
        at: at.toISOString(),
        expiresAt: Math.floor(at.getTime() / 1000) + RETAIN_NOTES_DAYS * 86400,
      };
      const present = Object.entries(all).filter(([, v]) => v !== undefined);
      await doc.send(
        new UpdateCommand({
          TableName: table,
          Key: { pk: keys.statsNotes(kind, at.toISOString().slice(0, 10)), sk: `${at.toISOString()}#${randomUUID()}` },
          UpdateExpression: `SET ${present.map((_, i) => `#n${i} = :v${i}`).join(', ')}`,
          ExpressionAttributeNames: Object.fromEntries(present.map(([k], i) => [`#n${i}`, k])),
          ExpressionAttributeValues: Object.fromEntries(present.map(([, v], i) => [`:v${i}`, v])),
        }),
      );
    },

    /** Starts a help visit (its first typed search); false when it had started. */
    async startVisit(id: string, at: Date, expiresAt: number): Promise<boolean> {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.helpVisit(id),
            ConditionExpression: 'attribute_not_exists(pk)',
            UpdateExpression: 'SET startedAt = :at, expiresAt = :exp',
            ExpressionAttributeValues: { ':at': at.toISOString(), ':exp': expiresAt },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    /**
     * Marks a visit followed by a ticket, once, if it started at or after `since`: its start time,
     * or undefined (no such visit, too old, or already marked).
     */
    async visitTicket(id: string, at: Date, since: Date): Promise<string | undefined> {
      try {
        const out = await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.helpVisit(id),
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(ticketAt) AND startedAt >= :since',
            UpdateExpression: 'SET ticketAt = :at',
            ExpressionAttributeValues: { ':at': at.toISOString(), ':since': since.toISOString() },
            ReturnValues: 'ALL_OLD',
          }),
        );
        return out.Attributes?.startedAt ? String(out.Attributes.startedAt) : undefined;
      } catch (error) {
        if (isConditionFailure(error)) return undefined;
        throw error;
      }
    },

    async notes(kind: 'VOTE' | 'CSAT' | 'NPS' | 'EXIT', days: string[], limitPerDay = 50) {
      const now = Date.now() / 1000;
      const pages = await Promise.all(
        days.map(async (day) => {
          const out = await doc.send(
            new QueryCommand({
              TableName: table,
              KeyConditionExpression: 'pk = :pk',
              ExpressionAttributeValues: { ':pk': keys.statsNotes(kind, day) },
              ScanIndexForward: false,
              Limit: limitPerDay,
            }),
          );
          // TTL is only a hint (dynalite never expires items): filter expired ones on read.
          return (out.Items ?? [])
            .filter((i) => Number(i.expiresAt ?? Infinity) > now)
            .map((i) => withoutKeys<Record<string, unknown>>(i));
        }),
      );
      return pages.flat();
    },
  };
}

export type StatsStore = ReturnType<typeof statsStore>;
