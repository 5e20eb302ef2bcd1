import { BatchWriteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, type Db } from '../store/client';
import { keys } from '../store/table';

/** Below DynamoDB's 400 KB item limit, with room for the keys. */
const CHUNK_BYTES = 350_000;
/** Old chunks left behind by a failed clean-up expire (on AWS; TTL attribute of the table). */
const CHUNK_TTL_SECONDS = 7 * 24 * 3600;

export interface StoredIndex {
  revision: number;
  bytes: Uint8Array;
}

/**
 * The search index of a content revision, written at publish and read by a cold start: chunks of
 * the snapshot bytes, then a pointer item naming them, so a reader sees a whole index or none.
 */
export function searchIndexStore({ doc, table }: Db) {
  async function chunksOf(id: string): Promise<Uint8Array[]> {
    const parts: Uint8Array[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await doc.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
          ExpressionAttributeValues: { ':pk': keys.faqSearchIndex.pk, ':sk': keys.faqSearchIndexChunks(id) },
          ExclusiveStartKey: start,
        }),
      );
      for (const item of out.Items ?? []) parts.push(item.data as Uint8Array);
      start = out.LastEvaluatedKey;
    } while (start);
    return parts;
  }

  async function remove(id: string, count: number): Promise<void> {
    for (let n = 0; n < count; n += 25) {
      const requests = Array.from({ length: Math.min(25, count - n) }, (_, i) => ({
        DeleteRequest: { Key: keys.faqSearchIndexChunk(id, n + i) },
      }));
      await doc.send(new BatchWriteCommand({ RequestItems: { [table]: requests } }));
    }
  }

  return {
    /** The stored index, when there is one for exactly this revision. */
    async load(revision: number): Promise<StoredIndex | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.faqSearchIndex }));
      if (!Item || Number(Item.revision) !== revision) return undefined;
      const parts = await chunksOf(String(Item.id));
      if (parts.length !== Number(Item.chunks)) return undefined;
      return { revision, bytes: Buffer.concat(parts) };
    },

    /**
     * Stores the index of a revision unless a newer one is stored already; the one it replaces
     * is deleted. Returns whether it was stored.
     */
    async save(revision: number, bytes: Uint8Array, now: Date): Promise<boolean> {
      const id = `${revision}-${now.getTime().toString(36)}`;
      const expiresAt = Math.floor(now.getTime() / 1000) + CHUNK_TTL_SECONDS;
      const count = Math.max(1, Math.ceil(bytes.length / CHUNK_BYTES));
      for (let n = 0; n < count; n += 25) {
        const requests = Array.from({ length: Math.min(25, count - n) }, (_, i) => ({
          PutRequest: {
            Item: {
              ...keys.faqSearchIndexChunk(id, n + i),
              data: bytes.subarray((n + i) * CHUNK_BYTES, (n + i + 1) * CHUNK_BYTES),
              expiresAt,
            },
          },
        }));
        let pending: Record<string, unknown[]> | undefined = { [table]: requests };
        while (pending && Object.keys(pending).length) {
          const out = await doc.send(new BatchWriteCommand({ RequestItems: pending as never }));
          pending = out.UnprocessedItems as Record<string, unknown[]> | undefined;
        }
      }
      const { Item: previous } = await doc.send(new GetCommand({ TableName: table, Key: keys.faqSearchIndex }));
      try {
        await doc.send(
          new PutCommand({
            TableName: table,
            Item: { ...keys.faqSearchIndex, revision, id, chunks: count, bytes: bytes.length, at: now.toISOString() },
            ConditionExpression: 'attribute_not_exists(revision) OR revision <= :rev',
            ExpressionAttributeValues: { ':rev': revision },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        await remove(id, count);
        return false;
      }
      if (previous && previous.id !== id) await remove(String(previous.id), Number(previous.chunks));
      return true;
    },
  };
}

export type SearchIndexStore = ReturnType<typeof searchIndexStore>;
