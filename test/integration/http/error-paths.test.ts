import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login, type Reply, replyOf } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const KB = 1024;

/** A body sent with Transfer-Encoding: chunked (no Content-Length), `total` bytes in 8 KB chunks. */
function chunkedBody(total: number) {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const size = Math.min(8 * KB, total - sent);
      sent += size;
      controller.enqueue(new TextEncoder().encode('x'.repeat(size)));
    },
  });
}

async function sendChunked(url: string, method: string, total: number, token?: string): Promise<Reply> {
  const res = await fetch(url, {
    method,
    duplex: 'half',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: chunkedBody(total),
  } as RequestInit);
  return replyOf(res);
}

describe('Error paths: request bodies over the limit', () => {
  let portal: TestPortal;
  let ana: string;
  let admin: string;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    [ana, admin] = await Promise.all([login(portal.url, 'ana@example.com'), login(portal.url, 'admin@example.com')]);
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const ROUTES: [string, string, 'ana' | 'admin' | undefined, number][] = [
    ['POST', '/api/chat', undefined, 320 * KB],
    ['POST', '/api/orders/lookup', undefined, 100 * KB],
    ['PATCH', '/api/me', 'ana', 100 * KB],
    ['POST', '/api/auth/login', undefined, 100 * KB],
    ['POST', '/api/no-such-route', undefined, 100 * KB],
    ['POST', '/api/admin/faq/import', 'admin', 2 * KB * KB + 64 * KB],
  ];

  it.each(ROUTES)(
    'should answer a chunked %s %s over the limit with a 413 problem',
    async (method, path, who, size) => {
      // Act
      const token = who === 'ana' ? ana : who === 'admin' ? admin : undefined;
      const reply = await sendChunked(portal.url + path, method, size, token);

      // Assess
      const problem = expectProblem(reply, 413);
      expect(problem.detail).toMatch(/larger than \d+ bytes/);
    },
  );

  it('should still take a chunked body under the limit', async () => {
    // Act
    const res = await fetch(`${portal.url}/api/chat`, {
      method: 'POST',
      duplex: 'half',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"message":'));
          controller.enqueue(new TextEncoder().encode('"hello"}'));
          controller.close();
        },
      }),
    } as RequestInit);

    // Assess
    expect(res.status).toBe(200);
    expect(((await res.json()) as { intent: string }).intent).toBe('greeting');
  });

  it('should answer a Content-Length over the limit with a 413 problem', async () => {
    // Act
    const reply = await call(portal.url, 'POST', '/api/chat', {
      raw: JSON.stringify({ message: 'x'.repeat(70 * KB) }),
    });

    // Assess
    expectProblem(reply, 413);
  });

  it('should keep answering after a run of refused bodies', async () => {
    // Act
    await Promise.all(Array.from({ length: 8 }, () => sendChunked(`${portal.url}/api/chat`, 'POST', 200 * KB)));
    const health = await call(portal.url, 'GET', '/api/health');

    // Assess
    expect(health.status).toBe(200);
  });
});
