import { BatchGetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, withoutKeys, type Db } from '../store/client';
import { keys } from '../store/table';
import type { MessageKind, MessageStatus } from '../outbox/domain/message';

/** One NPS answer as the customer's page shows it. */
export interface NpsGiven {
  score: number;
  at: string;
  comment?: string;
  orderNumber?: string;
}

/** One chat session of a customer, as the customer's page lists it. */
export interface ChatSummary {
  sessionId: string;
  createdAt: string;
  updatedAt: string;
  turns: number;
  locale?: string;
  rating?: number;
  ratedAt?: string;
}

/** The fields of an outbox message the customer's page shows. */
export interface MessageSummary {
  id: string;
  kind: MessageKind;
  subject: string;
  status: MessageStatus;
  orderNumber?: string;
  createdAt: string;
  sentAt?: string;
}

const MAX_BATCH = 100;

/**
 * What staff find customers by and see on a customer's page, beside the profile, orders and
 * tickets their own stores keep: search terms (a prefix index, one partition per first letter),
 * the customer's messages (references to outbox items), NPS answers and chat sessions.
 */
/** A short personal note from a staff member to a customer, shown on their profile. */
export interface PersonalNote {
  id: string;
  at: string;
  /** The staff member who wrote it (their email). */
  by: string;
  /** What they wrote (Markdown) and its sanitised HTML. */
  body: string;
  html: string;
}

export function customerDirectoryStore({ doc, table }: Db) {
  return {
    /**
     * Writes a customer's search terms (idempotent; stale terms of an old name are filtered on
     * read), each with a reference in the customer's own partition, so erasing the customer finds
     * every index item, an old name's too.
     */
    async index(email: string, terms: readonly string[]): Promise<void> {
      await Promise.all(
        terms.flatMap((term) => [
          doc.send(
            new PutCommand({
              TableName: table,
              Item: { ...keys.customerIndexTerm(term, email), email: email.toLowerCase() },
            }),
          ),
          doc.send(new PutCommand({ TableName: table, Item: { ...keys.customerTermRef(email, term), term } })),
        ]),
      );
    },

    /** Emails of customers with a term starting with `prefix`, at most `limit`. */
    async find(prefix: string, limit: number): Promise<string[]> {
      const out = await doc.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.customerIndexShard(prefix), ':prefix': prefix },
          ProjectionExpression: 'email',
          Limit: limit,
        }),
      );
      return [...new Set((out.Items ?? []).map((i) => String(i.email)))];
    },

    /** Notes that a message went (or will go) to a customer; its status stays on the outbox item. */
    async rememberMessage(email: string, id: string, createdAt: string): Promise<void> {
      await doc.send(
        new UpdateCommand({
          TableName: table,
          Key: keys.customerMessage(email, createdAt, id),
          UpdateExpression: 'SET id = :id',
          ExpressionAttributeValues: { ':id': id },
        }),
      );
    },

    /** The customer's messages, newest first, with their current status. */
    async messages(email: string, limit = 50): Promise<MessageSummary[]> {
      const refs = await doc.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.customerPartition(email), ':prefix': keys.customerMessagePrefix },
          ScanIndexForward: false,
          Limit: Math.min(limit, MAX_BATCH),
        }),
      );
      // A replayed enqueue adds a reference at its own time: one entry per message.
      const ids = [...new Set((refs.Items ?? []).map((i) => String(i.id)))];
      if (!ids.length) return [];
      const out = await doc.send(
        new BatchGetCommand({
          RequestItems: {
            [table]: {
              Keys: ids.map((id) => keys.outboxMessage(id)),
              ProjectionExpression: 'id, kind, subject, #status, orderNumber, createdAt, sentAt',
              ExpressionAttributeNames: { '#status': 'status' },
            },
          },
        }),
      );
      const found = new Map((out.Responses?.[table] ?? []).map((i) => [String(i.id), i as unknown as MessageSummary]));
      return ids.flatMap((id) => (found.has(id) ? [found.get(id) as MessageSummary] : []));
    },

    /** Keeps an NPS answer on the customer's partition (the aggregate counters know no one). */
    async rememberNps(email: string, answer: NpsGiven): Promise<void> {
      const present = Object.entries(answer).filter(([, v]) => v !== undefined);
      await doc.send(
        new UpdateCommand({
          TableName: table,
          Key: keys.customerNps(email, answer.at),
          UpdateExpression: `SET ${present.map((_, i) => `#n${i} = :v${i}`).join(', ')}`,
          ExpressionAttributeNames: Object.fromEntries(present.map(([k], i) => [`#n${i}`, k])),
          ExpressionAttributeValues: Object.fromEntries(present.map(([, v], i) => [`:v${i}`, v])),
        }),
      );
    },

    /** Keeps a personal note on the customer's partition (so erasing the customer erases it). */
    async addNote(email: string, note: PersonalNote): Promise<void> {
      await doc.send(
        new PutCommand({
          TableName: table,
          Item: { ...keys.customerNote(email, note.at, note.id), ...note },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },

    /** A customer's personal notes, newest first. */
    async notes(email: string, limit = 20): Promise<PersonalNote[]> {
      const out = await doc.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.customerPartition(email), ':prefix': keys.customerNotePrefix },
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
      return (out.Items ?? []).map((i) => withoutKeys<PersonalNote>(i));
    },

    async npsGiven(email: string, limit = 50): Promise<NpsGiven[]> {
      const out = await doc.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.customerPartition(email), ':prefix': keys.customerNpsPrefix },
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
      return (out.Items ?? []).map((i) => withoutKeys<NpsGiven>(i));
    },

    /**
     * Records the token subject on a profile a shop's feed created (keyed by the email alone), the
     * first time its owner signs in: their tickets and chats are filed under the subject. Once.
     */
    async linkSubject(email: string, sub: string): Promise<void> {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.profile(email),
            ConditionExpression: 'customerId = :email',
            UpdateExpression: 'SET customerId = :sub',
            ExpressionAttributeValues: { ':email': email.toLowerCase(), ':sub': sub },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },

    /** Chat sessions a signed-in customer (by token subject) started, newest first. */
    async chats(customerId: string, limit = 50): Promise<ChatSummary[]> {
      const out = await doc.send(
        new QueryCommand({
          TableName: table,
          IndexName: 'gsi2',
          KeyConditionExpression: 'gsi2pk = :pk AND begins_with(gsi2sk, :prefix)',
          ExpressionAttributeValues: {
            ':pk': keys.customerChats(customerId),
            ':prefix': keys.customerChatPrefix,
          },
          ProjectionExpression: 'sessionId, createdAt, updatedAt, turns, locale, rating, ratedAt',
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
      return (out.Items ?? []).map((i) => i as unknown as ChatSummary);
    },
  };
}

export type CustomerDirectoryStore = ReturnType<typeof customerDirectoryStore>;
