import { loadConfig } from './config';
import { clearSession, getSession } from './session';
import { pageLocale } from './ui';

/** RFC 9457 problem details, the API's one error shape. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
  retryAfter?: number;
}

/** A failed API call. `status` 0 means the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    readonly retryAfterSeconds?: number,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

/** Sends the visitor to sign-in, coming back to this page afterwards. */
export function redirectToSignIn(reason?: 'expired'): never {
  const next = encodeURIComponent(location.pathname + location.search);
  location.assign(`/${pageLocale()}/signin/?next=${next}${reason ? `&reason=${reason}` : ''}`);
  throw new ApiError(401, undefined);
}

function retryAfter(res: Response, problem?: Problem): number | undefined {
  const header = res.headers.get('retry-after');
  if (header && /^\d+$/.test(header)) return Number(header);
  if (header) {
    const when = Date.parse(header);
    if (!Number.isNaN(when)) return Math.max(1, Math.ceil((when - Date.now()) / 1000));
  }
  return typeof problem?.retryAfter === 'number' ? problem.retryAfter : undefined;
}

interface Options {
  method?: 'GET' | 'POST' | 'PATCH';
  body?: unknown;
  /** Send the access token; a missing or rejected one sends the visitor to sign-in. */
  auth?: boolean;
  keepalive?: boolean;
}

/**
 * Calls the API and returns the parsed JSON body, or throws `ApiError`.
 * @example const me = await api<Profile>('/me');
 */
export async function api<T>(path: string, { method = 'GET', body, auth = true, keepalive }: Options = {}): Promise<T> {
  const { apiBase } = await loadConfig();
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (auth) {
    const session = getSession();
    if (!session) redirectToSignIn();
    headers.authorization = `Bearer ${session.accessToken}`;
  }
  let res: Response;
  try {
    res = await fetch(apiBase + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), keepalive });
  } catch {
    throw new ApiError(0, undefined);
  }
  if (auth && res.status === 401) {
    clearSession();
    redirectToSignIn('expired');
  }
  const data: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const problem = data && typeof data === 'object' && 'status' in data ? (data as Problem) : undefined;
    throw new ApiError(res.status, problem, retryAfter(res, problem));
  }
  return data as T;
}
