/**
 * The site's one API client: openapi-fetch over the generated contract (./schema.d.ts, from the
 * app's OpenAPI document; `npm run gen:api`). Every call to /api goes through `api`.
 *
 * - The base URL comes from /config.json (one static build serves every stage), so it is set per call.
 * - `auth` per call: 'required' (default) sends the access token (renewed with the refresh token
 *   when it expired: ../session-lifecycle.ts) and sends the visitor to sign-in when it is missing or rejected; 'optional' sends it when signed in (a 401 is left to the caller);
 *   'none' sends no token.
 * - A failed call throws `ApiError` (problem+json); an unreachable server is `ApiError` status 0.
 * @example const me = await ok(api.GET('/me'));
 * @example await ok(api.POST('/orders/lookup', { auth: 'none', body: { orderNumber, email } }));
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { loadConfig } from '../config';
import { clearSession, getSession, isFresh, lifecycle } from '../session';
import { pageLocale } from '../ui';
import type { paths } from './schema';
import type { Problem } from './types';

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

/** `ApiError` with this status? */
export const isStatus = (error: unknown, status: number): error is ApiError =>
  error instanceof ApiError && error.status === status;

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

export type AuthMode = 'required' | 'optional' | 'none';

/** Accept header, unreachable server -> ApiError(0), any non-2xx -> ApiError with the problem body. */
const problems: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept', 'application/json, application/problem+json');
  },
  onError() {
    return new ApiError(0, undefined);
  },
  async onResponse({ response }) {
    if (response.ok) return;
    const data: unknown = await response
      .clone()
      .json()
      .catch(() => undefined);
    const problem = data && typeof data === 'object' && 'status' in data ? (data as Problem) : undefined;
    throw new ApiError(response.status, problem, retryAfter(response, problem));
  },
};

/** The access token of a signed-in visitor, renewed first when it expired; undefined when signed out. */
async function accessToken() {
  const session = getSession();
  if (!session || isFresh(session)) return session ?? undefined;
  const { freshSession, RefreshUnreachable } = await lifecycle(); // about once an hour
  try {
    return (await freshSession()) ?? undefined;
  } catch (error) {
    if (error instanceof RefreshUnreachable) throw new ApiError(0, undefined);
    throw error;
  }
}

const bearer = (mode: AuthMode): Middleware => ({
  async onRequest({ request }) {
    if (mode === 'none') return;
    const hadSession = Boolean(getSession());
    const session = await accessToken();
    if (!session && mode === 'required') redirectToSignIn(hadSession ? 'expired' : undefined);
    if (session) request.headers.set('authorization', `Bearer ${session.accessToken}`);
  },
  onResponse({ response }) {
    if (mode === 'required' && response.status === 401) {
      clearSession();
      redirectToSignIn('expired');
    }
  },
});
const BEARER: Record<AuthMode, Middleware> = {
  required: bearer('required'),
  optional: bearer('optional'),
  none: bearer('none'),
};

const client = createClient<paths>();
client.use(problems);

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Record<string, unknown>;

/**
 * The public FAQ reads a cache may answer (the API's rule, functions/http/public-cache.ts): they go
 * with the content revision as `rev`, so CloudFront keeps them until the next publish. A person's
 * search may too when the site reports it (`tally=report`, lib/search-report.ts); an article view
 * is counted by the API, so it never comes from a cache and skips it.
 */
const CACHED_READS = new Set(['/faq/categories', '/faq/suggest', '/faq/search']);
const cachedRead = (path: string, query: Query | undefined) =>
  CACHED_READS.has(path) &&
  (path !== '/faq/search' || query?.source === 'portal' || query?.tally === 'report' || !query?.q);

let revision: Promise<string | undefined> | undefined;
/** The FAQ content revision, asked once per page (cached for seconds); none when it cannot be had. */
function contentRevision(apiBase: string): Promise<string | undefined> {
  revision ??= client
    .GET('/faq/revision', { baseUrl: apiBase })
    .then(({ data }) => data?.rev)
    .catch(() => undefined);
  return revision;
}

async function withRevision(apiBase: string, rest: { params?: { query?: Query } }) {
  const rev = await contentRevision(apiBase);
  return rev ? { ...rest, params: { ...rest.params, query: { ...rest.params?.query, rev } } } : rest;
}

/** The client's method, with the base URL from /config.json and the `auth` mode of this call. */
function withConfig<M extends Method>(method: M): Client<paths>[M] {
  const call = async (path: string, init: { auth?: AuthMode; [key: string]: unknown } = {}) => {
    const { auth = 'required', ...rest } = init;
    const { apiBase } = await loadConfig();
    const send = client[method] as (path: string, init: object) => Promise<unknown>;
    const query = (rest as { params?: { query?: Query } }).params?.query;
    const options = method === 'GET' && cachedRead(path, query) ? await withRevision(apiBase, rest) : rest;
    return send(path, { ...options, baseUrl: apiBase, middleware: [BEARER[auth]] });
  };
  return call as unknown as Client<paths>[M];
}

/** The one API client (openapi-fetch, typed by the generated `paths`). Pass `auth` per call (see above). */
export const api = {
  GET: withConfig('GET'),
  POST: withConfig('POST'),
  PUT: withConfig('PUT'),
  PATCH: withConfig('PATCH'),
  DELETE: withConfig('DELETE'),
};

/**
 * The body of a successful call. Failures never get here (the middleware throws `ApiError`);
 * this only narrows openapi-fetch's `{ data } | { error }` result.
 */
export async function ok<D>(pending: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<D> {
  const { data, error, response } = await pending;
  if (error !== undefined || !response.ok) throw new ApiError(response.status, undefined);
  return data as D;
}
