import type { OrderStatus } from '../../orders/domain/order';

/**
 * Why a shop cancelled an order, in Shopify's words (`cancel_reason`): the customer asked, a
 * suspected fraud, items out of stock, the payment declined, a staff error, something else.
 */
export const SHOP_CANCEL_REASONS = ['customer', 'fraud', 'inventory', 'declined', 'staff', 'other'] as const;
export type ShopCancelReason = (typeof SHOP_CANCEL_REASONS)[number];

export const isShopCancelReason = (v: unknown): v is ShopCancelReason =>
  typeof v === 'string' && (SHOP_CANCEL_REASONS as readonly string[]).includes(v);

/**
 * The reason for leaving a shop's cancel counts, if any: only `customer`, the one reason that is
 * the customer's choice. A fraud check, missing stock, a declined payment or a staff error are the
 * shop's (or the bank's) doing, and `other` does not say whose: counted, they would make "top
 * reasons customers leave" about the shop's operations instead of its customers. It counts only
 * when this write is what cancelled the order (it was not cancelled before), so a repeated event
 * or webhook, an `orders/updated` after the cancel, or the shop confirming a cancel the customer
 * made in the portal (already counted with their own reason) count nothing. Pure.
 */
export function leavingReasonOf(
  before: OrderStatus | undefined,
  after: OrderStatus,
  reason: ShopCancelReason | undefined,
): 'customer' | undefined {
  return reason === 'customer' && after === 'cancelled' && before !== 'cancelled' ? 'customer' : undefined;
}
