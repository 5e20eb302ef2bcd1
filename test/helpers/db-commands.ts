import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** One DynamoDB command the app sent: its name (GetCommand, BatchGetCommand...) and the keys' partitions it named. */
export interface SentCommand {
  name: string;
  partitions: string[];
}

/** What a counter saw between `reset()` and now. */
export interface CommandCount {
  /** Every command, in the order sent. */
  commands: SentCommand[];
  /**
   * Sequential round trips: how many times the client went from idle to busy. Commands sent
   * together (in flight at the same moment) count as one round trip; a command sent after the
   * others answered counts as another.
   */
  roundTrips: number;
}

const partitionsOf = (input: Record<string, unknown>): string[] => {
  const key = (input.Key ?? input.Item) as { pk?: unknown } | undefined;
  if (key?.pk) return [String(key.pk)];
  const values = input.ExpressionAttributeValues as Record<string, unknown> | undefined;
  if (values?.[':pk']) return [String(values[':pk'])];
  const requests = input.RequestItems as Record<string, { Keys?: { pk: unknown }[] } | unknown[]> | undefined;
  if (requests)
    return Object.values(requests).flatMap((r) =>
      Array.isArray(r)
        ? r.map((w) => String((w as { PutRequest?: { Item: { pk: unknown } } }).PutRequest?.Item.pk ?? '?'))
        : (r.Keys ?? []).map((k) => String(k.pk)),
    );
  return [];
};

/**
 * Counts the commands the app sends through its real document client (an SDK middleware on the
 * client itself: nothing is mocked, every command still goes to the database). `stop()` removes it.
 */
export function countCommands(doc: DynamoDBDocumentClient) {
  const name = `countCommands-${Math.random().toString(36).slice(2)}`;
  let commands: SentCommand[] = [];
  let roundTrips = 0;
  let inFlight = 0;
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      commands.push({
        name: String(context.commandName ?? 'unknown'),
        partitions: partitionsOf(args.input as Record<string, unknown>),
      });
      if (inFlight++ === 0) roundTrips++;
      try {
        return await next(args);
      } finally {
        inFlight--;
      }
    },
    { step: 'initialize', name },
  );
  return {
    /** Forgets what was counted so far. */
    reset() {
      commands = [];
      roundTrips = 0;
    },
    /** What was sent since the last reset. */
    seen(): CommandCount {
      return { commands: [...commands], roundTrips };
    },
    stop() {
      doc.middlewareStack.remove(name);
    },
  };
}
