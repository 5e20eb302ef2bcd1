import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Counts the DynamoDB requests of the real client and the capacity units DynamoDB (here dynalite)
 * says they consumed: a middleware asks every item operation for `ReturnConsumedCapacity: TOTAL`.
 * dynalite reports units for item reads and writes (not for Query or Scan, which these paths do
 * not use per event), and for the table only: on AWS an item whose index entry changes also
 * costs the index's write units.
 */
export function meter(doc: DynamoDBDocumentClient) {
  const tally = { on: false, requests: 0, readUnits: 0, writeUnits: 0, byCommand: {} as Record<string, number> };
  const READS = new Set(['GetItemCommand', 'BatchGetItemCommand', 'QueryCommand', 'ScanCommand']);
  const WITH_CAPACITY = new Set([
    'GetItemCommand',
    'BatchGetItemCommand',
    'PutItemCommand',
    'UpdateItemCommand',
    'DeleteItemCommand',
    'BatchWriteItemCommand',
    'QueryCommand',
    'ScanCommand',
    'TransactWriteItemsCommand',
  ]);
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName ?? '');
      const input = args.input as Record<string, unknown>;
      if (tally.on && WITH_CAPACITY.has(name)) input.ReturnConsumedCapacity = 'TOTAL';
      const out = await next(args);
      if (tally.on) {
        tally.requests++;
        tally.byCommand[name] = (tally.byCommand[name] ?? 0) + 1;
        const consumed = (out.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
        const units = (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []).reduce(
          (n: number, c: { CapacityUnits?: number }) => n + (c.CapacityUnits ?? 0),
          0,
        );
        if (READS.has(name)) tally.readUnits += units;
        else tally.writeUnits += units;
      }
      return out;
    },
    { step: 'initialize', name: 'benchCapacityMeter' },
  );
  return {
    async measure(run: () => Promise<void>) {
      Object.assign(tally, { on: true, requests: 0, readUnits: 0, writeUnits: 0, byCommand: {} });
      const t0 = performance.now();
      await run();
      const ms = performance.now() - t0;
      tally.on = false;
      return {
        ms,
        requests: tally.requests,
        readUnits: tally.readUnits,
        writeUnits: tally.writeUnits,
        byCommand: { ...tally.byCommand },
      };
    },
  };
}

export type Meter = ReturnType<typeof meter>;
