import { NotFound } from '../commons/errors';
import type { Stores } from '../store';
import { customerView, type TicketStatus } from './domain/ticket';

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
