import { escapeHtml } from '../../commons/html';

/** The ticket's life: new (nobody looked yet), open, waiting for the customer, solved, closed. */
export const TICKET_STATUSES = ['new', 'open', 'waiting', 'solved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
/** Statuses still being worked: the queue's default and what SLA clocks run on. */
export const ACTIVE_STATUSES: readonly TicketStatus[] = ['new', 'open', 'waiting'];
/** Statuses a customer may rate the help in (CSAT). */
export const DONE_STATUSES: readonly TicketStatus[] = ['solved', 'closed'];

export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** Where a ticket came from: a chat handoff, or a problem reported on an order. */
export type TicketSource = 'chat' | 'problem_report';

/** One change of the ticket's head (status, assignee, priority) and the version it made. */
export interface TicketChange {
  status?: TicketStatus;
  assignee?: string | null;
  priority?: TicketPriority;
  by: string;
  at: string;
  version?: number;
}

export interface ChatLine {
  at: string;
  role: 'user' | 'bot';
  text: string;
  intent?: string;
}

/** A ticket's head as stored: what it is about, the chat transcript, who works it, its clock. */
export interface Ticket {
  id: string;
  status: TicketStatus;
  /** The one-line summary (the bot's understanding confirmed or corrected, or the customer's words). */
  reason: string;
  orderNumber?: string;
  locale: string;
  source?: TicketSource;
  sessionId?: string;
  customerId?: string;
  contact: { email?: string; name?: string };
  transcript: ChatLine[];
  priority?: TicketPriority;
  /** The staff member working it (their email). */
  assignee?: string;
  /** Goes up with every change of the head: a change made on an older version is refused. */
  version?: number;
  createdAt: string;
  updatedAt: string;
  lastMessageAt?: string;
  /** When staff first answered the customer (an internal note does not count). */
  firstResponseAt?: string;
  solvedAt?: string;
  messageCount?: number;
  history?: TicketChange[];
  csat?: { score: number; comment?: string; at: string };
}

/** Dedicated assistance: the staff member a customer's tickets go to first, and who named them. */
export interface NamedAgent {
  agent: string;
  by: string;
  at: string;
}

/** The higher of two priorities. */
export const higherPriority = (a: TicketPriority, b: TicketPriority): TicketPriority =>
  TICKET_PRIORITIES.indexOf(a) >= TICKET_PRIORITIES.indexOf(b) ? a : b;

/** A customer with a named agent starts at least here. */
export const NAMED_AGENT_PRIORITY: TicketPriority = 'high';

/** A canned response: a title to pick it by and the Markdown it inserts. */
export interface SavedReply {
  title: string;
  body: string;
}

/** A locale's saved replies as one versioned list: a save names the version it replaces. */
export interface SavedReplies {
  replies: SavedReply[];
  /** 0 until the first save. */
  version: number;
  updatedBy?: string;
  updatedAt?: string;
}

export type AuthorRole = 'customer' | 'agent';

/** One message of the conversation since the handoff: its own item, so replies never overwrite each other. */
export interface TicketMessage {
  id: string;
  at: string;
  author: { role: AuthorRole; email?: string };
  /** chat: typed in the chat after the handoff; portal: written on the profile or in the workspace. */
  via: 'chat' | 'portal';
  /** An internal note: staff only, never in anything a customer reads. */
  internal: boolean;
  /** As written (Markdown for staff, plain text for customers). */
  body: string;
  /** Safe HTML: staff Markdown through the FAQ's sanitiser, customer text escaped. */
  html: string;
}

/** Older items carry the first wave's statuses. */
const LEGACY_STATUS: Record<string, TicketStatus> = { pending: 'waiting', resolved: 'solved' };

/** A stored head as this version reads it: legacy statuses mapped, defaults filled. */
export function normaliseTicket(t: Ticket): Ticket {
  const status = LEGACY_STATUS[t.status] ?? t.status;
  return { ...t, status, priority: t.priority ?? 'normal', version: t.version ?? 0, transcript: t.transcript ?? [] };
}

/** The status after staff answer the customer: the ball is in their court, unless the ticket is done. */
export const afterStaffReply = (s: TicketStatus): TicketStatus => (s === 'new' || s === 'open' ? 'waiting' : s);

/** The status after the customer writes: work again (a solved ticket reopens); closed stays closed. */
export const afterCustomerMessage = (s: TicketStatus): TicketStatus => (s === 'waiting' || s === 'solved' ? 'open' : s);

/** Statuses a message moves from, given the status it moves to (for a conditional write). */
export function movesFrom(to: TicketStatus, rule: (s: TicketStatus) => TicketStatus): TicketStatus[] {
  return TICKET_STATUSES.filter((s) => s !== to && rule(s) === to);
}

/** A customer's plain text as HTML: escaped, paragraphs and line breaks kept. */
export const plainHtml = (text: string) =>
  text
    .trim()
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');

/** HTML as the plain text of a mail or a preview. */
export const textOf = (html: string) =>
  html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/(p|li|h3|h4|blockquote|pre|tr)>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(
      /&(lt|gt|quot|#39|amp);/g,
      (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] ?? '',
    )
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** What a customer sees of one of their tickets: no internal notes, no staff emails, no history. */
export function customerView(t: Ticket, messages: readonly TicketMessage[] = []) {
  return {
    id: t.id,
    status: t.status,
    reason: t.reason,
    summary: t.reason,
    ...(t.orderNumber ? { orderNumber: t.orderNumber } : {}),
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    ...(t.lastMessageAt ? { lastMessageAt: t.lastMessageAt } : {}),
    transcript: t.transcript.map(({ at, role, text }) => ({ at, role, text })),
    messages: messages
      .filter((m) => !m.internal)
      .map((m) => ({ id: m.id, at: m.at, author: m.author.role, html: m.html })),
    canReply: t.status !== 'closed',
    canRate: DONE_STATUSES.includes(t.status) && !t.csat,
    ...(t.csat ? { csat: { score: t.csat.score, at: t.csat.at } } : {}),
  };
}

/** A customer's list entry: the head without the conversation. */
export const customerListEntry = ({ id, status, reason, createdAt, updatedAt, orderNumber }: Ticket) => ({
  id,
  status,
  reason,
  ...(orderNumber ? { orderNumber } : {}),
  createdAt,
  updatedAt,
});
