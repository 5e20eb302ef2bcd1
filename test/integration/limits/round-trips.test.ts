import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../helpers/http';
import { countCommands } from '../../helpers/db-commands';
import { startPortal, type TestPortal } from '../../helpers/portal';

/**
 * A limit hit in a window this instance already counted in is one conditional write, no read
 * (limits/service.ts `takeKnown`), for every limit, not only the chat's.
 */
describe('Rate limits: DynamoDB commands per hit', () => {
  let portal: TestPortal;
  let counter: ReturnType<typeof countCommands>;

  beforeAll(async () => {
    portal = await startPortal({ site: false, outboxDrain: false });
    counter = countCommands(portal.deps.stores.db.doc);
  });

  afterAll(async () => {
    counter?.stop();
    await portal?.stop();
  });

  const report = () =>
    call(portal.url, 'POST', '/api/faq/searches', { body: { searches: [{ q: 'limit probe', locale: 'en' }] } });
  const limitCommands = () => counter.seen().commands.filter((c) => c.partitions.some((p) => p.startsWith('RL#')));

  it('should read the counter for the first hit of a window and only write for the next ones', {
    timeout: 30_000,
  }, async () => {
    // Prepare: both hits in one 60 s window (the limit's), not astride its end
    const intoWindow = Date.now() % 60_000;
    if (intoWindow > 50_000) await new Promise((ok) => setTimeout(ok, 60_500 - intoWindow));

    // Act
    counter.reset();
    expect((await report()).status).toBe(202);
    const first = limitCommands().map((c) => c.name);
    counter.reset();
    expect((await report()).status).toBe(202);
    const second = limitCommands().map((c) => c.name);

    // Assess
    expect(first).toEqual(['GetItemCommand', 'UpdateItemCommand']);
    expect(second).toEqual(['UpdateItemCommand']);
  });
});
