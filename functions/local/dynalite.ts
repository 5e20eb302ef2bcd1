import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { Readable } from 'node:stream';
import dynalite from 'dynalite';
import dynaliteDb, { type LevelIterator, type Store } from 'dynalite/db/index.js';
import { createTableInput } from '../store/table';

/**
 * A LevelDB iterator as a stream that closes the iterator when it ends or is destroyed.
 *
 * dynalite 4.0.0 (db/index.js) builds these streams itself and "closes" the iterator with
 * `iterator.return()`, which abstract-level iterators do not have: every Query, Scan and
 * ListTables left one native iterator (and what it pins) open for the life of the process.
 */
function closingStream(iterator: LevelIterator): Readable {
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= iterator.close().catch(() => undefined);
    return closing;
  };
  return new Readable({
    objectMode: true,
    read() {
      iterator.next().then(
        (value) => (value === undefined ? close().then(() => this.push(null)) : this.push(value)),
        (error: Error) => this.destroy(error),
      );
    },
    destroy(error, callback) {
      close().then(() => callback(error));
    },
  });
}

function withClosingIterators(store: Store): Store {
  const { db } = store;
  if (typeof db?.keys !== 'function' || typeof db.values !== 'function') return store;
  db.createKeyStream = (options) => closingStream(db.keys(options));
  db.createValueStream = (options) => closingStream(db.values(options));
  return store;
}

/** dynalite's server, its store built with streams that close their iterators. */
function createDynalite(options: Parameters<typeof dynalite>[0]) {
  const create = dynaliteDb.create;
  dynaliteDb.create = (storeOptions) => withClosingIterators(create(storeOptions));
  try {
    return dynalite(options);
  } finally {
    dynaliteDb.create = create;
  }
}

/** Starts dynalite on loopback with data on disk; returns its endpoint and a stop function. */
export async function startDynalite(path: string) {
  await mkdir(path, { recursive: true });
  const server = createDynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Creates the portal table unless it exists, and waits until it is active. */
export async function ensureTable(endpoint: string | undefined, region: string, tableName: string) {
  const client = new DynamoDBClient({
    region,
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  try {
    try {
      await client.send(new DescribeTableCommand({ TableName: tableName }));
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
      await client.send(new CreateTableCommand(createTableInput(tableName)));
    }
    for (let i = 0; i < 100; i++) {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      if (Table?.TableStatus === 'ACTIVE') return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`table ${tableName} did not become active`);
  } finally {
    client.destroy();
  }
}
