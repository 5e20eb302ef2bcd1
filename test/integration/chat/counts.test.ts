import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

/**
 * Issue 13: a chat turn's analytics counts (intents, help sessions) wait in memory and go out in a
 * batch, not on the turn's path; the local server writes them before it stops.
 */
describe('Chat counts: written in a batch, and at shutdown', () => {
  let portal: TestPortal | undefined;
  let dataDir: string | undefined;

  afterAll(async () => {
    await portal?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const today = () => new Date().toISOString().slice(0, 10);
  const greetings = async (p: TestPortal) =>
    (await p.deps.stores.stats.list('INTENT', [today()])).find((c) => c.key === 'greeting')?.count ?? 0;

  it('should keep the counts off the turn and write them all when the server stops', async () => {
    // Prepare: counts would wait ten minutes for their batch.
    dataDir = await mkdtemp(join(tmpdir(), 'portal-chat-counts-'));
    const env = { SEARCH_STATS_FLUSH_MS: '600000' };
    portal = await startPortal({ site: false, outboxDrain: false, dataDir, env });
    const before = await greetings(portal);

    // Act
    for (const message of ['hello', 'good morning', 'hi there'])
      expect((await call(portal.url, 'POST', '/api/chat', { body: { message, locale: 'en' } })).json.intent).toBe(
        'greeting',
      );
    const waiting = await greetings(portal);
    await portal.stop();
    portal = await startPortal({ site: false, outboxDrain: false, dataDir, env });

    // Assess
    expect(waiting).toBe(before);
    expect(await greetings(portal)).toBe(before + 3);
  });
});
