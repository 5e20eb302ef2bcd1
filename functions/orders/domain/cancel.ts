import type { Locale } from '../../../locales/registry';
import { NotAllowed } from '../../commons/errors';
import { cancellability } from './timeline';
import type { OrderRecord, TimelineEvent } from './order';

export type CancelDecision =
  | { kind: 'cancel'; event: TimelineEvent }
  | { kind: 'already-cancelled' };

/**
 * Decides what a cancel request does to an order: cancel it, nothing (already cancelled: the
 * request is safe to repeat), or refuse with the reason in the customer's language.
 */
export function decideCancel(record: OrderRecord, locale: Locale, now: Date): CancelDecision {
  if (record.status === 'cancelled') return { kind: 'already-cancelled' };
  const { canCancel, cancelReason } = cancellability(record, locale);
  if (!canCancel) throw new NotAllowed(cancelReason ?? 'This order can no longer be cancelled', { orderStatus: record.status });
  return { kind: 'cancel', event: { status: 'cancelled', at: now.toISOString(), note: 'Cancelled by the customer' } };
}
