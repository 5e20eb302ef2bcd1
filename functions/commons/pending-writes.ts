import { logger } from './logger';

/**
 * Writes kept in memory to go out later in a batch (analytics counts), so a request never waits
 * for them. Whoever keeps such writes registers how to flush them; they are flushed on their own
 * timer, and through `flushPendingWrites()` when the process stops (the local server) and at the
 * end of every Lambda invocation (functions/lambda/bootstrap.ts), so nothing is lost when an
 * instance is frozen or shut down.
 */
type Flush = () => Promise<void>;
const flushes = new Set<Flush>();

/** Registers a flush (once per keeper; registering the same function again changes nothing). */
export function onFlushPendingWrites(flush: Flush): void {
  flushes.add(flush);
}

/** Runs every registered flush and waits for them; a failed flush is logged, not thrown. */
export async function flushPendingWrites(): Promise<void> {
  await Promise.all(
    [...flushes].map((flush) =>
      flush().catch((error: unknown) => logger.error('pending writes not flushed', { error: String(error) })),
    ),
  );
}
