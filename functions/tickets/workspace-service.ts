import type { Locale } from '../../locales/registry';
import { NotFound, PreconditionFailed } from '../commons/errors';
import { toSummary } from '../orders/domain/timeline';
import { relationship } from '../profile/domain/relationship';
import { parseSla, queueOrder, slaOf, type SlaTargets } from './domain/sla';
import {
  ACTIVE_STATUSES,
  normaliseTicket,
  TICKET_STATUSES,
  type Ticket,
  type TicketPriority,
  type TicketStatus,
} from './domain/ticket';
import type { TicketsDeps } from './service';
import { recordTicketSolved } from '../insights/service';

/** The SLA targets of this app (TICKET_SLA), read once per configuration. */
const slaCache = new WeakMap<object, SlaTargets>();
const targetsOf = (deps: TicketsDeps) => {
  const cached = slaCache.get(deps.config);
  if (cached) return cached;
  const targets = parseSla(deps.config.TICKET_SLA);
  slaCache.set(deps.config, targets);
  return targets;
};

/** A queue row: the head without the transcript, with its SLA clock. */
function row(deps: TicketsDeps, stored: Ticket, now: Date) {
  const t = normaliseTicket(stored);
  const { transcript: _t, history: _h, ...head } = t;
  return { ...head, sla: slaOf(t, targetsOf(deps), now) };
}

export interface QueueFilters {
  status?: TicketStatus;
  language?: string;
  priority?: TicketPriority;
  /** A staff email, `me`, or `unassigned`. */
  assignee?: string;
  limit: number;
}

const QUEUE_READ = 500;

/**
 * The queue: active tickets (or one status) filtered by language, priority and assignee,
 * breached first, then oldest first; counts per view (each status, mine, unassigned, breached).
 */
export async function queue(deps: TicketsDeps, filters: QueueFilters, me: string) {
  const now = deps.now();
  const { tickets } = deps.stores;
  const statuses = filters.status ? [filters.status] : ACTIVE_STATUSES;
  // Tickets being worked come breached first, then oldest first; solved and closed ones newest first.
  const working = statuses.every((s) => ACTIVE_STATUSES.includes(s));
  const activeRead = Promise.all(ACTIVE_STATUSES.map((s) => tickets.listStatus(s, QUEUE_READ)));
  const [active, done, listed] = await Promise.all([
    activeRead,
    Promise.all(TICKET_STATUSES.filter((s) => !ACTIVE_STATUSES.includes(s)).map((s) => tickets.countStatus(s))),
    working
      ? activeRead.then((lists) => lists.filter((_, i) => statuses.includes(ACTIVE_STATUSES[i]!)).flat())
      : tickets.listStatus(statuses[0]!, QUEUE_READ, true),
  ]);
  const activeRows = active.flat().map((t) => row(deps, t, now));
  const assignee = filters.assignee === 'me' ? me : filters.assignee;
  const rows = listed
    .map((t) => row(deps, t, now))
    .filter(
      (t) =>
        (!filters.language || t.locale === filters.language) &&
        (!filters.priority || t.priority === filters.priority) &&
        (!assignee || (assignee === 'unassigned' ? !t.assignee : t.assignee === assignee)),
    )
    .sort(working ? queueOrder : (a, b) => b.createdAt.localeCompare(a.createdAt));
  const counts: Record<string, number> = {
    ...Object.fromEntries(ACTIVE_STATUSES.map((s, i) => [s, active[i]!.length])),
    ...Object.fromEntries(TICKET_STATUSES.filter((s) => !ACTIVE_STATUSES.includes(s)).map((s, i) => [s, done[i]!])),
    mine: activeRows.filter((t) => t.assignee === me).length,
    unassigned: activeRows.filter((t) => !t.assignee).length,
    breached: activeRows.filter((t) => t.sla.breached).length,
  };
  return { tickets: rows.slice(0, filters.limit), total: rows.length, counts };
}

