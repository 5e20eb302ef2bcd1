import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { NotFound } from '../commons/errors';
import type {
  NamedAgent,
  SavedReplies,
  SavedReply,
  Ticket,
  TicketChange,
  TicketMessage,
  TicketPriority,
  TicketStatus,
} from './domain/ticket';
import { isConditionFailure, queryAll, withoutKeys, type Db } from '../store/client';
import { keys } from '../store/table';

const key = keys.ticket;

/** Head attributes the queue reads: everything but the transcript. */
const QUEUE_FIELDS = [
  'id',
  'status',
  'reason',
  'orderNumber',
  'locale',
  'source',
  'sessionId',
  'customerId',
  'contact',
  'priority',
  'assignee',
  'version',
  'createdAt',
  'updatedAt',
  'lastMessageAt',
  'firstResponseAt',
  'solvedAt',
  'messageCount',
  'csat',
];
const projection = {
  ProjectionExpression: QUEUE_FIELDS.map((f) => `#${f}`).join(', '),
  ExpressionAttributeNames: Object.fromEntries(QUEUE_FIELDS.map((f) => [`#${f}`, f])),
};

/** A change of the head: the fields to set, and the statuses it may start from (any when left out). */
export interface HeadChange {
  status?: TicketStatus;
  priority?: TicketPriority;
  /** null takes the assignee off. */
  assignee?: string | null;
  by: string;
  at: string;
}

/** What a new message does to the head. */
export interface MessageEffect {
  at: string;
  /** Staff answered the customer: the first-response clock stops (once). */
  firstResponse?: boolean;
  /** The status to move to, only from these statuses (a conditional write: racing replies agree). */
  move?: { to: TicketStatus; from: TicketStatus[]; by: string };
}

/**
 * Tickets: the head (TICKET#id / TICKET, listed per status in gsi1 and per customer in gsi2) and
 * one item per message beside it, so a reply is an append that never rewrites anything; one
 * Query on the partition reads the whole conversation.
 */
