import { DeleteCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { CustomerSummary } from './domain/customer-summary';
import type { DayCounter, StoredCustomer, StoredOrder } from './domain/rebuild';
import { queryAll, withoutKeys, type Db } from '../store/client';
import { keys, PARTITION } from '../store/table';

/** Everything the relationship rebuild reads, from one pass over the table. */
export interface RebuildSources {
  customers: StoredCustomer[];
  orders: StoredOrder[];
  days: DayCounter[];
}

const PROFILE = keys.profile('x').sk;
const ORDER = keys.order('x').sk;
const DAY_KINDS = ['NPS', 'CSAT'] as const;
const REL_PK = keys.relationship('x').pk;

/**
 * The offline reads and writes of `npm run insights:rebuild`. Not in the app's stores: the Scan
 * here is for a check run by hand, never for a request.
 */
export function rebuildStore({ doc, table }: Db) {
  return {
    /**
     * Customer items, orders and survey day counters, in one parallel Scan (`segments` at once),
     * only the attributes the rebuild needs.
     */
    async scanSources(segments = 4): Promise<RebuildSources> {
      const out: RebuildSources = { customers: [], orders: [], days: [] };
      const dayPrefix = Object.fromEntries(DAY_KINDS.map((k) => [k, keys.statsCounters(k, '')]));
      const scanSegment = async (segment: number) => {
        let start: Record<string, unknown> | undefined;
        do {
          const page = await doc.send(
            new ScanCommand({
              TableName: table,
              Segment: segment,
              TotalSegments: segments,
              FilterExpression:
                '(sk = :profile AND begins_with(pk, :cust)) OR sk = :order OR begins_with(pk, :nps) OR begins_with(pk, :csat)',
              ProjectionExpression:
                'pk, sk, email, placedAt, totalCents, #status, relSummary, relVersion, gsi2sk, #count',
              ExpressionAttributeNames: { '#status': 'status', '#count': 'count' },
              ExpressionAttributeValues: {
                ':profile': PROFILE,
                ':cust': PARTITION.customer,
                ':order': ORDER,
                ':nps': dayPrefix.NPS,
                ':csat': dayPrefix.CSAT,
              },
              ExclusiveStartKey: start,
            }),
          );
          for (const item of page.Items ?? []) collect(item, out, dayPrefix);
          start = page.LastEvaluatedKey;
        } while (start);
      };
      await Promise.all(Array.from({ length: segments }, (_, i) => scanSegment(i)));
      return out;
    },

    /** Every stored aggregate part (one partition, a few hundred items at most). */
    async storedParts(): Promise<Record<string, Record<string, number>>> {
      const items = await queryAll(doc, {
        TableName: table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': REL_PK },
      });
      return Object.fromEntries(items.map((i) => [String(i.sk), withoutKeys<Record<string, number>>(i)]));
    },

    /** Replaces a part with exactly these amounts; none left (an old-layout part): the item goes. */
    async replacePart(part: string, attrs: Record<string, number>): Promise<void> {
      if (!Object.keys(attrs).length) {
        await doc.send(new DeleteCommand({ TableName: table, Key: keys.relationship(part) }));
        return;
      }
      await doc.send(new PutCommand({ TableName: table, Item: { ...attrs, ...keys.relationship(part) } }));
    },
  };
}

function collect(item: Record<string, unknown>, out: RebuildSources, dayPrefix: Record<string, string>) {
  const pk = String(item.pk);
  if (item.sk === PROFILE) {
    out.customers.push({
      email: pk.slice(PARTITION.customer.length),
      summary: (item.relSummary as CustomerSummary | undefined) ?? null,
      version: Number(item.relVersion ?? 0),
      ...(item.gsi2sk ? { indexedAs: String(item.gsi2sk) } : {}),
    });
    return;
  }
  if (item.sk === ORDER) {
    out.orders.push({
      email: String(item.email ?? ''),
      placedAt: String(item.placedAt),
      totalCents: Number(item.totalCents ?? 0),
      status: item.status as StoredOrder['status'],
    });
    return;
  }
  for (const kind of DAY_KINDS) {
    const prefix = dayPrefix[kind] as string;
    if (pk.startsWith(prefix))
      out.days.push({ kind, day: pk.slice(prefix.length), key: String(item.sk), count: Number(item.count ?? 0) });
  }
}
