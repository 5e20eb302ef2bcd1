import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { problemDocument } from '../http/problem';

/** What Node's HTTP parser refuses before the app sees a request, by error code (else 400). */
const REFUSALS: Record<string, { status: number; detail: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, detail: 'The request headers are larger than the server accepts' },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: {
    status: 413,
    detail: 'A chunk of the streamed body is larger than the server accepts',
  },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, detail: 'The request did not arrive in time' },
};
const BAD_REQUEST = { status: 400, detail: 'The request is not valid HTTP' };

/** Node's server socket: `_httpMessage` is the response in flight on it, if any (what Node checks). */
type ServerSocket = Duplex & { _httpMessage?: { headersSent?: boolean } | null };

/**
 * Answers the errors Node's HTTP server handles itself (oversized headers, malformed requests,
 * oversized chunk extensions, timeouts) with problem+json and the given headers, instead of
 * Node's bare status line. Then reads what the client still sends and closes the connection.
 */
export function answerClientErrors(server: Server, headers: () => Record<string, string>) {
  const answered = new WeakSet<Duplex>();
  server.on('clientError', (error: NodeJS.ErrnoException, socket: ServerSocket) => {
    // The parser reports the same error again for what arrives after it; the answer is on its way.
    if (answered.has(socket)) return;
    // As Node decides: answer unless a response on this connection has begun (a kept-alive
    // connection has written earlier responses, which is fine).
    if (error.code === 'ECONNRESET' || !socket.writable || socket._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    const { status, detail } = REFUSALS[error.code ?? ''] ?? BAD_REQUEST;
    const body = JSON.stringify(problemDocument(status, { detail, requestId: randomUUID() }));
    const lines = Object.entries({
      ...headers(),
      'content-type': 'application/problem+json',
      'content-length': String(Buffer.byteLength(body)),
      connection: 'close',
    }).map(([name, value]) => `${name}: ${value}\r\n`);
    answered.add(socket);
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('')}\r\n${body}`);
    // Closing with unread input would reset the connection before the client reads the answer.
    socket.resume();
    setTimeout(() => socket.destroy(), 2000).unref();
  });
}
