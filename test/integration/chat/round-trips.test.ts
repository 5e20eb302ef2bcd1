import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login } from '../../helpers/http';
import { countCommands } from '../../helpers/db-commands';
import { startPortal, type TestPortal } from '../../helpers/portal';

/** Issue 13: a typical chat turn fetches what it needs in one read and writes once. */
const MAX_ROUND_TRIPS = 3;

describe('Chat turn: DynamoDB round trips', () => {
  let portal: TestPortal;
  let counter: ReturnType<typeof countCommands>;
  let ana: string;

  beforeAll(async () => {
    portal = await startPortal({
      site: false,
      outboxDrain: false,
      env: {
        // Every turn is due to check the rule file's and the FAQ's revision: those checks ride along.
        SEARCH_REVISION_CHECK_MS: '1',
        // Counts are written in batches off the turn's path; a flush in the middle would blur the count.
        SEARCH_STATS_FLUSH_MS: '600000',
      },
    });
    ana = await login(portal.url, 'ana@example.com');
    counter = countCommands(portal.deps.stores.db.doc);
    // Warm: the rules compiled, the search index loaded, this client's limit window known.
    await chat('hello');
    await chat('where is my order', { token: ana });
  });

  afterAll(async () => {
    counter?.stop();
    await portal?.stop();
  });

  const chat = (message: string, options: { sessionId?: string; token?: string } = {}) =>
    call(portal.url, 'POST', '/api/chat', {
      token: options.token,
      body: { message, locale: 'en', ...(options.sessionId ? { sessionId: options.sessionId } : {}) },
    });

  /** One turn, counted: its reply and the commands it sent. */
  async function counted(message: string, options: { sessionId?: string; token?: string } = {}) {
    counter.reset();
    const reply = await chat(message, options);
    const seen = counter.seen();
    expect(reply.status, reply.text).toBe(200);
    const trace = seen.commands.map((c) => `${c.name} ${c.partitions.join(',')}`).join('\n');
    return { reply, seen, trace };
  }

  it.each([
    ['a FAQ question in a new conversation', 'how long does delivery take to Germany?', 'shipping_delivery'],
    ['small talk in a new conversation', 'hello', 'greeting'],
  ])('should answer %s in at most 3 round trips', async (_, message, intent) => {
    // Act
    const { reply, seen, trace } = await counted(message);

    // Assess
    expect(reply.json.intent).toBe(intent);
    expect(seen.roundTrips, trace).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
    expect(seen.commands.length, trace).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
  });

  it('should continue a conversation (FAQ question, then small talk) in at most 3 round trips a turn', async () => {
    // Prepare
    const first = await chat('hi there');
    const sessionId = first.json.sessionId as string;

    // Act
    const faq = await counted('how do I return an item?', { sessionId });
    const thanks = await counted('thanks', { sessionId });

    // Assess
    expect(faq.reply.json.intent).toBe('returns_refund');
    expect(thanks.reply.json.intent).toBe('thanks');
    for (const turn of [faq, thanks]) {
      expect(turn.seen.roundTrips, turn.trace).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
      expect(turn.seen.commands.length, turn.trace).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
    }
  });

  it("should answer a signed-in customer's order-status question in at most 3 round trips", async () => {
    // Prepare
    const first = await chat('hello', { token: ana });
    const sessionId = first.json.sessionId as string;

    // Act: an order she names, then "where is my order" (her orders listed to choose from).
    const named = await counted('where is order 10023?', { sessionId, token: ana });
    const listed = await counted('where is my order?', { token: ana });

    // Assess
    expect(named.reply.json.intent).toBe('order_status');
    expect(JSON.stringify(named.reply.json.replies)).toContain('10023');
    expect(listed.reply.json.intent).toBe('order_status');
    for (const turn of [named, listed]) expect(turn.seen.roundTrips, turn.trace).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
    // The named order comes with the session and profile in the one read.
    expect(named.seen.commands.length, named.trace).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
  });
});
