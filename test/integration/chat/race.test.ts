import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login, type Reply } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const PARALLEL = 20;
const TRIALS = 10;
const LOOKUP_LIMIT = 5;
const PHRASES = ['I want to talk to a human', 'please let me speak to a real person', 'can I talk to an agent'];

/**
 * Turns of one conversation racing each other: a turn takes the session before it runs, so a
 * turn answered 409 did nothing (no ticket text, no transcript line, no statistics) and every
 * turn answered 200 is in the conversation.
 */
describe('Chat turns racing on one session', () => {
  let portal: TestPortal;
  let admin: string;

  beforeAll(async () => {
    portal = await startPortal({
      site: false,
      env: {
        RATE_LIMIT_MULTIPLIER: '1',
        CHAT_TURNS_PER_MINUTE_CLIENT: '10000',
        CHAT_TURNS_PER_MINUTE_SESSION: '10000',
        LOOKUP_FAILURES_PER_WINDOW: String(LOOKUP_LIMIT),
      },
    });
    admin = await login(portal.url, 'admin@example.com');
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const chat = (message: string, sessionId?: string) =>
    call(portal.url, 'POST', '/api/chat', { body: { message, ...(sessionId ? { sessionId } : {}) } });
  const handoffs = async () =>
    (await call(portal.url, 'GET', '/api/admin/insights?days=2', { token: admin })).json.bot.handoffs as number;

  /** The handoff's questions answered up to the last one (a guest's email): the next request for a person files the ticket. */
  const SETUP = ['hello', 'I want to talk to a human', 'my parcel never came', 'no'];

  /** One conversation, then PARALLEL handoff turns on it at once, each with its own text. */
  async function trial(t: number) {
    const first = await chat(SETUP[0]!);
    expect(first.status, first.text).toBe(200);
    const sessionId = first.json.sessionId as string;
    for (const message of SETUP.slice(1)) expect((await chat(message, sessionId)).status).toBe(200);
    const texts = Array.from({ length: PARALLEL }, (_, i) => `${PHRASES[i % PHRASES.length]} ${t}-${i}`);
    const replies = await Promise.all(texts.map((text) => chat(text, sessionId)));
    return { sessionId, texts, replies };
  }

  it('should leave no trace of a refused turn and keep every accepted one', async () => {
    // Prepare
    const before = await handoffs();

    // Act
    const trials = [];
    for (let t = 0; t < TRIALS; t++) trials.push(await trial(t));

    // Assess
    let refusedInAll = 0;
    for (const { sessionId, texts, replies } of trials) {
      const accepted = texts.filter((_, i) => replies[i]!.status === 200);
      const refused = texts.filter((_, i) => replies[i]!.status !== 200);
      refusedInAll += refused.length;
      for (const r of replies.filter((x: Reply) => x.status !== 200)) expectProblem(r, 409);
      expect(accepted.length).toBeGreaterThan(0);
      for (const r of replies.filter((x: Reply) => x.status === 200)) expect(r.json.intent).toBe('human_handoff');

      const ticketId = replies.find((r) => r.status === 200)!.json.handoff.ticketId as string;
      const ticket = await call(portal.url, 'GET', `/api/admin/tickets/${ticketId}`, { token: admin });
      const inTicket = (ticket.json.transcript as { role: string; text: string }[])
        .filter((l) => l.role === 'user')
        .map((l) => l.text);
      const inTranscript = (await portal.deps.stores.chat.transcript(sessionId))
        .filter((l) => l.role === 'user')
        .map((l) => l.text);
      const session = await portal.deps.stores.chat.get(sessionId, new Date());

      for (const text of refused) {
        expect(inTicket, `refused turn "${text}" in the ticket`).not.toContain(text);
        expect(inTranscript, `refused turn "${text}" in the transcript`).not.toContain(text);
      }
      expect(inTicket.slice(SETUP.length).every((text) => accepted.includes(text))).toBe(true);
      expect([...inTranscript].sort()).toEqual([...SETUP, ...accepted].sort());
      expect(session?.turns).toBe(SETUP.length + accepted.length);
    }
    expect(refusedInAll).toBeGreaterThan(0);
    expect(await handoffs()).toBe(before + TRIALS);
  });

  it('should not spend a guest lookup try on a refused turn', async () => {
    // Prepare
    const sessionId = (await chat('hello')).json.sessionId as string;
    const guess = (tag: string) => `where is order 10024? my email is ${tag}@example.org`;

    // Act: wrong guesses racing on one conversation, then fresh conversations until refused.
    const race = await Promise.all(Array.from({ length: PARALLEL }, (_, i) => chat(guess(`race-${i}`), sessionId)));
    const later: Reply[] = [];
    for (let i = 0; i < LOOKUP_LIMIT + 1 && later.at(-1)?.status !== 429; i++)
      later.push(await chat(guess(`later-${i}`)));

    // Assess: only the accepted turns looked an order up.
    const accepted = race.filter((r) => r.status === 200).length;
    for (const r of race.filter((x) => x.status !== 200)) expectProblem(r, 409);
    expect(accepted).toBeGreaterThan(0);
    expect(later.filter((r) => r.status === 200)).toHaveLength(LOOKUP_LIMIT - accepted);
    expectProblem(later.at(-1)!, 429);
  });
});
