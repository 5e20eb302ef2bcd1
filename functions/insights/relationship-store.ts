import { BatchGetCommand, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CustomerSummary, Delta, OrderFact } from './domain/customer-summary';
import { isConditionFailure, withoutKeys, type Db } from '../store/client';
import { keys } from '../store/table';

/** A customer item's relationship state: its order facts and the summary last added to the aggregates. */
export interface CustomerRelationshipState {
  exists: boolean;
  facts: OrderFact[];
  summary: CustomerSummary | null;
  version: number;
  /** The last-order index entry (gsi2sk) the item carries, if any. */
  indexedAs?: string;
}

const ATTRS_PER_UPDATE = 90;

const lastOrderIndex = (email: string, summary: CustomerSummary) => {
  const { gsi2pk, gsi2sk } = keys.customerByLastOrder(email, summary.lastDay, summary.spendCents);
  return { ':gpk': gsi2pk, ':gsk': gsi2sk };
};

/** A customer on an action list: who, what they spent, when they last ordered. */
export interface ListedCustomer {
  email: string;
  name: string;
  locale?: string;
  spendCents: number;
  orders: number;
  firstDay: string;
  lastDay: string;
}
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
          ProjectionExpression: 'pk, orderFacts, relSummary, relVersion, gsi2sk',
        }),
      );
      return {
        exists: Boolean(Item),
        facts: Object.values((Item?.orderFacts ?? {}) as Record<string, OrderFact>),
        summary: (Item?.relSummary as CustomerSummary | undefined) ?? null,
        version: Number(Item?.relVersion ?? 0),
        ...(Item?.gsi2sk ? { indexedAs: String(Item.gsi2sk) } : {}),
      };
    },

    /**
     * Replaces the customer's summary if nobody replaced it since `version` was read. False when
     * someone did (read again) or the item is gone.
     */
    /** True when the item's last-order index entry is the one `summary` wants (none for none). */
    indexedFor: (email: string, summary: CustomerSummary | null, indexedAs: string | undefined) =>
      summary ? keys.customerByLastOrder(email, summary.lastDay, summary.spendCents).gsi2sk === indexedAs : !indexedAs,

    async swapSummary(email: string, version: number, summary: CustomerSummary | null): Promise<boolean> {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.profile(email),
            ConditionExpression: version
              ? 'attribute_exists(pk) AND relVersion = :v'
              : 'attribute_exists(pk) AND attribute_not_exists(relVersion)',
            // The last-order index (gsi2) follows the summary: the at-risk and lapsed lists read it.
            UpdateExpression: summary
              ? 'SET relSummary = :s, relVersion = :next, gsi2pk = :gpk, gsi2sk = :gsk'
              : 'SET relVersion = :next REMOVE relSummary, gsi2pk, gsi2sk',
            ExpressionAttributeValues: {
              ':next': version + 1,
              ...(version ? { ':v': version } : {}),
              ...(summary ? { ':s': summary, ...lastOrderIndex(email, summary) } : {}),
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

    /**
     * Customers whose last counting order was in `month` and on a day in [from, to] (YYYY-MM-DD),
     * most spend first, at most `limit`: one partition of the last-order index, a few pages at most.
     */
    async lastOrderedIn(month: string, from: string, to: string, limit: number): Promise<ListedCustomer[]> {
      const out: ListedCustomer[] = [];
      let start: Record<string, unknown> | undefined;
      for (let page = 0; page < 20 && out.length < limit; page++) {
        const res = await doc.send(
          new QueryCommand({
            TableName: table,
            IndexName: 'gsi2',
            KeyConditionExpression: 'gsi2pk = :pk',
            FilterExpression: 'relSummary.lastDay BETWEEN :from AND :to',
            ExpressionAttributeValues: { ':pk': keys.customersLastOrderedIn(month), ':from': from, ':to': to },
            ProjectionExpression: 'email, #name, locale, relSummary',
            ExpressionAttributeNames: { '#name': 'name' },
            Limit: Math.max(limit * 2, 50),
            ExclusiveStartKey: start,
          }),
        );
        for (const item of res.Items ?? []) {
          const summary = item.relSummary as CustomerSummary;
          out.push({
            email: String(item.email),
            name: String(item.name ?? ''),
            ...(item.locale ? { locale: String(item.locale) } : {}),
            spendCents: summary.spendCents,
            orders: summary.orders,
            firstDay: summary.firstDay,
            lastDay: summary.lastDay,
          });
        }
        start = res.LastEvaluatedKey;
        if (!start) break;
      }
      return out.slice(0, limit);
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