/** What the portal already knows about the ticket's customer, so the agent never asks for it. */
async function customerPicture(deps: TicketsDeps, t: Ticket) {
  const email = t.contact.email;
  if (!email || !t.customerId) return undefined;
  const [profile, orders, earlier, named] = await Promise.all([
    deps.stores.customers.get(email),
    deps.stores.orders.listByCustomer(email, 10),
    deps.stores.tickets.listByCustomer(t.customerId, 20),
    deps.stores.tickets.namedAgent(email),
  ]);
  if (!profile) return undefined;
  // A profile whose order facts were never filled (nobody opened it since seeding) reads the orders.
  const facts = profile.orderFacts ? Object.values(profile.orderFacts) : await deps.stores.orders.allOfCustomer(email);
  const { tier, stage, orderCount, spentLast12MonthsCents } = relationship(facts, deps.now());
  const locale = t.locale as Locale;
  return {
    email: profile.email,
    name: profile.name,
    locale: profile.locale,
    customerSince: profile.customerSince,
    tier,
    stage,
    orderCount,
    spentLast12MonthsCents,
    contactChannel: profile.preferences.contactChannel,
    ...(named ? { namedAgent: named.agent } : {}),
    openOrders: orders.orders
      .filter((o) => !['delivered', 'cancelled', 'returned'].includes(o.status))
      .map((o) => toSummary(o, locale)),
    recentOrders: orders.orders.slice(0, 5).map((o) => toSummary(o, locale)),
    earlierTickets: earlier
      .filter((e) => e.id !== t.id)
      .map(({ id, status, reason, createdAt, csat }) => ({
        id,
        status,
        reason,
        createdAt,
        ...(csat ? { csat: csat.score } : {}),
      })),
  };
}

/** One ticket for staff: head, transcript, the whole conversation with notes, SLA and the customer's picture. */
export async function staffTicket(deps: TicketsDeps, id: string) {
  const found = await deps.stores.tickets.conversation(id);
  if (!found) throw new NotFound('Ticket');
  const ticket = normaliseTicket(found.ticket);
  const { messages } = found;
  return {
    ...ticket,
    summary: ticket.reason,
    messages,
    sla: slaOf(ticket, targetsOf(deps), deps.now()),
    customer: await customerPicture(deps, ticket),
  };
}

export interface TicketPatch {
  status?: TicketStatus;
  priority?: TicketPriority;
  /** A staff email, `me`, or null to unassign. */
  assignee?: string | null;
}

/**
 * Changes status, priority or assignee. With the version the caller saw (If-Match), a ticket
 * changed since is refused with what changed; without it, the change applies to the current one.
 */
export async function changeTicket(
  deps: TicketsDeps,
  id: string,
  patch: TicketPatch,
  by: string,
  seenVersion?: number,
) {
  const assignee = patch.assignee === 'me' ? by : patch.assignee;
  const at = deps.now().toISOString();
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = await deps.stores.tickets.get(id);
    if (!current) throw new NotFound('Ticket');
    const expected = seenVersion ?? current.version ?? 0;
    // Picking up a new ticket opens it.
    const status = patch.status ?? (assignee && current.status === 'new' ? 'open' : undefined);
    const changed = await deps.stores.tickets.change(
      id,
      { status, priority: patch.priority, assignee, by, at },
      expected,
    );
    if (changed) {
      // First-contact resolution (insights): a ticket's first solve counts with its agent replies.
      if (status === 'solved' && current.status !== 'solved' && !current.solvedAt) {
        const replies = (await deps.stores.tickets.conversation(id))?.messages ?? [];
        await recordTicketSolved(
          deps,
          new Date(at),
          replies.filter((m) => m.author.role === 'agent' && !m.internal).length,
        );
      }
      return row(deps, changed, deps.now());
    }
    if (seenVersion !== undefined) {
      const now = (await deps.stores.tickets.get(id)) ?? current;
      throw new PreconditionFailed('The ticket changed since you read it', {
        current: { status: now.status, priority: now.priority, assignee: now.assignee ?? null, version: now.version },
        changes: (now.history ?? []).slice(Math.max(0, seenVersion - 1)),
      });
    }
  }
  throw new PreconditionFailed('The ticket kept changing; read it again');
}
