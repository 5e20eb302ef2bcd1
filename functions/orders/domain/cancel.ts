import type { Locale } from '../../../locales/registry';
import type { OrderRecord, TimelineEvent } from './order';
import { cancellability } from './timeline';

/** Why a customer cancels (optional; counted in the shop's "top reasons customers leave"). */
export const CANCEL_REASONS = [
  'changed_mind',
  'found_cheaper',
  'too_slow',
  'ordered_by_mistake',
  'too_expensive',
  'other',
] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

export type CancelDecision =
  | { kind: 'cancel'; event: TimelineEvent }
  | { kind: 'already-cancelled' }
  | { kind: 'refused'; reason: string };

/**
 * Decides what a cancel request does to an order: cancel it, nothing (already cancelled: the
 * request is safe to repeat), or refuse with the reason in the customer's language.
 */
export function decideCancel(record: OrderRecord, locale: Locale, now: Date): CancelDecision {
  if (record.status === 'cancelled') return { kind: 'already-cancelled' };
  const { canCancel, cancelReason } = cancellability(record, locale);
  if (!canCancel) return { kind: 'refused', reason: cancelReason ?? 'This order can no longer be cancelled' };
  return { kind: 'cancel', event: { status: 'cancelled', at: now.toISOString(), note: 'Cancelled by the customer' } };
}
