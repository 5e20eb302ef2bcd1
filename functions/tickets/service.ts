import { createHash, randomUUID } from 'node:crypto';
import type { Locale } from '../../locales/registry';
import type { Principal } from '../auth/verify';
import { BadRequest, Conflict, Forbidden, NotFound, PreconditionFailed } from '../commons/errors';
import type { AppDeps } from '../env';
import { renderModule } from '../faq/render-service';
import { recordCsat } from '../insights/service';
import { enforceRateLimit } from '../limits/service';
import type { OutboxMessage } from '../outbox/domain/message';
import { enqueueBefore, messageIdOf, unsubscribeUrlOf } from '../outbox/service';
import { relationship } from '../profile/domain/relationship';
import { signGuestToken, verifyGuestToken } from './domain/guest-link';
import { renderReplyMail } from './domain/reply-mail';
import { parseTierPriority } from './domain/sla';
import {
  afterCustomerMessage,
  afterStaffReply,
  customerListEntry,
  customerView,
  DONE_STATUSES,
  higherPriority,
  movesFrom,
  NAMED_AGENT_PRIORITY,
  normaliseTicket,
  plainHtml,
  textOf,
  type ChatLine,
  type SavedReplies,
  type SavedReply,
  type Ticket,
  type TicketMessage,
  type TicketPriority,
  type TicketSource,
} from './domain/ticket';

/** What the ticket flows need from the app. */
export type TicketsDeps = AppDeps;
/** What opening a ticket and adding the customer's words need (the chat has no mail). */
export type TicketsCore = Pick<AppDeps, 'stores' | 'config' | 'now'>;

/** A ticket id from an idempotency key (the same key, the same ticket), or a fresh one. */
export const ticketIdOf = (key: string = randomUUID()) =>
  `T-${createHash('sha256').update(key).digest('hex').slice(0, 10).toUpperCase()}`;

export interface OpenTicketInput {
  /** Idempotency: the same id twice opens one ticket. */
  id?: string;
  source: TicketSource;
  summary: string;
  orderNumber?: string;
  locale: Locale;
  customerId?: string;
  contact: { email?: string; name?: string };
  sessionId?: string;
  transcript?: ChatLine[];
  /** The customer's first message, if they wrote one (a problem report's description). */
  body?: string;
}

/** The priority a customer's ticket starts at: from their tier (TICKET_TIER_PRIORITY). */
async function startingPriority(deps: TicketsCore, email: string | undefined): Promise<TicketPriority> {
  if (!email) return 'normal';
  const profile = await deps.stores.customers.get(email);
  if (!profile?.orderFacts) return 'normal';
  const { tier } = relationship(Object.values(profile.orderFacts), deps.now());
  return parseTierPriority(deps.config.TICKET_TIER_PRIORITY)[tier] ?? 'normal';
}

/**
 * How a customer's ticket starts: at their tier's priority, and with a named agent (dedicated
 * assistance) assigned to it at once, at least at high priority.
 */
async function startingFacts(deps: TicketsCore, email: string | undefined) {
  const [priority, named] = await Promise.all([
    startingPriority(deps, email),
    email ? deps.stores.tickets.namedAgent(email) : undefined,
  ]);
  return named ? { priority: higherPriority(priority, NAMED_AGENT_PRIORITY), assignee: named.agent } : { priority };
}

/** Names (or with null, removes) the staff member a customer's tickets go to first. */
export async function nameAgent(deps: TicketsCore, email: string, agent: string | null, by: string) {
  const named = agent ? { agent: agent.toLowerCase(), by, at: deps.now().toISOString() } : null;
  await deps.stores.tickets.setNamedAgent(email, named);
  return { email, agent: named?.agent ?? null };
}

