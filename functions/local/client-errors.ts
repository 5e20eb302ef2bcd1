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

/**
 * Answers the errors Node's HTTP server handles itself (oversized headers, malformed requests,
 * oversized chunk extensions, timeouts) with problem+json and the given headers, instead of
 * Node's bare status line. Then reads what the client still sends and closes the connection.
 */
export function answerClientErrors(server: Server, headers: () => Record<string, string>) {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex & { bytesWritten?: number }) => {
    if (error.code === 'ECONNRESET' || !socket.writable || (socket.bytesWritten ?? 0) > 0) {
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
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('')}\r\n${body}`);
    // Closing with unread input would reset the connection before the client reads the answer.
    socket.resume();
    setTimeout(() => socket.destroy(), 2000).unref();
  });
}
