/** Public types of the chatbot domain. Everything here is JSON-serialisable. */
import type { Locale } from '../../../../locales/registry';
import type { CancelReason } from '../../../orders/domain/cancel';

export type { CancelReason, Locale };

/**
 * An intent id. The rule file defines the intents (rules/intents.json for the bundled rules), so a
 * new intent is data, not code; ids match `INTENT_ID`. The code knows a few by id: the built-ins
 * below, and the dialogue flows in dialog.ts / dialog-orders.ts (order_status, cancel_order,
 * human_handoff). Any other intent answers with its `answer` response.
 */
export type Intent = string;

/** What an intent id looks like: lower-case letters, digits and `_`, starting with a letter. */
export const INTENT_ID = /^[a-z][a-z0-9_]*$/;

/** Not understood (or out of scope): never a rule of its own. */
export const FALLBACK_INTENT = 'fallback';
/** Ids the classifier reserves: `fallback`, and `oos`, the out-of-scope example pseudo-class. */
export const RESERVED_INTENTS: readonly string[] = [FALLBACK_INTENT, 'oos'];

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
  /** Whether a cancel would be accepted now, and if not why (localised): asked before confirming. */
  canCancel?: boolean;
  cancelReason?: string;
  /** Whether a return can start now, and if not why (localised): checked before the bot offers one. */
  canReturn?: boolean;
  returnReason?: string;
  /** Every line's name, and the ones that could still go back; the window's last day, formatted. */
  items?: string[];
  returnableItems?: string[];
  returnClosesAt?: string;
}
export type OrderView = OrderSummary;

export interface FaqHit {
  slug: string;
  question: string;
  snippet: string;
  score: number;
  url: string;
}

/** Everything the dialogue manager may do outside pure logic; the route supplies real stores. */
export interface BotPorts {
  /** Signed-in customer only; [] for guests. */
  listOwnOrders(): Promise<OrderSummary[]>;
  /** Signed-in, own orders only. */
  getOwnOrder(orderNumber: string): Promise<OrderView | null>;
  /** Guest lookup: order number plus the order's email. */
  lookupOrder(orderNumber: string, email: string): Promise<OrderView | null>;
  /** Signed-in only. `cancelled`: this request cancelled it (false: it already was). */
  cancelOrder(
    orderNumber: string,
  ): Promise<{ ok: true; order: OrderView; cancelled?: boolean } | { ok: false; reason: string }>;
  /**
   * Why the customer cancelled an order this conversation just cancelled (one of CANCEL_REASONS),
   * counted with the order page's cancel reasons in "top reasons customers leave".
   */
  cancelReason(orderNumber: string, reason: CancelReason): Promise<void>;
  searchFaq(q: string, locale: Locale, limit: number): Promise<FaqHit[]>;
  /**
   * The route attaches transcript and contact; idempotent per session. `reason` is the one-line
   * summary the customer confirmed or wrote; `email` the contact a guest gave.
   */
  createTicket(input: { reason: string; orderNumber?: string; email?: string }): Promise<{ ticketId: string }>;
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
export type OrderIntent = 'order_status' | 'cancel_order' | 'return_items';

/** What the bot is waiting for from the user. */
export type Pending =
  | { kind: 'order_number'; intent: OrderIntent }
  | { kind: 'email'; intent: OrderIntent; orderNumber: string }
  | { kind: 'choose_order'; intent: OrderIntent; options: string[] }
  | { kind: 'confirm_cancel'; orderNumber: string }
  | { kind: 'cancel_reason'; orderNumber: string }
  | { kind: 'confirm_handoff' }
  | { kind: 'clarify'; options: Intent[]; message: string }
  | { kind: 'handoff'; step: HandoffStep; draft: HandoffDraft };

/** What the handoff asks before a person takes over: the summary, the order, a guest's email. */
export type HandoffStep = 'summary' | 'order' | 'email';

/** What a handoff has collected so far. */
export interface HandoffDraft {
  /** The bot's understanding, waiting for the customer to confirm or correct it. */
  proposed?: string;
  summary?: string;
  orderNumber?: string;
  /** Asked about the order (and got none): not asked again. */
  orderAsked?: boolean;
  /** The order numbers offered as choices. */
  options?: string[];
  email?: string;
  /** How often a guest was asked for an email. */
  emailAsked?: number;
}

export interface BotState {
  /** Language of the conversation, as detected from the user's text. */
  locale?: Locale;
  /** For Chinese: the script the customer writes in, which the replies follow. */
  script?: 'simplified' | 'traditional';
  pending?: Pending;
  slots: { orderNumber?: string; email?: string };
  /** Consecutive turns the bot did not understand (drives the fallback ladder). */
  misunderstandings: number;
  turns: number;
  lastIntent?: Intent;
  ticketId?: string;
  /** The last message that asked for something in particular: the bot's understanding at a handoff. */
  topic?: string;
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
  /** A fallback torn between two requests of near-equal score: the bot asks which one. */
  alternatives?: [Intent, Intent];
}
