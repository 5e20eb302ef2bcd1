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
  /** Returns the customer asked for, each with its own steps (they never change the order's status). */
  returns?: ReturnRecord[];
  /** The invoice: who it is made out to, and when it was first issued (after that it is fixed). */
  invoice?: InvoiceFacts;
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
  /** False for items the shop takes no returns of (hygiene, made to measure); absent means returnable. */
  returnable?: boolean;
}

/** The steps of a return, in the order they happen; the integration API sends the later ones. */
export const RETURN_STEPS = ['return_requested', 'return_label_issued', 'return_received', 'refund_issued'] as const;
export type ReturnStep = (typeof RETURN_STEPS)[number];

export const RETURN_REASONS = [
  'damaged',
  'wrong_item',
  'not_as_described',
  'does_not_fit',
  'changed_mind',
  'other',
] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

export const RETURN_RESOLUTIONS = ['refund', 'exchange'] as const;
export type ReturnResolution = (typeof RETURN_RESOLUTIONS)[number];

/** One step a return went through: the portal writes the first two, the shop the rest. */
export interface ReturnEvent {
  step: ReturnStep;
  at: string;
  /** The shop's event id, for steps sent through the integration API (repeats change nothing). */
  eventId?: string;
  note?: string;
}

/** A return authorisation (RMA) on an order. */
export interface ReturnRecord {
  rmaId: string;
  items: { lineId: string; quantity: number }[];
  reason: ReturnReason;
  resolution: ReturnResolution;
  comment?: string;
  /** The latest step. */
  status: ReturnStep;
  createdAt: string;
  events: ReturnEvent[];
}

/** The invoice's fixed facts: a business customer's company and VAT id, and when it was first issued. */
export interface InvoiceFacts {
  companyName?: string;
  vatId?: string;
  issuedAt?: string;
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

/** Statuses in which the delivery address may still change: nothing is packed yet. */
export const ADDRESS_CHANGE_STATUSES: readonly OrderStatus[] = ['placed', 'paid'];

/** Statuses with no payment to invoice: not paid yet, or cancelled (and refunded). */
export const UNINVOICED_STATUSES: readonly OrderStatus[] = ['placed', 'cancelled'];

export const isOpen = (status: OrderStatus) => OPEN_STATUSES.includes(status);
