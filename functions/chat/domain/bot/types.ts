/** Public types of the chatbot domain. Everything here is JSON-serialisable. */
import type { Locale } from '../../../../locales/registry';

export type { Locale };

export const INTENTS = [
  'greeting', 'goodbye', 'thanks', 'small_talk', 'order_status', 'cancel_order', 'change_order',
  'returns_refund', 'shipping_delivery', 'shipping_address', 'payment_issue', 'invoice_billing',
  'account_password', 'human_handoff', 'complaint_feedback', 'newsletter', 'faq', 'fallback',
] as const;
export type Intent = (typeof INTENTS)[number];

export interface OrderSummary {
  orderNumber: string;
  status: string;
  placedAt: string;
  expectedDelivery?: string;
  /** Already localised by the caller. */
  statusText: string;
  trackingUrl?: string;
  carrier?: string;
  trackingNumber?: string;
}
export type OrderView = OrderSummary;

export interface FaqHit { slug: string; question: string; snippet: string; score: number; url: string }

/** Everything the dialogue manager may do outside pure logic; the route supplies real stores. */
export interface BotPorts {
  /** Signed-in customer only; [] for guests. */
  listOwnOrders(): Promise<OrderSummary[]>;
  /** Signed-in, own orders only. */
  getOwnOrder(orderNumber: string): Promise<OrderView | null>;
  /** Guest lookup: order number plus the order's email. */
  lookupOrder(orderNumber: string, email: string): Promise<OrderView | null>;
  /** Signed-in only. */
  cancelOrder(orderNumber: string): Promise<{ ok: true; order: OrderView } | { ok: false; reason: string }>;
  searchFaq(q: string, locale: Locale, limit: number): Promise<FaqHit[]>;
  /** The route attaches transcript and contact; idempotent per session. */
  createTicket(input: { reason: string }): Promise<{ ticketId: string }>;
}

export type Reply =
  | { type: 'text'; text: string }
  | { type: 'link'; text: string; url: string }
  | { type: 'choices'; text: string; choices: { label: string; value: string }[] }
  | { type: 'order'; order: OrderView };

export interface Entities {
  orderNumbers: string[];
  emails: string[];
  /** ISO dates (yyyy-mm-dd) found in the text. */
  dates: string[];
}

/** Intents whose follow-up turns fill an order number (and, for guests, the order's email). */
export type OrderIntent = 'order_status' | 'cancel_order';

/** What the bot is waiting for from the user. */
export type Pending =
  | { kind: 'order_number'; intent: OrderIntent }
  | { kind: 'email'; intent: OrderIntent; orderNumber: string }
  | { kind: 'choose_order'; intent: OrderIntent; options: string[] }
  | { kind: 'confirm_cancel'; orderNumber: string }
  | { kind: 'confirm_handoff' };

export interface BotState {
  /** Language of the conversation, as detected from the user's text. */
  locale?: Locale;
  pending?: Pending;
  slots: { orderNumber?: string; email?: string };
  /** Consecutive turns the bot did not understand (drives the fallback ladder). */
  misunderstandings: number;
  turns: number;
  lastIntent?: Intent;
  ticketId?: string;
}

export interface Classification {
  intent: Intent;
  confidence: number;
  language: Locale;
  entities: Entities;
  /** True when explicit out-of-scope cues decided the fallback. */
  outOfScope: boolean;
  /** Best in-scope candidate and its raw score, useful for the dialogue manager and the eval. */
  candidate?: { intent: Intent; score: number };
}
