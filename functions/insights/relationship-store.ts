import { BatchGetCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CustomerSummary, Delta, OrderFact } from './domain/customer-summary';
import { isConditionFailure, withoutKeys, type Db } from '../store/client';
import { keys } from '../store/table';

/** A customer item's relationship state: its order facts and the summary last added to the aggregates. */
export interface CustomerRelationshipState {
  exists: boolean;
  facts: OrderFact[];
  summary: CustomerSummary | null;
  version: number;
}

const ATTRS_PER_UPDATE = 90;
const chunks = <T>(list: T[], size: number) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/**
 * Shop-wide relationship aggregates: a few counter items (ADD only) under one partition, and the
 * summary each customer item holds of what it added to them.
 */
export function relationshipStore({ doc, table }: Db) {
  return {
    /** The customer item's facts and summary, read strongly consistent (a swap follows). */
    async customerState(email: string): Promise<CustomerRelationshipState> {
      const { Item } = await doc.send(
        new GetCommand({
          TableName: table,
          Key: keys.profile(email),
          ConsistentRead: true,
          ProjectionExpression: 'pk, orderFacts, relSummary, relVersion',
        }),
      );
      return {
        exists: Boolean(Item),
        facts: Object.values((Item?.orderFacts ?? {}) as Record<string, OrderFact>),
        summary: (Item?.relSummary as CustomerSummary | undefined) ?? null,
        version: Number(Item?.relVersion ?? 0),
      };
    },

    /**
     * Replaces the customer's summary if nobody replaced it since `version` was read. False when
     * someone did (read again) or the item is gone.
     */
    async swapSummary(email: string, version: number, summary: CustomerSummary | null): Promise<boolean> {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.profile(email),
            ConditionExpression: version
              ? 'attribute_exists(pk) AND relVersion = :v'
              : 'attribute_exists(pk) AND attribute_not_exists(relVersion)',
            UpdateExpression: summary
              ? 'SET relSummary = :s, relVersion = :next'
              : 'SET relVersion = :next REMOVE relSummary',
            ExpressionAttributeValues: {
              ':next': version + 1,
              ...(version ? { ':v': version } : {}),
              ...(summary ? { ':s': summary } : {}),
            },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    /** Adds every amount of a delta to its counter item (ADD creates what is missing). */
    async add(delta: Delta): Promise<void> {
      const writes = Object.entries(delta).flatMap(([part, attrs]) =>
        chunks(Object.entries(attrs), ATTRS_PER_UPDATE).map((slice) =>
          doc.send(
            new UpdateCommand({
              TableName: table,
              Key: keys.relationship(part),
              UpdateExpression: `ADD ${slice.map((_, i) => `#a${i} :a${i}`).join(', ')}`,
              ExpressionAttributeNames: Object.fromEntries(slice.map(([name], i) => [`#a${i}`, name])),
              ExpressionAttributeValues: Object.fromEntries(slice.map(([, n], i) => [`:a${i}`, n])),
            }),
          ),
        ),
      );
      await Promise.all(writes);
    },

    /** The counter items of the given parts (absent ones as empty), in batches of 100. */
    async read(parts: string[]): Promise<Record<string, Record<string, number>>> {
      const out: Record<string, Record<string, number>> = Object.fromEntries(parts.map((p) => [p, {}]));
      for (const slice of chunks(parts, 100)) {
        let request: Record<string, { pk: string; sk: string }[]> | undefined = {
          [table]: slice.map((p) => keys.relationship(p)),
        };
        for (let attempt = 0; request && attempt < 10; attempt++) {
          const res = await doc.send(
            new BatchGetCommand({ RequestItems: { [table]: { Keys: request[table] ?? [] } } }),
          );
          for (const item of res.Responses?.[table] ?? [])
            out[String(item.sk)] = withoutKeys<Record<string, number>>(item);
          const left = res.UnprocessedKeys?.[table]?.Keys as { pk: string; sk: string }[] | undefined;
          request = left?.length ? { [table]: left } : undefined;
        }
      }
      return out;
    },
  };
}

export type RelationshipStore = ReturnType<typeof relationshipStore>;
