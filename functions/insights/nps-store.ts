import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { NpsInvitation } from './domain/nps-invitation';
import { isConditionFailure, withoutKeys, type Db } from '../store/client';
import { keys } from '../store/table';

/**
 * NPS invitations, in the customer's own partition (erased with it): one item per invited order,
 * one per answered order (its existence is the "never twice" guard), and the customer's last
 * invitation (the "once per period" guard). Every write is conditional and safe to repeat.
 */
export function npsStore({ doc, table }: Db) {
  const conditional = async (write: Promise<unknown>) => {
    try {
      await write;
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  };
  return {
    /** The key that exists once the order's question is answered (the outbox withdraws a waiting invitation then). */
    answeredKey: (email: string, orderNumber: string) => keys.npsAnswered(email, orderNumber),

    /**
     * Takes the customer's one invitation of the period for this order: true when no invitation
     * was due after `cutoff`, or the last one was this order's (a replay). False otherwise.
     */
    claimPeriod: (email: string, orderNumber: string, dueAt: string, cutoff: string) =>
      conditional(
        doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.npsLastInvitation(email),
            ConditionExpression: 'attribute_not_exists(pk) OR lastDueAt <= :cutoff OR lastOrder = :order',
            UpdateExpression: 'SET lastDueAt = :due, lastOrder = :order',
            ExpressionAttributeValues: { ':cutoff': cutoff, ':order': orderNumber, ':due': dueAt },
          }),
        ),
      ),

    /** Keeps an invitation unless the order has one (false then: the first stays). */
    putInvitation: (invitation: NpsInvitation) =>
      conditional(
        doc.send(
          new PutCommand({
            TableName: table,
            Item: { ...keys.npsInvitation(invitation.email, invitation.orderNumber), ...invitation },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      ),

    async invitation(email: string, orderNumber: string): Promise<NpsInvitation | undefined> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: table, Key: keys.npsInvitation(email, orderNumber), ConsistentRead: true }),
      );
      return Item ? withoutKeys<NpsInvitation>(Item) : undefined;
    },

    async answered(email: string, orderNumber: string): Promise<boolean> {
      const { Item } = await doc.send(
        new GetCommand({
          TableName: table,
          Key: keys.npsAnswered(email, orderNumber),
          ConsistentRead: true,
          ProjectionExpression: 'pk',
        }),
      );
      return Boolean(Item);
    },

    /** Marks the order's question answered; false when it already was (the first answer counts). */
    markAnswered: (email: string, orderNumber: string, at: string) =>
      conditional(
        doc.send(
          new PutCommand({
            TableName: table,
            Item: { ...keys.npsAnswered(email, orderNumber), orderNumber, at },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      ),
  };
}

export type NpsStore = ReturnType<typeof npsStore>;
