import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
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

/**
 * One chain of rotating refresh tokens of the local identity provider (a sign-in on one device).
 * Only the hash of the current secret is kept; an older secret coming back means the chain leaked.
 */
export interface RefreshFamily {
  familyId: string;
  email: string;
  secretHash: string;
  /** The secret before the last rotation, and when it rotated (epoch seconds): a late twin of a refresh may still use it briefly. */
  previousHash?: string;
  rotatedAt?: number;
  generation: number;
  createdAt: string;
  /** Epoch seconds (the table's TTL attribute); every rotation moves it on. */
  expiresAt: number;
  revokedAt?: string;
}

export function refreshTokensStore({ doc, table }: Db) {
  return {
    async get(familyId: string): Promise<RefreshFamily | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.refreshFamily(familyId) }));
      return Item ? withoutKeys<RefreshFamily>(Item) : undefined;
    },
    async create(family: RefreshFamily): Promise<void> {
      await doc.send(
        new PutCommand({
          TableName: table,
          Item: { ...keys.refreshFamily(family.familyId), ...family },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },
    /**
     * Replaces the current secret with the next one, only if `presentedHash` is the current one,
     * the family is not revoked and not expired: two rotations of the same secret cannot both win.
     */
    async rotate(familyId: string, presentedHash: string, nextHash: string, nowSeconds: number, expiresAt: number) {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.refreshFamily(familyId),
            ConditionExpression:
              'attribute_exists(pk) AND secretHash = :old AND attribute_not_exists(revokedAt) AND expiresAt > :now',
            UpdateExpression:
              'SET secretHash = :next, previousHash = :old, rotatedAt = :now, generation = generation + :one, expiresAt = :exp',
            ExpressionAttributeValues: {
              ':old': presentedHash,
              ':next': nextHash,
              ':now': nowSeconds,
              ':one': 1,
              ':exp': expiresAt,
            },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
    /** Ends the family: none of its tokens refresh again. */
    async revoke(familyId: string, at: string): Promise<void> {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.refreshFamily(familyId),
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)',
            UpdateExpression: 'SET revokedAt = :at',
            ExpressionAttributeValues: { ':at': at },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },
  };
}

export type RefreshTokensStore = ReturnType<typeof refreshTokensStore>;