/** Opens a ticket (once per id); returns it and whether this call opened it. */
export async function openTicket(deps: TicketsCore, input: OpenTicketInput) {
  const at = deps.now().toISOString();
  const ticket: Ticket = {
    id: input.id ?? ticketIdOf(),
    status: 'new',
    reason: input.summary.replace(/\s+/g, ' ').trim().slice(0, 200),
    ...(input.orderNumber ? { orderNumber: input.orderNumber } : {}),
    locale: input.locale,
    source: input.source,
    ...(input.sessionId ? { sessionId: input.sessionId } : {}),
    ...(input.customerId ? { customerId: input.customerId } : {}),
    contact: input.contact,
    transcript: input.transcript ?? [],
    ...(await startingFacts(deps, input.customerId ? input.contact.email : undefined)),
    version: 1,
    messageCount: 0,
    createdAt: at,
    updatedAt: at,
  };
  const out = await deps.stores.tickets.createOnce(ticket);
  if (out.created && input.body) await addCustomerMessage(deps, out.ticket, input.body, 'portal');
  return out;
}

/**
 * Opens a ticket for a signed-in customer (a problem reported on an order, say): the summary, the
 * order and what they wrote. The same `key` twice opens one ticket.
 * @example await openCustomerTicket(deps, principal, { summary: 'Damaged: lamp', orderNumber: '10023', body: 'The shade is cracked', locale: 'en' })
 */
export async function openCustomerTicket(
  deps: TicketsDeps,
  principal: Principal,
  input: { summary: string; orderNumber?: string; body: string; locale: Locale; name?: string; key?: string },
): Promise<{ ticketId: string; created: boolean }> {
  const { ticket, created } = await openTicket(deps, {
    id: input.key ? ticketIdOf(`${principal.sub}\u0000${input.key}`) : undefined,
    source: 'problem_report',
    summary: input.summary,
    orderNumber: input.orderNumber,
    locale: input.locale,
    customerId: principal.sub,
    contact: { email: principal.email?.toLowerCase(), ...(input.name ? { name: input.name } : {}) },
    body: input.body,
  });
  return { ticketId: ticket.id, created };
}

const messageOf = (
  role: TicketMessage['author']['role'],
  body: string,
  html: string,
  via: TicketMessage['via'],
  internal = false,
  email?: string,
): TicketMessage => ({
  id: randomUUID().replaceAll('-', '').slice(0, 16),
  at: '',
  author: { role, ...(email ? { email } : {}) },
  via,
  internal,
  body,
  html,
});

/** Refuses a body longer than MAX_TICKET_REPLY_CHARS, naming the field. */
function sized(deps: TicketsCore, body: string) {
  const max = deps.config.MAX_TICKET_REPLY_CHARS;
  if (body.length <= max) return body;
  const message = `At most ${max} characters`;
  throw new BadRequest(`The message is longer than ${max} characters`, { errors: [{ field: 'body', message }] });
}

/** Refuses a message past the ticket's cap (the conversation stays readable in one Query). */
function roomFor(deps: TicketsCore, ticket: Ticket) {
  if ((ticket.messageCount ?? 0) >= deps.config.MAX_TICKET_MESSAGES)
    throw new Conflict('This conversation is full; please start a new one');
}

/** The customer's words on their ticket: escaped text; a waiting or solved ticket is worked again. */
async function addCustomerMessage(deps: TicketsCore, ticket: Ticket, body: string, via: TicketMessage['via']) {
  roomFor(deps, ticket);
  const at = deps.now().toISOString();
  const message = { ...messageOf('customer', body, plainHtml(body), via), at };
  const to = afterCustomerMessage(ticket.status);
  const head = await deps.stores.tickets.addMessage(ticket.id, message, {
    at,
    move: to === ticket.status ? undefined : { to, from: movesFrom(to, afterCustomerMessage), by: 'customer' },
  });
  return { message, ticket: head };
}

/** A chat message typed after the handoff goes onto the ticket (nothing, if the ticket is gone). */
export async function addChatMessage(deps: TicketsCore, ticketId: string, text: string) {
  const ticket = await deps.stores.tickets.get(ticketId);
  if (!ticket || ticket.status === 'closed' || (ticket.messageCount ?? 0) >= deps.config.MAX_TICKET_MESSAGES) return;
  await addCustomerMessage(deps, ticket, text, 'chat');
}

