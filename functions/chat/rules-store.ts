import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { PreconditionFailed } from '../commons/errors';
import { isConditionFailure, type Db } from '../store/client';
import { keys } from '../store/table';

const KEY = keys.botRules;

export interface StoredRules {
  version: number;
  rules: unknown;
  updatedAt: string;
  updatedBy: string;
}

/** The bot's rule file as data an admin can replace without a deploy. */
export function botRulesStore({ doc, table }: Db) {
  return {
    async get(): Promise<StoredRules | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: KEY }));
      return Item
        ? {
            version: Number(Item.version),
            rules: JSON.parse(String(Item.rules)),
            updatedAt: String(Item.updatedAt),
            updatedBy: String(Item.updatedBy),
          }
        : undefined;
    },
    /** The stored version only, cheap enough to check on every instance every few seconds. */
    async version(): Promise<number> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: KEY, ProjectionExpression: 'version' }));
      return Number(Item?.version ?? 0);
    },
    /** Saves the next version; a stale editor (wrong expected version) gets 412. */
    async save(rules: unknown, expectedVersion: number, by: string, now: Date): Promise<StoredRules> {
      const next: StoredRules = { version: expectedVersion + 1, rules, updatedAt: now.toISOString(), updatedBy: by };
      try {
        await doc.send(
          new PutCommand({
            TableName: table,
            Item: { ...KEY, ...next, rules: JSON.stringify(rules) },
            ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
            ExpressionAttributeValues: expectedVersion === 0 ? undefined : { ':v': expectedVersion },
          }),
        );
        return next;
      } catch (error) {
        if (isConditionFailure(error))
          throw new PreconditionFailed('The rules changed since you loaded them; reload and apply your change again');
        throw error;
      }
    },
  };
}

export type BotRulesStore = ReturnType<typeof botRulesStore>;
