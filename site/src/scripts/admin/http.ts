import { ApiError, redirectToSignIn, type Problem } from '../../lib/api';
import { loadConfig } from '../../lib/config';
import { clearSession, getSession } from '../../lib/session';

interface Options {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** The version the caller edited, sent as `If-Match: "N"`. */
  ifMatch?: number;
}

/**
 * Calls an admin endpoint with the access token; returns the JSON body (undefined for 204)
 * or throws `ApiError` (403 for a signed-in non-admin). A rejected token goes to sign-in.
 * @example await send<AdminArticle>('/admin/faq/x/en', { method: 'PUT', body, ifMatch: 3 })
 */
export async function send<T>(path: string, { method = 'GET', body, ifMatch }: Options = {}): Promise<T> {
  const session = getSession();
  if (!session) redirectToSignIn();
  const { apiBase } = await loadConfig();
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    authorization: `Bearer ${session.accessToken}`,
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (ifMatch !== undefined) headers['if-match'] = `"${ifMatch}"`;
  let res: Response;
  try {
    res = await fetch(apiBase + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, undefined);
  }
  if (res.status === 401) {
    clearSession();
    redirectToSignIn('expired');
  }
  const data: unknown = res.status === 204 ? undefined : await res.json().catch(() => undefined);
  if (!res.ok) {
    throw new ApiError(res.status, data && typeof data === 'object' && 'status' in data ? (data as Problem) : undefined);
  }
  return data as T;
}

/** `ApiError` with this status? */
export const isStatus = (error: unknown, status: number): error is ApiError => error instanceof ApiError && error.status === status;