/** A customer's ticket, or NotFound: another customer's ticket is no different from none. */
async function ownConversation(deps: TicketsDeps, id: string, customerId: string) {
  const found = await deps.stores.tickets.conversation(id);
  if (!found || found.ticket.customerId !== customerId) throw new NotFound('Ticket');
  return { ticket: normaliseTicket(found.ticket), messages: found.messages };
}

/** A customer's own tickets, newest first, as they may see them. */
export async function customerTickets({ stores }: TicketsDeps, customerId: string) {
  return (await stores.tickets.listByCustomer(customerId)).map((t) => customerListEntry(normaliseTicket(t)));
}

/** One of the caller's tickets with its conversation, internal notes left out. */
export async function customerTicket(deps: TicketsDeps, id: string, customerId: string) {
  const { ticket, messages } = await ownConversation(deps, id, customerId);
  return customerView(ticket, messages);
}

/** The customer answers on their ticket (rate limited); Conflict once it is closed. */
export async function customerReply(deps: TicketsDeps, id: string, customerId: string, body: string) {
  await enforceRateLimit(deps, 'ticket-reply-customer', customerId, deps.config.TICKET_REPLIES_PER_MINUTE_CUSTOMER, 60);
  const { ticket } = await ownConversation(deps, id, customerId);
  if (ticket.status === 'closed') throw new Conflict('This ticket is closed; please start a new chat');
  const { message } = await addCustomerMessage(deps, ticket, sized(deps, body), 'portal');
  return { id: message.id, at: message.at, author: 'customer' as const, html: message.html };
}

/** CSAT for a solved ticket, once, by its customer; also counted in the insights. */
export async function rateTicket(deps: TicketsDeps, id: string, customerId: string, score: number, comment?: string) {
  const { ticket } = await ownConversation(deps, id, customerId);
  if (!DONE_STATUSES.includes(ticket.status)) throw new Conflict('A ticket can be rated once it is solved');
  const csat = { score, ...(comment ? { comment } : {}), at: deps.now().toISOString() };
  if (!(await deps.stores.tickets.rate(id, csat, [...DONE_STATUSES])))
    throw new Conflict('This ticket was already rated');
  await recordCsat(deps, score, comment);
  return csat;
}

/**
 * Staff answer the customer (Markdown through the FAQ's sanitiser) or add an internal note. A
 * reply stops the first-response clock, puts the ticket in "waiting" and tells the customer
 * through the outbox, in the ticket's language.
 */
export async function staffReply(
  deps: TicketsDeps,
  id: string,
  by: string,
  input: { body: string; internal?: boolean },
) {
  await enforceRateLimit(deps, 'ticket-reply-staff', by, deps.config.TICKET_REPLIES_PER_MINUTE_STAFF, 60);
  const ticket = await deps.stores.tickets.get(id);
  if (!ticket) throw new NotFound('Ticket');
  roomFor(deps, ticket);
  const internal = input.internal === true;
  const at = deps.now().toISOString();
  const html = (await renderModule()).renderAnswer(sized(deps, input.body), undefined, 'body');
  const message: TicketMessage = { ...messageOf('agent', input.body, html, 'portal', internal, by), at };
  const to = afterStaffReply(ticket.status);
  const effect = internal
    ? { at }
    : {
        at,
        firstResponse: true,
        move: to === ticket.status ? undefined : { to, from: movesFrom(to, afterStaffReply), by },
      };
  const write = () => deps.stores.tickets.addMessage(id, message, effect);
  const mail = internal ? undefined : await replyMail(deps, ticket, message);
  const head = mail ? await enqueueBefore(deps, mail, write) : await write();
  return { message, ticket: head };
}

/**
 * The outbox message for a reply, enqueued before the reply is written with the reply's item as
 * its confirm key: a crash between the two sends nothing, a crash after loses nothing. None when
 * there is nobody to write to or the customer wants no contact.
 */
