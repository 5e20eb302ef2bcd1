import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { PhotoRecord } from './domain/photos';
import { queryAll, withoutKeys, type Db } from '../store/client';
import { keys } from '../store/table';

/** Upload slots of problem photos, under their customer: a photo id is only ever its owner's. */
export function photoStore({ doc, table }: Db) {
  return {
    async create(email: string, photo: PhotoRecord): Promise<void> {
      await doc.send(
        new PutCommand({
          TableName: table,
          Item: { ...keys.problemPhoto(email, photo.photoId), ...photo },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },
    /** The customer's photo of that id, or undefined (another customer's photo is not found). */
    async get(email: string, photoId: string): Promise<PhotoRecord | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.problemPhoto(email, photoId) }));
      return Item ? withoutKeys<PhotoRecord>(Item) : undefined;
    },
    /** Notes the ticket a photo went to with its report (staff find a ticket's photos by it). */
    async attachToTicket(email: string, photoId: string, ticketId: string): Promise<void> {
      await doc.send(
        new UpdateCommand({
          TableName: table,
          Key: keys.problemPhoto(email, photoId),
          ConditionExpression: 'attribute_exists(pk)',
          UpdateExpression: 'SET ticketId = :t',
          ExpressionAttributeValues: { ':t': ticketId },
        }),
      );
    },
    /** The customer's photos sent with one ticket's report, oldest first. */
    async listForTicket(email: string, ticketId: string): Promise<PhotoRecord[]> {
      const items = await queryAll(doc, {
        TableName: table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
        FilterExpression: 'ticketId = :t',
        ExpressionAttributeValues: {
          ':pk': keys.problemPhoto(email, '').pk,
          ':p': keys.problemPhotoPrefix,
          ':t': ticketId,
        },
      });
      return items.map((i) => withoutKeys<PhotoRecord>(i)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    /** Every photo id of the customer (erasure deletes their bytes). */
    async idsOfCustomer(email: string): Promise<string[]> {
      const items = await queryAll(doc, {
        TableName: table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
        ExpressionAttributeValues: { ':pk': keys.problemPhoto(email, '').pk, ':p': keys.problemPhotoPrefix },
        ProjectionExpression: 'photoId',
      });
      return items.map((i) => String(i.photoId));
    },
    /** How many upload slots the customer has asked for, for one order. */
    async countForOrder(email: string, orderNumber: string): Promise<number> {
      const items = await queryAll(doc, {
        TableName: table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
        FilterExpression: 'orderNumber = :o',
        ExpressionAttributeValues: {
          ':pk': keys.problemPhoto(email, '').pk,
          ':p': keys.problemPhotoPrefix,
          ':o': orderNumber,
        },
        ProjectionExpression: 'photoId',
      });
      return items.length;
    },
  };
}

export type PhotoStore = ReturnType<typeof photoStore>;
