import type { OrderStatus, TimelineEvent } from '../schemas';
import type { Locale } from '../../http/schemas';

/** An order as stored: the source of every view a customer, a guest or the bot gets. */
export interface OrderRecord {
  orderNumber: string;
  customerId: string;
  email: string;
  locale: Locale;
  placedAt: string;
  status: OrderStatus;
  currency: string;
  items: { sku: string; name: string; quantity: number; unitPriceCents: number }[];
  totalCents: number;
  shippingAddress: { name: string; line1: string; postalCode: string; city: string; country: string };
  tracking?: { carrier: string; trackingNumber: string; url?: string };
  expectedDelivery?: string;
  timeline: TimelineEvent[];
  updatedAt: string;
}

/** Statuses after which the parcel has left us: no cancel, returns instead. */
export const SHIPPED_OR_LATER: readonly OrderStatus[] = [
  'shipped', 'delayed', 'out_for_delivery', 'delivery_attempted', 'delivered', 'returned',
];

/** Statuses where the order is still on its way to the customer. */
export const OPEN_STATUSES: readonly OrderStatus[] = [
  'placed', 'paid', 'packed', 'shipped', 'delayed', 'out_for_delivery', 'delivery_attempted',
];

export const CANCELLABLE_STATUSES: readonly OrderStatus[] = ['placed', 'paid', 'packed'];

export const isOpen = (status: OrderStatus) => OPEN_STATUSES.includes(status);
