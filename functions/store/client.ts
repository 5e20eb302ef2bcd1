import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';

export interface DbConfig {
  tableName: string;
  endpoint?: string;
  region: string;
}

/** The one document client of a process; local endpoints get dummy credentials. */
export function createDocumentClient(config: DbConfig): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: config.region,
    ...(config.endpoint
      ? { endpoint: config.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
    maxAttempts: 3,
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

export interface Db {
  doc: DynamoDBDocumentClient;
  table: string;
}

/** Every item a query matches, following LastEvaluatedKey page by page. */
export async function queryAll(
  doc: DynamoDBDocumentClient,
  input: QueryCommandInput,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await doc.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** True when a conditional write lost (the condition did not hold). */
export const isConditionFailure = (error: unknown) =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException';

/** Strips key attributes before an item leaves the store. */
export function withoutKeys<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, expiresAt: _e, ...rest } = item;
  return rest as T;
}

/** Opaque paging cursor <-> DynamoDB LastEvaluatedKey. */
export const cursor = {
  encode: (key: Record<string, unknown> | undefined) =>
    key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined,
  /** A cursor back to a key, only if it has exactly the expected attributes (else undefined). */
  decode: (value: string | undefined, attributes: readonly string[]): Record<string, string> | undefined => {
    if (!value) return undefined;
    try {
      const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
      const entries = Object.entries(parsed);
      const exact =
        entries.length === attributes.length &&
        entries.every(([k, v]) => attributes.includes(k) && typeof v === 'string');
      return exact ? (parsed as Record<string, string>) : undefined;
    } catch {
      return undefined;
    }
  },
};
