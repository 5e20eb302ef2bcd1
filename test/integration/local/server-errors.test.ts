import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, type Reply } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

/** Writes raw bytes to the server and reads the whole answer until it closes the connection. */
function rawExchange(url: string, request: string): Promise<Reply> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = raw.split('\r\n\r\n', 2);
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = new Headers();
      for (const line of lines) {
        const at = line.indexOf(':');
        if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
      }
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, json, text: body });
    });
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
    socket.end(request);
  });
}

describe('Local server: errors Node answers itself', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
  });

  afterAll(async () => {
    await portal?.stop();
  });

  it('should answer a 100 KB header with a 431 problem', async () => {
    // Act
    const reply = await rawExchange(
      portal.url,
      `GET /api/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${'a'.repeat(100_000)}\r\n\r\n`,
    );

    // Assess
    expectProblem(reply, 431);
    expect(reply.headers.get('connection')).toBe('close');
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('should answer a 100 KB token on a kept-alive connection with a 431 problem, not a reset', async () => {
    // Prepare
    await Promise.all(Array.from({ length: 10 }, async () => (await fetch(`${portal.url}/api/health`)).text()));

    // Act
    const res = await fetch(`${portal.url}/api/me`, { headers: { authorization: `Bearer ${'a'.repeat(100_000)}` } });
    const text = await res.text();

    // Assess
    expectProblem({ status: res.status, headers: res.headers, json: JSON.parse(text), text }, 431);
  });

  it('should answer a request line that is not HTTP with a 400 problem', async () => {
    // Act
    const reply = await rawExchange(portal.url, 'HELLO THERE\r\n\r\n');

    // Assess
    expectProblem(reply, 400);
  });

  it('should answer an oversized chunk extension in a streamed body with a 413 problem', async () => {
    // Act
    const reply = await rawExchange(
      portal.url,
      'POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        `Transfer-Encoding: chunked\r\n\r\n2;${'e'.repeat(20_000)}\r\n{}\r\n0\r\n\r\n`,
    );

    // Assess
    expectProblem(reply, 413);
  });

  it('should keep serving after them', async () => {
    // Act
    const reply = await fetch(`${portal.url}/api/health`);

    // Assess
    expect(reply.status).toBe(200);
  });
});
