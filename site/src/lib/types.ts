/**
 * Response shapes of the API, mirrored from functions/schemas/*.ts (zod). The site is built
 * separately from the functions, so these are restated here; keep them in step.
 */
export type OrderStatus =
  | 'placed' | 'paid' | 'packed' | 'shipped' | 'delayed' | 'out_for_delivery'
  | 'delivery_attempted' | 'delivered' | 'cancelled' | 'returned';

export const CLOSED_STATUSES: readonly OrderStatus[] = ['delivered', 'cancelled', 'returned'];

export interface Tracking {
  carrier: string;
  trackingNumber: string;
  url?: string;
}

export interface OrderSummary {
  orderNumber: string;
  status: OrderStatus;
  statusText: string;
  placedAt: string;
  expectedDelivery?: string;
  deliveredAt?: string;
  tracking?: Tracking;
  itemCount: number;
  totalCents: number;
  currency: string;
}

export interface TimelineStep {
  status: OrderStatus;
  at: string;
  title: string;
  description: string;
  carrier?: string;
  trackingNumber?: string;
  location?: string;
  note?: string;
}

export interface OrderLine {
  sku?: string;
  name: string;
  quantity: number;
  unitPriceCents?: number;
}

export interface OrderDetail extends OrderSummary {
  items: OrderLine[];
  shippingAddress?: { name: string; line1: string; postalCode: string; city: string; country: string };
  timeline: TimelineStep[];
  actions?: { canCancel: boolean; cancelReason?: string };
}

/** What a guest lookup returns: no address, no prices per line, no actions. */
export type GuestOrder = Omit<OrderDetail, 'shippingAddress' | 'actions'>;

export interface OrderList {
  orders: OrderSummary[];
  nextCursor?: string;
}

export type Tier = 'bronze' | 'silver' | 'gold' | 'platinum';
export type Stage = 'prospect' | 'new' | 'active' | 'loyal' | 'at_risk' | 'lapsed';

export interface SpecialDate {
  kind: 'birthday' | 'anniversary' | 'other';
  date: string;
  label?: string;
}

export interface Preferences {
  newsletter: boolean;
  contactChannel: 'email' | 'sms' | 'none';
  orderUpdates: boolean;
}

export interface Profile {
  customerId: string;
  email: string;
  name: string;
  locale: string;
  preferences: Preferences;
  specialDates: SpecialDate[];
  customerSince: string;
  tier: Tier;
  stage: Stage;
  stats: { orderCount: number; spentLast12MonthsCents: number; lastOrderAt?: string };
  greeting: string;
  occasionsToday: SpecialDate[];
  openOrders: number;
}