export function ticketsStore({ doc, table }: Db) {
  const update = async (input: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName'>) => {
    const out = await doc.send(new UpdateCommand({ TableName: table, ReturnValues: 'ALL_NEW', ...input }));
    return withoutKeys<Ticket>(out.Attributes ?? {});
  };

  return {
    /** The key of a message's item (what an outbox message about it waits for). */
    messageKey: (ticketId: string, message: Pick<TicketMessage, 'at' | 'id'>) =>
      keys.ticketMessage(ticketId, message.at, message.id),

    /**
     * Creates the ticket unless one with the same id (the idempotency key) exists; either way
     * returns the stored ticket and whether this call created it.
     */
    async createOnce(ticket: Ticket): Promise<{ ticket: Ticket; created: boolean }> {
      try {
        await doc.send(
          new PutCommand({
            TableName: table,
            Item: {
              ...key(ticket.id),
              ...keys.ticketListed(ticket.status, ticket.createdAt, ticket.id),
              ...(ticket.customerId ? keys.ticketByCustomer(ticket.customerId, ticket.createdAt) : {}),
              ...ticket,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return { ticket, created: true };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const existing = await this.get(ticket.id);
        if (!existing) throw error;
        return { ticket: existing, created: false };
      }
    },

    async get(id: string): Promise<Ticket | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: key(id) }));
      return Item ? withoutKeys<Ticket>(Item) : undefined;
    },

    /** The head and every message, oldest first, in one Query on the ticket's partition. */
    async conversation(id: string): Promise<{ ticket: Ticket; messages: TicketMessage[] } | undefined> {
      const items = await queryAll(doc, {
        TableName: table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.ticketPartition(id) },
      });
      const head = items.find((i) => i.sk === key(id).sk);
      if (!head) return undefined;
      const messages = items
        .filter((i) => String(i.sk).startsWith(keys.ticketMessagePrefix))
        .map((i) => withoutKeys<TicketMessage>(i));
      return { ticket: withoutKeys<Ticket>(head), messages };
    },

    /** One status's tickets, oldest first (newest first with `newest`), heads without transcripts. */
    async listStatus(status: TicketStatus, limit: number, newest = false): Promise<Ticket[]> {
      const found: Ticket[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const out = await doc.send(
          new QueryCommand({
            TableName: table,
            IndexName: 'gsi1',
            KeyConditionExpression: 'gsi1pk = :pk',
            ExpressionAttributeValues: { ':pk': keys.ticketQueue(status) },
            ScanIndexForward: !newest,
            Limit: Math.min(limit, 500),
            ExclusiveStartKey: start,
            ...projection,
          }),
        );
        found.push(...(out.Items ?? []).map((i) => i as unknown as Ticket));
        start = out.LastEvaluatedKey;
      } while (start && found.length < limit);
      return found.slice(0, limit);
    },

    /** How many tickets have `status` (a count, not a read of them). */
    async countStatus(status: TicketStatus): Promise<number> {
      let count = 0;
      let start: Record<string, unknown> | undefined;
      do {
        const out = await doc.send(
          new QueryCommand({
            TableName: table,
            IndexName: 'gsi1',
            KeyConditionExpression: 'gsi1pk = :pk',
            ExpressionAttributeValues: { ':pk': keys.ticketQueue(status) },
            Select: 'COUNT',
            ExclusiveStartKey: start,
          }),
        );
        count += out.Count ?? 0;
        start = out.LastEvaluatedKey;
      } while (start);
      return count;
    },

    async listByCustomer(customerId: string, limit = 50): Promise<Ticket[]> {
      const out = await doc.send(
        new QueryCommand({
          TableName: table,
          IndexName: 'gsi2',
          KeyConditionExpression: 'gsi2pk = :pk AND begins_with(gsi2sk, :t)',
          ExpressionAttributeValues: { ':pk': keys.customerTickets(customerId), ':t': keys.customerTicketPrefix },
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
      return (out.Items ?? []).map((i) => withoutKeys<Ticket>(i));
    },

    /**
     * Changes the head (status, priority, assignee) and records it in the history, only if it is
     * still at `expectedVersion` (else undefined, nothing written); NotFound when there is no such
     * ticket. Every change adds one history entry and one version, so the entries after version v
     * are `history.slice(v - 1)`.
     */
    async change(id: string, change: HeadChange, expectedVersion: number): Promise<Ticket | undefined> {
      const names: Record<string, string> = { '#version': 'version' };
      const values: Record<string, unknown> = {
        ':at': change.at,
        ':one': 1,
        ':empty': [],
        ':expected': expectedVersion,
      };
      const sets = ['updatedAt = :at', '#version = :expected + :one'];
      const removes: string[] = [];
      const entry: TicketChange = { by: change.by, at: change.at };
      if (change.status) {
        names['#status'] = 'status';
        values[':status'] = change.status;
        values[':queue'] = keys.ticketQueue(change.status);
        sets.push('#status = :status', 'gsi1pk = :queue');
        if (change.status === 'solved') sets.push('solvedAt = :at');
        entry.status = change.status;
      }
      if (change.priority) {
        values[':priority'] = change.priority;
        sets.push('priority = :priority');
        entry.priority = change.priority;
      }
      if (change.assignee !== undefined) {
        if (change.assignee === null) removes.push('assignee');
        else {
          values[':assignee'] = change.assignee;
          sets.push('assignee = :assignee');
        }
        entry.assignee = change.assignee;
      }
      sets.push('history = list_append(if_not_exists(history, :empty), :entry)');
      values[':entry'] = [entry];
      // Heads written before versions count as version 0.
      const condition =
        expectedVersion === 0
          ? 'attribute_exists(pk) AND (attribute_not_exists(#version) OR #version = :expected)'
          : 'attribute_exists(pk) AND #version = :expected';
      try {
        return await update({
          Key: key(id),
          ConditionExpression: condition,
          UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        });
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        if (!(await this.get(id))) throw new NotFound('Ticket');
        return undefined;
      }
    },

    /**
     * Appends a message (its own item: two replies at once both land) and then updates the head:
     * last activity, count, first response, and the status move when the status still allows it.
     */
    async addMessage(ticketId: string, message: TicketMessage, effect: MessageEffect): Promise<Ticket> {
      await doc.send(
        new PutCommand({
          TableName: table,
          Item: { ...keys.ticketMessage(ticketId, message.at, message.id), ticketId, ...message },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      const values: Record<string, unknown> = { ':at': effect.at, ':one': 1 };
      const sets = ['updatedAt = :at', 'lastMessageAt = :at'];
      if (effect.firstResponse) sets.push('firstResponseAt = if_not_exists(firstResponseAt, :at)');
      const base = { Key: key(ticketId), ExpressionAttributeValues: values };
      const plain = {
        ...base,
        ConditionExpression: 'attribute_exists(pk)',
        UpdateExpression: `SET ${sets.join(', ')} ADD messageCount :one`,
      };
      const { move } = effect;
      if (!move?.from.length) return update(plain);
      const from = move.from.map((_, i) => `:from${i}`);
      try {
        return await update({
          ...base,
          ExpressionAttributeNames: { '#status': 'status', '#version': 'version' },
          ExpressionAttributeValues: {
            ...values,
            ...Object.fromEntries(move.from.map((s, i) => [`:from${i}`, s])),
            ':status': move.to,
            ':queue': keys.ticketQueue(move.to),
            ':zero': 0,
            ':empty': [],
            ':entry': [{ status: move.to, by: move.by, at: effect.at }],
          },
          ConditionExpression: `attribute_exists(pk) AND #status IN (${from.join(', ')})`,
          UpdateExpression: `SET ${[
            ...sets,
            '#status = :status',
            'gsi1pk = :queue',
            '#version = if_not_exists(#version, :zero) + :one',
            'history = list_append(if_not_exists(history, :empty), :entry)',
          ].join(', ')} ADD messageCount :one`,
        });
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        return update(plain);
      }
    },

    /** The staff member a customer's tickets go to first (dedicated assistance), if an admin named one. */
    async namedAgent(email: string): Promise<NamedAgent | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.namedAgent(email) }));
      return Item ? withoutKeys<NamedAgent>(Item) : undefined;
    },

    async setNamedAgent(email: string, named: NamedAgent | null): Promise<void> {
      if (named) await doc.send(new PutCommand({ TableName: table, Item: { ...keys.namedAgent(email), ...named } }));
      else await doc.send(new DeleteCommand({ TableName: table, Key: keys.namedAgent(email) }));
    },

    /** The canned responses staff insert into replies, per locale. */
    async savedReplies(locale: string): Promise<SavedReplies> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.savedReplies(locale) }));
      return {
        replies: (Item?.replies as SavedReply[] | undefined) ?? [],
        version: (Item?.version as number | undefined) ?? 0,
        updatedBy: Item?.updatedBy as string | undefined,
        updatedAt: Item?.updatedAt as string | undefined,
      };
    },

    /** Replaces the list while it is still at `expected` (0: never saved); false when someone saved meanwhile. */
    async setSavedReplies(locale: string, replies: SavedReply[], expected: number, by: string, at: string) {
      try {
        await doc.send(
          new PutCommand({
            TableName: table,
            Item: { ...keys.savedReplies(locale), replies, version: expected + 1, updatedBy: by, updatedAt: at },
            // Lists saved before they had versions count as version 0.
            ConditionExpression: expected === 0 ? 'attribute_not_exists(version)' : 'version = :expected',
            ...(expected === 0 ? {} : { ExpressionAttributeValues: { ':expected': expected } }),
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    /** Records the customer's rating once, only while the ticket is done; false otherwise. */
    async rate(id: string, csat: { score: number; comment?: string; at: string }, done: TicketStatus[]) {
      try {
        await update({
          Key: key(id),
          ConditionExpression: `attribute_exists(pk) AND attribute_not_exists(csat) AND #status IN (${done.map((_, i) => `:d${i}`).join(', ')})`,
          UpdateExpression: 'SET csat = :csat',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':csat': csat, ...Object.fromEntries(done.map((s, i) => [`:d${i}`, s])) },
        });
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
  };
}

export type TicketsStore = ReturnType<typeof ticketsStore>;
