export const TICKET_STATUSES = ['open', 'pending', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** A handoff ticket as stored: the chat transcript and who changed its status when. */
export interface Ticket {
  id: string;
  status: TicketStatus;
  reason: string;
  locale: string;
  sessionId: string;
  customerId?: string;
  contact: { email?: string; name?: string };
  transcript: { at: string; role: 'user' | 'bot'; text: string; intent?: string }[];
  createdAt: string;
  updatedAt: string;
  history?: { status: TicketStatus; by: string; at: string }[];
}

/** What a customer sees of their own tickets: no internal history. */
export const customerView = ({ id, status, reason, createdAt, updatedAt }: Ticket) => ({
  id,
  status,
  reason,
  createdAt,
  updatedAt,
});