async function replyMail(
  deps: TicketsDeps,
  ticket: Ticket,
  message: TicketMessage,
): Promise<OutboxMessage | undefined> {
  const to = ticket.contact.email?.toLowerCase();
  if (!to) return undefined;
  const profile = ticket.customerId ? await deps.stores.customers.get(to) : undefined;
  if (profile?.preferences.contactChannel === 'none') return undefined;
  const locale = (profile?.locale ?? ticket.locale) as Locale;
  const url = ticket.customerId
    ? `${deps.config.PUBLIC_URL}/${locale}/profile/?ticket=${encodeURIComponent(ticket.id)}#tickets`
    : guestLink(deps, ticket.id, locale);
  const unsubscribeUrl = unsubscribeUrlOf(deps.config, to);
  const rendered = renderReplyMail(locale, {
    ticketId: ticket.id,
    name: profile?.name ?? ticket.contact.name,
    replyHtml: message.html,
    replyText: textOf(message.html),
    url,
    unsubscribeUrl,
  });
  return {
    id: messageIdOf([ticket.id, message.id, 'ticket_reply']),
    to,
    customerId: to,
    kind: 'ticket_reply',
    locale,
    ...rendered,
    unsubscribeUrl,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: message.at,
    createdAt: message.at,
    confirm: deps.stores.tickets.messageKey(ticket.id, message),
  };
}

/** The signed link a guest's reply mail carries: their one ticket, for TICKET_LINK_DAYS. */
export function guestLink(deps: TicketsCore, ticketId: string, locale: Locale) {
  const expiresAt = Math.floor(deps.now().getTime() / 1000) + deps.config.TICKET_LINK_DAYS * 86_400;
  const token = signGuestToken(deps.config.TICKET_LINK_SECRET, ticketId, expiresAt);
  return `${deps.config.PUBLIC_URL}/${locale}/help/ticket/?t=${encodeURIComponent(token)}`;
}

/** The guest ticket a link token opens: Forbidden when tampered or expired, NotFound when it is gone or a customer's. */
async function guestConversation(deps: TicketsCore, token: string) {
  const verdict = verifyGuestToken(deps.config.TICKET_LINK_SECRET, token, deps.now());
  if ('refused' in verdict)
    throw new Forbidden(verdict.refused === 'expired' ? 'This link has expired' : 'This link is not valid');
  const found = await deps.stores.tickets.conversation(verdict.ticketId);
  if (!found || found.ticket.customerId) throw new NotFound('Ticket');
  return { ticket: normaliseTicket(found.ticket), messages: found.messages };
}

/** A guest reads their ticket through the signed link. */
export async function guestTicket(deps: TicketsCore, token: string) {
  const { ticket, messages } = await guestConversation(deps, token);
  return customerView(ticket, messages);
}

/** A guest answers through the signed link (rate limited per client). */
export async function guestReply(deps: TicketsCore, token: string, client: string, body: string) {
  await enforceRateLimit(deps, 'ticket-reply-guest', client, deps.config.TICKET_REPLIES_PER_MINUTE_CUSTOMER, 60);
  const { ticket } = await guestConversation(deps, token);
  if (ticket.status === 'closed') throw new Conflict('This ticket is closed; please start a new chat');
  const { message } = await addCustomerMessage(deps, ticket, sized(deps, body), 'portal');
  return { id: message.id, at: message.at, author: 'customer' as const, html: message.html };
}

/** A locale's saved replies (canned responses), with the version an edit must name. */
export const savedReplies = (deps: TicketsCore, locale: Locale) => deps.stores.tickets.savedReplies(locale);

/**
 * Replaces a locale's saved replies if nobody saved since version `expected`: two agents editing
 * the list at once cannot silently drop each other's replies; the later one is told and reloads.
 */
export async function saveReplies(
  deps: TicketsCore,
  locale: Locale,
  replies: SavedReply[],
  expected: number,
  by: string,
): Promise<SavedReplies> {
  const at = deps.now().toISOString();
  if (await deps.stores.tickets.setSavedReplies(locale, replies, expected, by, at))
    return { replies, version: expected + 1, updatedBy: by, updatedAt: at };
  const current = await deps.stores.tickets.savedReplies(locale);
  throw new PreconditionFailed(
    `These saved replies changed since you loaded version ${expected}; they are now at version ${current.version}${current.updatedBy ? `, saved by ${current.updatedBy}` : ''}`,
    { version: current.version },
  );
}
