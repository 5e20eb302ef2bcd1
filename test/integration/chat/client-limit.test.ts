import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../helpers/http';
import { countCommands } from '../../helpers/db-commands';
import { startPortal, type TestPortal } from '../../helpers/portal';

const LIMIT = 64;

/**
 * Issue 13: a busy client's chat turns take their per-client limit hits a few at a time (one
 * write for several turns), and the limit still holds exactly.
 */
describe('Chat: the per-client limit under a busy client', () => {
  let portal: TestPortal;
  let counter: ReturnType<typeof countCommands>;

  beforeAll(async () => {
    portal = await startPortal({
      site: false,
      outboxDrain: false,
      env: {
        RATE_LIMIT_MULTIPLIER: '1',
        CHAT_TURNS_PER_MINUTE_CLIENT: String(LIMIT),
        CHAT_TURNS_PER_MINUTE_SESSION: '1000',
      },
    });
    counter = countCommands(portal.deps.stores.db.doc);
  });
  afterAll(async () => {
    counter?.stop();
    await portal?.stop();
  });

  it('should answer exactly the limit of quick turns, with fewer limit writes than turns', async () => {
    // Prepare: well inside one minute window (the previous window's count weighs on the next).
    const intoWindow = (Date.now() / 1000) % 60;
    if (intoWindow > 45) await new Promise((ok) => setTimeout(ok, (61 - intoWindow) * 1000));
    counter.reset();

    // Act
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 6; i++)
      statuses.push((await call(portal.url, 'POST', '/api/chat', { body: { message: 'hello', locale: 'en' } })).status);

    // Assess
    expect(statuses.slice(0, LIMIT).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(LIMIT)).toEqual(Array(6).fill(429));
    const limitWrites = counter
      .seen()
      .commands.filter(
        (c) => c.name === 'UpdateItemCommand' && c.partitions.some((p) => p.startsWith('RL#chat-client')),
      );
    expect(limitWrites.length).toBeLessThan(LIMIT / 2);
    const stored = await portal.deps.stores.rateLimits.counter('chat-client', '127.0.0.1');
    expect(stored?.hits).toBe(LIMIT);
  }, 120_000);
});
