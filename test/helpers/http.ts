/** Small HTTP helpers for integration tests against a running portal. */
export interface Reply {
  status: number;
  headers: Headers;
  json: any;
  text: string;
}

/** A response as a Reply: its body as text, and as JSON where it parses. */
export async function replyOf(res: Response): Promise<Reply> {
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}

export async function call(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const res = await fetch(base + path, {
    method,
    headers: {
      ...(options.body !== undefined || options.raw !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  return replyOf(res);
}

export async function login(base: string, email: string, password = 'demo-password'): Promise<string> {
  const r = await call(base, 'POST', '/api/auth/login', { body: { email, password } });
  if (r.status !== 200) throw new Error(`login ${email}: ${r.status} ${r.text}`);
  return r.json.accessToken as string;
}

/** Asserts the RFC 9457 shape; returns the problem body. */
export function expectProblem(reply: Reply, status: number) {
  if (reply.status !== status) throw new Error(`expected ${status}, got ${reply.status}: ${reply.text.slice(0, 300)}`);
  if (!(reply.headers.get('content-type') ?? '').includes('application/problem+json'))
    throw new Error(`not problem+json: ${reply.headers.get('content-type')}`);
  if (reply.json?.status !== status || typeof reply.json?.title !== 'string')
    throw new Error(`bad problem body: ${reply.text}`);
  if (/at .*\.(ts|js):\d+/.test(reply.text)) throw new Error('stack trace leaked');
  return reply.json;
}
