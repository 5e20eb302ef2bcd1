import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { NotFound } from '../commons/errors';
import type { Ticket, TicketStatus } from './domain/ticket';
import { isConditionFailure, withoutKeys, type Db } from '../store/client';
import { keys } from '../store/table';

const key = keys.ticket;

/** Handoff tickets: listed for admins by gsi1 (newest first), for their customer by gsi2. */
export function ticketsStore({ doc, table }: Db) {
  return {
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
              ...keys.ticketListed(ticket.createdAt, ticket.id),
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

    /** Newest first, optionally one status only, paging through the index until `limit` are found. */
    async list(status?: TicketStatus, limit = 100): Promise<Ticket[]> {
      const found: Ticket[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const out = await doc.send(
          new QueryCommand({
            TableName: table,
            IndexName: 'gsi1',
            KeyConditionExpression: 'gsi1pk = :pk',
            ScanIndexForward: false,
            Limit: 200,
            ExclusiveStartKey: start,
            ...(status
              ? { FilterExpression: '#status = :status', ExpressionAttributeNames: { '#status': 'status' } }
              : {}),
            ExpressionAttributeValues: { ':pk': keys.ticketList, ...(status ? { ':status': status } : {}) },
          }),
        );
        found.push(...(out.Items ?? []).map((i) => withoutKeys<Ticket>(i)));
        start = out.LastEvaluatedKey;
      } while (start && found.length < limit);
      return found.slice(0, limit);
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

    async setStatus(id: string, status: TicketStatus, by: string, now: Date): Promise<Ticket> {
      try {
        const out = await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: key(id),
            ConditionExpression: 'attribute_exists(pk)',
            UpdateExpression:
              'SET #status = :status, updatedAt = :at, history = list_append(if_not_exists(history, :empty), :entry)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':status': status,
              ':at': now.toISOString(),
              ':empty': [],
              ':entry': [{ status, by, at: now.toISOString() }],
            },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return withoutKeys<Ticket>(out.Attributes ?? {});
      } catch (error) {
        if (isConditionFailure(error)) throw new NotFound('Ticket');
        throw error;
      }
    },
  };
}

export type TicketsStore = ReturnType<typeof ticketsStore>;
