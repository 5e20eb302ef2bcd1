import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

/**
 * The floor of bench/bundles.ts: a Lambda that holds only the DynamoDB document client and does
 * one GetItem, bundled exactly like the portal's functions.
 */
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async () =>
  doc.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: 'x', sk: 'y' } }));
