// dynalite ships no type definitions; this is the part of its API we use.
declare module 'dynalite' {
  import type { Server } from 'node:http';
  interface DynaliteOptions {
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
    maxItemSizeKb?: number;
  }
  export default function dynalite(options?: DynaliteOptions): Server;
}

// dynalite's storage layer: `create` builds the store each server uses (see functions/local/dynalite.ts).
declare module 'dynalite/db/index.js' {
  import type { Readable } from 'node:stream';
  export interface LevelIterator {
    next(): Promise<unknown>;
    close(): Promise<void>;
  }
  export interface LevelDb {
    keys(options?: object): LevelIterator;
    values(options?: object): LevelIterator;
    createKeyStream(options?: object): Readable;
    createValueStream(options?: object): Readable;
  }
  export interface Store {
    db: LevelDb;
  }
  const db: { create(options?: object): Store };
  export default db;
}
declare module 'opencc-js' {
  type Locale = 'cn' | 'tw' | 'twp' | 'hk' | 'jp' | 't';
  export function Converter(options: { from: Locale; to: Locale }): (text: string) => string;
}
