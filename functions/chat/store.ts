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

const epoch = (d: Date) => Math.floor(d.getTime() / 1000);

/** Chat sessions (state with a TTL) and their turns, the transcript a handoff carries. */
export function chatStore({ doc, table }: Db) {
  return {
    /** The session, unless it expired (TTL is only a hint: dynalite never expires items). */
    async get(sessionId: string, now: Date): Promise<ChatSession | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.chatState(sessionId) }));
      if (!Item || Number(Item.expiresAt) <= epoch(now)) return undefined;
      return { ...withoutKeys<ChatSession>(Item), expiresAt: Number(Item.expiresAt) };
    },

    /** Saves the state after a turn; two turns racing on one session cannot both win. */
    async save(session: ChatSession, previousTurns: number | undefined): Promise<void> {
      try {
        await doc.send(
          new PutCommand({
            TableName: table,
            Item: { ...keys.chatState(session.sessionId), ...session },
            ConditionExpression: previousTurns === undefined ? 'attribute_not_exists(pk)' : 'turns = :prev',
            ExpressionAttributeValues: previousTurns === undefined ? undefined : { ':prev': previousTurns },
          }),
        );
      } catch (error) {
        if (isConditionFailure(error))
          throw new Conflict('Another message of this conversation was handled at the same time; send it again');
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
