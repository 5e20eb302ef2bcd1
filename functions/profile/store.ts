import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { NotFound } from '../commons/errors';
import type { ProfilePatch, ProfileRecord, StoredOrderFacts } from './domain/profile';
import { isConditionFailure, withoutKeys, type Db } from '../store/client';
import { keys } from '../store/table';

/** Customer profiles: one item per customer, keyed by their email (lower-cased). */
export function customersStore({ doc, table }: Db) {
  return {
    async get(email: string): Promise<ProfileRecord | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.profile(email) }));
      return Item ? withoutKeys<ProfileRecord>(Item) : undefined;
    },

    /** Creates the profile unless it exists; returns the stored one either way. */
    async ensure(profile: ProfileRecord): Promise<ProfileRecord> {
      try {
        await doc.send(
          new PutCommand({
            TableName: table,
            Item: { ...keys.profile(profile.email), ...profile },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return profile;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const existing = await this.get(profile.email);
        if (!existing) throw error;
        return existing;
      }
    },

    /**
     * Keeps one order's facts on the customer item, unless newer ones (a higher order version)
     * are there already. False when the customer has no item, or no facts map yet (fill it first).
     */
    async keepOrderFacts(email: string, orderNumber: string, facts: StoredOrderFacts): Promise<boolean> {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.profile(email),
            ConditionExpression:
              'attribute_exists(orderFacts) AND (attribute_not_exists(orderFacts.#n) OR orderFacts.#n.version < :v)',
            UpdateExpression: 'SET orderFacts.#n = :f',
            ExpressionAttributeNames: { '#n': orderNumber },
            ExpressionAttributeValues: { ':f': facts, ':v': facts.version },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    /** Fills the facts map the first time (from the orders as stored); false when one exists. */
    async fillOrderFacts(email: string, facts: Record<string, StoredOrderFacts>): Promise<boolean> {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.profile(email),
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(orderFacts)',
            UpdateExpression: 'SET orderFacts = :f',
            ExpressionAttributeValues: { ':f': facts },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    /** Drops an order from a customer's facts (the shop moved it to another email). */
    async dropOrderFacts(email: string, orderNumber: string): Promise<void> {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.profile(email),
            ConditionExpression: 'attribute_exists(orderFacts)',
            UpdateExpression: 'REMOVE orderFacts.#n',
            ExpressionAttributeNames: { '#n': orderNumber },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },

    /** Applies a validated patch; preferences merge field by field. */
    async update(email: string, patch: ProfilePatch, now: Date): Promise<ProfileRecord> {
      const names: Record<string, string> = {};
      const values: Record<string, unknown> = { ':now': now.toISOString() };
      const sets = ['updatedAt = :now'];
      const set = (path: string[], value: unknown) => {
        const tokens = path.map((p) => {
          names[`#${p}`] = p;
          return `#${p}`;
        });
        const placeholder = `:${path.join('_')}`;
        values[placeholder] = value;
        sets.push(`${tokens.join('.')} = ${placeholder}`);
      };
      if (patch.name !== undefined) set(['name'], patch.name);
      if (patch.locale !== undefined) set(['locale'], patch.locale);
      if (patch.specialDates !== undefined) set(['specialDates'], patch.specialDates);
      if (patch.defaultAddress) set(['defaultAddress'], patch.defaultAddress);
      const removes = patch.defaultAddress === null ? ' REMOVE defaultAddress' : '';
      for (const [key, value] of Object.entries(patch.preferences ?? {})) set(['preferences', key], value);
      try {
        const out = await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.profile(email),
            ConditionExpression: 'attribute_exists(pk)',
            UpdateExpression: `SET ${sets.join(', ')}${removes}`,
            ExpressionAttributeNames: Object.keys(names).length ? names : undefined,
            ExpressionAttributeValues: values,
            ReturnValues: 'ALL_NEW',
          }),
        );
        return withoutKeys<ProfileRecord>(out.Attributes ?? {});
      } catch (error) {
        if (isConditionFailure(error)) throw new NotFound('Profile');
        throw error;
      }
    },
  };
}

export type CustomersStore = ReturnType<typeof customersStore>;
