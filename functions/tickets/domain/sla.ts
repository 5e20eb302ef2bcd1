import type { Tier } from '../../profile/domain/relationship';
import { ACTIVE_STATUSES, TICKET_PRIORITIES, type Ticket, type TicketPriority } from './ticket';

/** Minutes to the first answer and to a solution, per priority. */
export type SlaTargets = Record<TicketPriority, { firstResponse: number; resolution: number }>;

export const DEFAULT_SLA: SlaTargets = {
  urgent: { firstResponse: 60, resolution: 8 * 60 },
  high: { firstResponse: 4 * 60, resolution: 24 * 60 },
  normal: { firstResponse: 8 * 60, resolution: 48 * 60 },
  low: { firstResponse: 24 * 60, resolution: 5 * 24 * 60 },
};

/**
 * Reads `urgent=60/480,high=240/1440` (first response / resolution, minutes); priorities left out
 * keep their default. Throws on anything else, so a typo fails at start-up, not in the queue.
 * @example parseSla('urgent=30/240').urgent // { firstResponse: 30, resolution: 240 }
 */
export function parseSla(spec: string | undefined): SlaTargets {
  const targets: SlaTargets = { ...DEFAULT_SLA };
  for (const part of (spec ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(\w+)=(\d+)\/(\d+)$/.exec(part);
    const priority = m?.[1] as TicketPriority | undefined;
    if (!m || !priority || !TICKET_PRIORITIES.includes(priority))
      throw new Error(`TICKET_SLA: "${part}" is not priority=firstResponseMinutes/resolutionMinutes`);
    targets[priority] = { firstResponse: Number(m[2]), resolution: Number(m[3]) };
  }
  return targets;
}

export interface SlaClock {
  /** When the target falls due. */
  dueAt: string;
  /** Minutes left (negative once past due); absent when the target was met. */
  minutesLeft?: number;
  met?: boolean;
  breached: boolean;
}

export interface Sla {
  firstResponse: SlaClock;
  resolution: SlaClock;
  /** Either target missed (or running late now). */
  breached: boolean;
  /** Minutes to the next target still open; what the queue sorts by after breaches. */
  minutesLeft?: number;
}

const MINUTE = 60_000;

function clock(start: string, minutes: number, doneAt: string | undefined, running: boolean, now: Date): SlaClock {
  const due = new Date(start).getTime() + minutes * MINUTE;
  const dueAt = new Date(due).toISOString();
  if (doneAt) return { dueAt, met: new Date(doneAt).getTime() <= due, breached: new Date(doneAt).getTime() > due };
  if (!running) return { dueAt, breached: false };
  const left = Math.floor((due - now.getTime()) / MINUTE);
  return { dueAt, minutesLeft: left, breached: left < 0 };
}

/**
 * The ticket's SLA at `now`: the first-response clock stops at the first staff answer, the
 * resolution clock when it is solved; both stop running once the ticket is no longer worked.
 */
export function slaOf(t: Ticket, targets: SlaTargets, now: Date): Sla {
  const target = targets[t.priority ?? 'normal'];
  const running = ACTIVE_STATUSES.includes(t.status);
  const firstResponse = clock(t.createdAt, target.firstResponse, t.firstResponseAt, running, now);
  const resolution = clock(t.createdAt, target.resolution, t.solvedAt, running, now);
  const open = [firstResponse, resolution].flatMap((c) => (c.minutesLeft === undefined ? [] : [c.minutesLeft]));
  return {
    firstResponse,
    resolution,
    breached: firstResponse.breached || resolution.breached,
    ...(open.length ? { minutesLeft: Math.min(...open) } : {}),
  };
}

/** Queue order: breached first, then oldest first. */
export function queueOrder<T extends { createdAt: string; sla: Sla }>(a: T, b: T): number {
  if (a.sla.breached !== b.sla.breached) return a.sla.breached ? -1 : 1;
  return a.createdAt.localeCompare(b.createdAt);
}

/**
 * Reads `platinum=high,gold=normal`: the priority each tier's tickets start at.
 * @example parseTierPriority('platinum=high').platinum // 'high'
 */
export function parseTierPriority(spec: string): Partial<Record<Tier, TicketPriority>> {
  const out: Partial<Record<Tier, TicketPriority>> = {};
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [tier, priority] = part.split('=') as [Tier, TicketPriority | undefined];
    if (priority && TICKET_PRIORITIES.includes(priority)) out[tier] = priority;
  }
  return out;
}
