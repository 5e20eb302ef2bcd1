import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Conflict } from '../commons/errors';
import type { BotState } from './domain/bot';
import { isConditionFailure, withoutKeys, type Db } from '../store/client';
import { keys } from '../store/table';

export interface ChatSession {
  sessionId: string;
  customerId?: string;
  locale?: string;
  state: BotState;
  turns: number;
  createdAt: string;
  updatedAt: string;
  expiresAt: number;
  rating?: number;
}

export interface ChatTurn {
  at: string;
  role: 'user' | 'bot';
  text: string;
  intent?: string;
  confidence?: number;
}

/** Who holds a session for the turn running on it, and until when (epoch milliseconds). */
export interface Lease {
  leaseId: string;
  leaseUntil: number;
}

const epoch = (d: Date) => Math.floor(d.getTime() / 1000);
const busy = () => new Conflict('Another message of this conversation was handled at the same time; send it again');

/** Chat sessions (state with a TTL) and their turns, the transcript a handoff carries. */
export function chatStore({ doc, table }: Db) {
  return {
    /** The session, unless it expired (TTL is only a hint: dynalite never expires items). */
    async get(sessionId: string, now: Date): Promise<ChatSession | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.chatState(sessionId) }));
      if (!Item || Number(Item.expiresAt) <= epoch(now)) return undefined;
      const { leaseId: _id, leaseUntil: _until, ...session } = withoutKeys<ChatSession & Lease>(Item);
      return { ...session, expiresAt: Number(Item.expiresAt) };
    },

    /**
     * Takes the session for one turn, before the turn runs anything: only while it still has
     * `turns` turns (nobody moved it on since it was read) and no other turn holds it (or that
     * turn's lease ran out). Conflict otherwise, with nothing done.
     */
    async take(sessionId: string, turns: number, lease: Lease, now: Date): Promise<void> {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.chatState(sessionId),
            UpdateExpression: 'SET leaseId = :id, leaseUntil = :until',
            ConditionExpression:
              'attribute_exists(pk) AND turns = :turns AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
            ExpressionAttributeValues: {
              ':id': lease.leaseId,
              ':until': lease.leaseUntil,
              ':turns': turns,
              ':now': now.getTime(),
            },
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw busy();
        throw error;
      }
    },

    /** Gives the session back unchanged (a turn that failed after taking it). */
    async release(sessionId: string, leaseId: string): Promise<void> {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.chatState(sessionId),
            UpdateExpression: 'REMOVE leaseId, leaseUntil',
            ConditionExpression: 'leaseId = :id',
            ExpressionAttributeValues: { ':id': leaseId },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },

    /**
     * Saves the state after a turn, which gives the session back: a new session only if its id
     * is still free, an existing one only by the turn holding it (`leaseId`).
     */
    async save(session: ChatSession, previousTurns: number | undefined, leaseId?: string): Promise<void> {
      try {
        await doc.send(
          new PutCommand({
            TableName: table,
            Item: {
              ...keys.chatState(session.sessionId),
              // A signed-in customer's sessions are listed on their page for staff (gsi2).
              ...(session.customerId
                ? keys.chatByCustomer(session.customerId, session.createdAt, session.sessionId)
                : {}),
              ...session,
            },
            ConditionExpression:
              previousTurns === undefined ? 'attribute_not_exists(pk)' : 'turns = :prev AND leaseId = :lease',
            ExpressionAttributeValues:
              previousTurns === undefined ? undefined : { ':prev': previousTurns, ':lease': leaseId ?? '' },
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw busy();
        throw error;
      }
    },

    async addTurns(sessionId: string, turns: ChatTurn[], expiresAt: number): Promise<void> {
      await Promise.all(
        turns.map((turn, i) =>
          doc.send(
            new PutCommand({
              TableName: table,
              Item: { ...keys.chatTurn(sessionId, turn.at, i), ...turn, expiresAt },
            }),
          ),
        ),
      );
    },

    async transcript(sessionId: string): Promise<ChatTurn[]> {
      const out = await doc.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :t)',
          ExpressionAttributeValues: { ':pk': keys.chatSession(sessionId), ':t': keys.chatTurnPrefix },
          Limit: 200,
        }),
      );
      return (out.Items ?? []).map((i) => withoutKeys<ChatTurn>(i));
    },

    /** Records the rating once; returns false when the conversation was already rated. */
    async rate(sessionId: string, score: number, now: Date): Promise<boolean> {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.chatState(sessionId),
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(rating) AND expiresAt > :now',
            UpdateExpression: 'SET rating = :score, ratedAt = :at',
            ExpressionAttributeValues: { ':score': score, ':at': now.toISOString(), ':now': epoch(now) },
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

export type ChatStore = ReturnType<typeof chatStore>;
