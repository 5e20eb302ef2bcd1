import { describe, expect, it } from 'vitest';
import { DEFAULT_SLA, parseSla, parseTierPriority, queueOrder, slaOf } from '../../../../functions/tickets/domain/sla';
import type { Ticket } from '../../../../functions/tickets/domain/ticket';

const ticket = (extra: Partial<Ticket> = {}): Ticket => ({
  id: 'T-0000000001',
  status: 'new',
  reason: 'x',
  locale: 'en',
  contact: {},
  transcript: [],
  priority: 'normal',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  ...extra,
});
const at = (iso: string) => new Date(iso);

describe('Function: parseSla', () => {
  it('should keep the defaults for priorities left out and read the ones given', () => {
    // Act
    const targets = parseSla('urgent=30/240, low=2000/9000');

    // Assess
    expect(targets.urgent).toEqual({ firstResponse: 30, resolution: 240 });
    expect(targets.low).toEqual({ firstResponse: 2000, resolution: 9000 });
    expect(targets.normal).toEqual(DEFAULT_SLA.normal);
    expect(parseSla(undefined)).toEqual(DEFAULT_SLA);
  });

  it.each(['urgent=30', 'asap=1/2', 'urgent=a/b'])('should refuse %s at start-up', (spec) => {
    expect(() => parseSla(spec)).toThrow(/TICKET_SLA/);
  });
});

describe('Function: slaOf', () => {
  it('should count down to the first response, then stop that clock when staff answer', () => {
    // Act
    const waiting = slaOf(ticket(), DEFAULT_SLA, at('2026-12-01T12:00:00.000Z'));
    const answered = slaOf(
      ticket({ status: 'waiting', firstResponseAt: '2026-12-01T11:00:00.000Z' }),
      DEFAULT_SLA,
      at('2026-12-01T20:00:00.000Z'),
    );

    // Assess
    expect(waiting.firstResponse).toMatchObject({
      dueAt: '2026-12-01T18:00:00.000Z',
      minutesLeft: 360,
      breached: false,
    });
    expect(answered.firstResponse).toMatchObject({ met: true, breached: false });
    expect(answered.minutesLeft).toBe(48 * 60 - 10 * 60);
  });

  it('should flag a ticket past its target as breached, with negative time left', () => {
    // Act
    const late = slaOf(ticket({ priority: 'urgent' }), DEFAULT_SLA, at('2026-12-01T11:30:00.000Z'));

    // Assess
    expect(late.breached).toBe(true);
    expect(late.firstResponse.minutesLeft).toBe(-30);
  });

  it('should stop both clocks once the ticket is solved, remembering whether it made it', () => {
    // Act
    const solved = slaOf(
      ticket({ status: 'solved', firstResponseAt: '2026-12-02T10:00:00.000Z', solvedAt: '2026-12-02T11:00:00.000Z' }),
      DEFAULT_SLA,
      at('2026-12-09T00:00:00.000Z'),
    );

    // Assess
    expect(solved.firstResponse).toMatchObject({ met: false, breached: true });
    expect(solved.resolution).toMatchObject({ met: true, breached: false });
    expect(solved.minutesLeft).toBeUndefined();
  });
});

describe('Function: queueOrder', () => {
  it('should put breached tickets first, then the oldest', () => {
    // Prepare
    const row = (createdAt: string, breached: boolean) => ({ createdAt, sla: { breached } as never });
    const rows = [row('2026-12-01', false), row('2026-12-03', true), row('2026-11-30', false), row('2026-12-02', true)];

    // Act
    const sorted = [...rows].sort(queueOrder).map((r) => r.createdAt);

    // Assess
    expect(sorted).toEqual(['2026-12-02', '2026-12-03', '2026-11-30', '2026-12-01']);
  });
});

describe('Function: parseTierPriority', () => {
  it('should map tiers to starting priorities and skip unknown priorities', () => {
    expect(parseTierPriority('platinum=high, gold=bogus, silver=low')).toEqual({ platinum: 'high', silver: 'low' });
  });
});
