import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { PreconditionFailed } from '../commons/errors';
import { isConditionFailure, type Db } from '../store/client';
import { keys } from '../store/table';

const KEY = keys.botRules;

export interface StoredRules {
  version: number;
  rules: unknown;
  updatedAt: string;
  updatedBy: string;
  /** Set when this version put back an earlier one. */
  restoredFrom?: number;
}

/** One saved version in the history list (without its rule file). */
export type RulesVersion = Omit<StoredRules, 'rules'>;

/** A stored rule file from its item (the head, or a saved version). */
export const storedRulesOf = (Item: Record<string, unknown>): StoredRules => ({
  version: Number(Item.version),
  rules: JSON.parse(String(Item.rules)),
  updatedAt: String(Item.updatedAt),
  updatedBy: String(Item.updatedBy),
  ...(Item.restoredFrom !== undefined ? { restoredFrom: Number(Item.restoredFrom) } : {}),
});

/** The bot's rule file as data an admin can replace without a deploy. */
export function botRulesStore({ doc, table }: Db) {
  return {
    async get(): Promise<StoredRules | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: KEY }));
      return Item ? storedRulesOf(Item) : undefined;
    },
    /** One saved version, whole (undefined when there is no such version). */
    async getVersion(version: number): Promise<StoredRules | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.botRulesVersion(version) }));
      return Item ? storedRulesOf(Item) : undefined;
    },
    /** Saved versions, newest first, without their files (one page of `limit`). */
    async history(limit: number): Promise<RulesVersion[]> {
      const { Items = [] } = await doc.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': KEY.pk, ':prefix': keys.botRulesVersionPrefix },
          ProjectionExpression: 'version, updatedAt, updatedBy, restoredFrom',
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
      return Items.map((Item) => ({
        version: Number(Item.version),
        updatedAt: String(Item.updatedAt),
        updatedBy: String(Item.updatedBy),
        ...(Item.restoredFrom !== undefined ? { restoredFrom: Number(Item.restoredFrom) } : {}),
      }));
    },
    /** The stored version only, cheap enough to check on every instance every few seconds. */
    async version(): Promise<number> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: KEY, ProjectionExpression: 'version' }));
      return Number(Item?.version ?? 0);
    },
    /**
     * Saves the next version; a stale editor (wrong expected version) gets 412. The head is
     * written first (its condition orders the saves), then the version's history item: a crash
     * between the two loses a history line, never the rules.
     */
    async save(
      rules: unknown,
      expectedVersion: number,
      by: string,
      now: Date,
      restoredFrom?: number,
    ): Promise<StoredRules> {
      const next: StoredRules = {
        version: expectedVersion + 1,
        rules,
        updatedAt: now.toISOString(),
        updatedBy: by,
        ...(restoredFrom !== undefined ? { restoredFrom } : {}),
      };
      try {
        await doc.send(
          new PutCommand({
            TableName: table,
            Item: { ...KEY, ...next, rules: JSON.stringify(rules) },
            ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
            ExpressionAttributeValues: expectedVersion === 0 ? undefined : { ':v': expectedVersion },
          }),
        );
      } catch (error) {
        if (isConditionFailure(error))
          throw new PreconditionFailed('The rules changed since you loaded them; reload and apply your change again');
        throw error;
      }
      await doc.send(
        new PutCommand({
          TableName: table,
          Item: { ...keys.botRulesVersion(next.version), ...next, rules: JSON.stringify(rules) },
        }),
      );
      return next;
    },
  };
}

export type BotRulesStore = ReturnType<typeof botRulesStore>;
