import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, withoutKeys, type Db } from '../store/client';
import { keys } from '../store/table';

/** Credentials of the local identity provider (Cognito holds them on AWS). */
export interface UserCredentials {
  email: string;
  sub: string;
  passwordHash: string;
  groups: string[];
}

export function usersStore({ doc, table }: Db) {
  return {
    async get(email: string): Promise<UserCredentials | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.user(email) }));
      return Item ? withoutKeys<UserCredentials>(Item) : undefined;
    },
    /** Creates a user unless the email is taken; returns false when it was. */
    async create(user: UserCredentials): Promise<boolean> {
      try {
        await doc.send(
          new PutCommand({
            TableName: table,
            Item: { ...keys.user(user.email), ...user },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
  };
}

export type UsersStore = ReturnType<typeof usersStore>;
