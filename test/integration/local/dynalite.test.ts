import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

interface LevelIterator {
  close(): Promise<void>;
}
type IteratorFactory = (this: unknown, ...args: unknown[]) => LevelIterator;

/**
 * Counts the LevelDB iterators dynalite opens and has not closed, by wrapping the methods of the
 * `level` class dynalite itself loads (abstract-level keeps its open resources private).
 */
function countOpenIterators() {
  const require = createRequire(createRequire(import.meta.url).resolve('dynalite'));
  const { Level } = require('level') as { Level: { prototype: Record<string, IteratorFactory> } };
  const originals = new Map<string, IteratorFactory>();
  const counter = { open: 0, opened: 0 };
  for (const method of ['iterator', 'keys', 'values']) {
    const original = Level.prototype[method] as IteratorFactory;
    originals.set(method, original);
    Level.prototype[method] = function (this: unknown, ...args: unknown[]) {
      const iterator = original.apply(this, args);
      counter.open++;
      counter.opened++;
      const close = iterator.close.bind(iterator);
      let closed = false;
      iterator.close = () => {
        if (!closed) counter.open--;
        closed = true;
        return close();
      };
      return iterator;
    };
  }
  return Object.assign(counter, {
    restore() {
      for (const [method, original] of originals) Level.prototype[method] = original;
    },
  });
}

describe('Local dynalite: no iterator left open', () => {
  const REQUESTS = 2000;
  let counter: ReturnType<typeof countOpenIterators>;
  let portal: TestPortal;
  let token: string;

  beforeAll(async () => {
    counter = countOpenIterators();
    portal = await startPortal({ site: false });
    token = await login(portal.url, 'ana@example.com');
  });

  afterAll(async () => {
    await portal?.stop();
    counter?.restore();
  });

  it(`should close every iterator over ${REQUESTS} order-list reads (GET /api/orders queries her orders; the profile reads one item)`, async () => {
    // Prepare
    const before = { open: counter.open, opened: counter.opened };

    // Act
    for (let i = 0; i < REQUESTS; i += 10) {
      const replies = await Promise.all(
        Array.from({ length: 10 }, () =>
          fetch(`${portal.url}/api/orders`, { headers: { authorization: `Bearer ${token}` } }),
        ),
      );
      for (const reply of replies) {
        expect(reply.status).toBe(200);
        await reply.arrayBuffer();
      }
    }

    // Assess
    expect(counter.opened - before.opened).toBeGreaterThanOrEqual(REQUESTS); // the count sees them
    expect(counter.open - before.open).toBeLessThanOrEqual(10);
  });
});
