import { BatchWriteCommand, DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, queryAll, type Db } from '../store/client';
import { keys } from '../store/table';

/**
 * The writes of erasing a customer (DELETE /api/me): one item at a time, each safe to repeat, so
 * an erasure that stopped half way is finished by asking again.
 */
export function privacyStore({ doc, table }: Db) {
  const ignoreMissing = async (write: Promise<unknown>) => {
    try {
      await write;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  };
  /** Deletes items 25 at a time, sending again what the table left unprocessed. */
  async function deleteKeys(all: readonly { pk: string; sk: string }[]) {
    for (let i = 0; i < all.length; i += 25) {
      let request = all.slice(i, i + 25).map((Key) => ({ DeleteRequest: { Key } }));
      for (let attempt = 0; request.length && attempt < 10; attempt++) {
        const out = await doc.send(new BatchWriteCommand({ RequestItems: { [table]: request } }));
        request = (out.UnprocessedItems?.[table] ?? []) as typeof request;
      }
      if (request.length) throw new Error('erasure: the table kept refusing some deletes; ask again');
    }
  }
  return {
    /** Keeps the order for the shop's books without who it was for: a new random owner, no address. */
    anonymiseOrder: (orderNumber: string, ownerEmail: string, anonymous: string, at: string) =>
      ignoreMissing(
        doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.order(orderNumber),
            ConditionExpression: 'email = :owner',
            UpdateExpression: 'SET email = :anon, gsi1pk = :gpk, erasedAt = :at REMOVE shippingAddress',
            ExpressionAttributeValues: {
              ':owner': ownerEmail,
              ':anon': anonymous,
              ':gpk': keys.customerOrders(anonymous),
              ':at': at,
            },
          }),
        ),
      ),

    /** Strips a ticket of the person: contact, transcript and the link to the customer. */
    eraseTicket: (id: string, transcript: unknown[], reason: string, at: string) =>
      ignoreMissing(
        doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.ticket(id),
            ConditionExpression: 'attribute_exists(pk)',
            UpdateExpression:
              'SET contact = :none, transcript = :t, reason = :erased, erasedAt = :at REMOVE customerId, gsi2pk, gsi2sk',
            ExpressionAttributeValues: { ':none': {}, ':t': transcript, ':erased': reason, ':at': at },
          }),
        ),
      ),

    /** A ticket's conversation since the handoff (replies, notes, the customer's answers): deleted. */
    async deleteTicketMessages(id: string) {
      const items = await queryAll(doc, {
        TableName: table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :m)',
        ExpressionAttributeValues: { ':pk': keys.ticketPartition(id), ':m': keys.ticketMessagePrefix },
        ProjectionExpression: 'pk, sk',
      });
      await deleteKeys(items.map((i) => ({ pk: String(i.pk), sk: String(i.sk) })));
    },

    /** Every item of a chat session (state and turns). */
    async deleteChat(sessionId: string) {
      const items = await queryAll(doc, {
        TableName: table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.chatSession(sessionId) },
        ProjectionExpression: 'pk, sk',
      });
      await deleteKeys(items.map((i) => ({ pk: String(i.pk), sk: String(i.sk) })));
    },

    deleteProfile: (email: string) => doc.send(new DeleteCommand({ TableName: table, Key: keys.profile(email) })),

    /**
     * Every item in the customer's own partition but the profile (messages sent, NPS answers and
     * invitations, search-term references), and the staff search index items those references
     * name plus `terms` (the current name's, for customers indexed before references existed).
     */
    async deleteCustomerItems(email: string, terms: readonly string[]) {
      const items = await queryAll(doc, {
        TableName: table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.customerPartition(email) },
        ProjectionExpression: 'pk, sk',
      });
      const profile = keys.profile(email);
      const own = items.map((i) => ({ pk: String(i.pk), sk: String(i.sk) })).filter((k) => k.sk !== profile.sk);
      const named = own
        .filter((k) => k.sk.startsWith(keys.customerTermRefPrefix))
        .map((k) => k.sk.slice(keys.customerTermRefPrefix.length));
      const index = [...new Set([...named, ...terms])].map((term) => keys.customerIndexTerm(term, email));
      const all = [...index, ...own];
      await deleteKeys(all);
      return all.length;
    },

    /** The local identity provider's account (Cognito holds it on AWS). */
    deleteLocalUser: (email: string) => doc.send(new DeleteCommand({ TableName: table, Key: keys.user(email) })),
  };
}

export type PrivacyStore = ReturnType<typeof privacyStore>;
