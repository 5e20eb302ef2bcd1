import { NotFound } from '../commons/errors';
import type { Stores } from '../store';
import { customerView, type Ticket, type TicketStatus } from './domain/ticket';

/** What the ticket flows need from the app. */
export interface TicketsDeps {
  stores: Stores;
  now: () => Date;
}

/** Tickets for the admin queue, optionally of one status. */
export const listTickets = ({ stores }: TicketsDeps, status?: TicketStatus) => stores.tickets.list(status);

/** One ticket with its transcript, or NotFound. */
export async function getTicket({ stores }: TicketsDeps, id: string) {
  const ticket = await stores.tickets.get(id);
  if (!ticket) throw new NotFound('Ticket');
  return ticket;
}

/** Moves a ticket to a status, recording who did it. */
export const setTicketStatus = ({ stores, now }: TicketsDeps, id: string, status: TicketStatus, by: string) =>
  stores.tickets.setStatus(id, status, by, now());

/** A customer's own tickets, newest first, as they may see them. */
export async function customerTickets({ stores }: TicketsDeps, customerId: string) {
  return (await stores.tickets.listByCustomer(customerId)).map(customerView);
}

/** The order a ticket raised from the order page is about: what is wrong, and the photos sent. */
export interface TicketOrder {
  orderNumber: string;
  kind: string;
  photoIds: string[];
}

/**
 * Opens a ticket a customer raised outside the chat (a problem with an order), with the order
 * attached for agents; `id` is the idempotency key, so a repeated report opens nothing new.
 */
export async function openOrderTicket(
  { stores, now }: TicketsDeps,
  input: {
    id: string;
    reason: string;
    locale: string;
    customerId: string;
    contact: Ticket['contact'];
    description: string;
    order: TicketOrder;
  },
) {
  const at = now().toISOString();
  const ticket: Ticket & { order: TicketOrder } = {
    id: input.id,
    status: 'open',
    reason: input.reason.slice(0, 200),
    locale: input.locale,
    sessionId: '',
    customerId: input.customerId,
    contact: input.contact,
    transcript: [{ at, role: 'user', text: input.description }],
    createdAt: at,
    updatedAt: at,
    order: input.order,
  };
  return stores.tickets.createOnce(ticket);
}
