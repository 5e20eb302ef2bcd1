import { DomainError } from '../commons/errors';
import { fieldErrors } from '../commons/field-errors';
import { logger } from '../commons/logger';
import { type BACKFILL_RESULTS, BackfillRowSchema } from './schemas';
import { type IntegrationDeps, putFedOrder } from './service';

type Result = (typeof BACKFILL_RESULTS)[number];
export interface BackfillRowReport {
  index: number;
  orderNumber?: string;
  result: Result;
  errors?: { field: string; message: string }[];
}

/** Rows written at once: a chunk finishes sooner without crowding the table. */
const PARALLEL = 4;

async function backfillRow(deps: IntegrationDeps, raw: unknown, index: number): Promise<BackfillRowReport> {
  const named = (raw as { orderNumber?: unknown } | null)?.orderNumber;
  const orderNumber = typeof named === 'string' ? named.slice(0, 40) : undefined;
  const parsed = BackfillRowSchema.safeParse(raw);
  if (!parsed.success) return { index, orderNumber, result: 'error', errors: fieldErrors(parsed.error) };
  const { orderNumber: n, ...order } = parsed.data;
  try {
    const outcome = await putFedOrder(deps, n, order);
    return { index, orderNumber: n, result: outcome.created ? 'created' : outcome.changed ? 'updated' : 'unchanged' };
  } catch (error) {
    // A row the flow refuses (too many writers) is reported; anything else is a fault, logged.
    if (!(error instanceof DomainError)) logger.error('backfill row failed', { orderNumber: n, error });
    const message = error instanceof DomainError ? error.message : 'The order could not be written; try again';
    return { index, orderNumber: n, result: 'error', errors: [{ field: '(row)', message }] };
  }
}

/**
 * Writes past orders through the integration API's own upsert (no messages are sent: only
 * events tell customers anything). Each row is checked and written on its own, so a bad row
 * never stops the rest, and a row sent again changes nothing.
 */
export async function backfillOrders(deps: IntegrationDeps, rows: readonly unknown[]) {
  const reports: BackfillRowReport[] = new Array(rows.length);
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const index = next++;
      reports[index] = await backfillRow(deps, rows[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, rows.length) }, worker));
  const count = (r: Result) => reports.filter((x) => x.result === r).length;
  return {
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    failed: count('error'),
    rows: reports,
  };
}
