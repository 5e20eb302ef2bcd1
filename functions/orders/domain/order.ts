import type { Locale } from '../../../locales/registry';

/** Every step an order can be in, in the order they usually happen. */
export const ORDER_STATUSES = [
  'placed',
  'paid',
  'packed',
  'shipped',
  'delayed',
  'out_for_delivery',
  'delivery_attempted',
  'delivered',
  'cancelled',
  'returned',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** One step on an order's timeline, as stored. */
export interface TimelineEvent {
  status: OrderStatus;
  /** ISO 8601 time of the event. */
  at: string;
  carrier?: string;
  trackingNumber?: string;
  location?: string;
  note?: string;
  /** The shop's event id (integration feed); the order's own first step is `#order`. */
  eventId?: string;
}

/** An order as stored: the source of every view a customer, a guest or the bot gets. */
export interface OrderRecord {
  orderNumber: string;
  /** The owner, lower-cased: an order belongs to whoever signs in with this verified email. */
  email: string;
  locale: Locale;
  placedAt: string;
  status: OrderStatus;
  currency: string;
  items: OrderLine[];
  totalCents: number;
  shippingAddress?: { name: string; line1: string; postalCode: string; city: string; country: string };
  tracking?: { carrier: string; trackingNumber: string; url?: string };
  expectedDelivery?: string;
  timeline: TimelineEvent[];
  updatedAt: string;
  /** Bumped by every write; writes are conditional on the version they read. */
  version?: number;
}

/** One line of an order; `lineId` is stable within the order (returns name lines by it). */
export interface OrderLine {
  lineId?: string;
  sku?: string;
  name: string;
  quantity: number;
  unitPriceCents: number;
}

/** Statuses after which the parcel has left us: no cancel, returns instead. */
export const SHIPPED_OR_LATER: readonly OrderStatus[] = [
  'shipped',
  'delayed',
  'out_for_delivery',
  'delivery_attempted',
  'delivered',
  'returned',
];

/** Statuses that end an order's journey. */
const CLOSED_STATUSES: readonly OrderStatus[] = ['delivered', 'cancelled', 'returned'];
/** Statuses where the order is still on its way to the customer: every other one. */
const OPEN_STATUSES = ORDER_STATUSES.filter((s) => !CLOSED_STATUSES.includes(s));

export const CANCELLABLE_STATUSES: readonly OrderStatus[] = ['placed', 'paid', 'packed'];

export const isOpen = (status: OrderStatus) => OPEN_STATUSES.includes(status);
