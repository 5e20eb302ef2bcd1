/**
 * What a signed-in session needs now and then, in its own chunk (loaded on demand through
 * `lifecycle()` in ./session.ts), so every page's first script stays small:
 *
 * - Silent renewal of the access token with the refresh token: the local identity provider's
 *   POST /api/auth/refresh (which rotates the refresh token) or the Cognito hosted UI's token
 *   endpoint (`grant_type=refresh_token`). Tabs take turns through a Web Lock, so two tabs never
 *   spend the same rotating token at once.
 * - Sign-out that reaches every tab: a message on a broadcast channel, and the tokens leaving
 *   localStorage (the `storage` event); the refresh token revoked on the server; in cognito
 *   mode the hosted UI session ended too.
 */
import { hostedBase, loadConfig, type RuntimeConfig } from './config';
import {
  clearSession,
  clearTabState,
  getSession,
  idClaims,
  isFresh,
  KEY,
  read,
  saveSession,
  type Session,
} from './session';

/** The refresh could not reach the server: the session is kept, the call fails as offline. */
export class RefreshUnreachable extends Error {}

interface Tokens {
  idToken: string;
  accessToken: string;
  expiresIn: number;
  refreshToken?: string;
}

/** Fresh tokens, or null when the refresh token is refused (signed out elsewhere, expired, reused). */
async function exchange(config: RuntimeConfig, refreshToken: string): Promise<Tokens | null> {
  const { auth } = config;
  let res: Response;
  try {
    res =
      auth.mode === 'cognito'
        ? await fetch(`${hostedBase(auth)}/oauth2/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({
              grant_type: 'refresh_token',
              client_id: auth.clientId,
              refresh_token: refreshToken,
            }),
          })
        : await fetch(`${config.apiBase}/auth/refresh`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify({ refreshToken }),
          });
  } catch {
    throw new RefreshUnreachable();
  }
  if (res.status >= 500 || res.status === 429) throw new RefreshUnreachable();
  if (!res.ok) return null;
  const body = (await res.json()) as Record<string, unknown>;
  if (auth.mode !== 'cognito') return body as unknown as Tokens;
  return {
    idToken: String(body.id_token),
    accessToken: String(body.access_token),
    expiresIn: Number(body.expires_in),
    ...(typeof body.refresh_token === 'string' ? { refreshToken: body.refresh_token } : {}),
  };
}

async function renew(): Promise<Session | null> {
  // Another tab may have renewed it while this one waited for the lock.
  const session = getSession();
  if (!session || isFresh(session)) return session;
  if (!session.refreshToken) {
    clearSession();
    return null;
  }
  const tokens = await exchange(await loadConfig(), session.refreshToken);
  if (!tokens) {
    clearSession();
    return null;
  }
  return saveSession(tokens);
}

/**
 * A session whose access token can be sent now, renewing it first when it expired; null when
 * signed out. Throws `RefreshUnreachable` when the renewal could not reach the server.
 */
export async function freshSession(): Promise<Session | null> {
  const session = getSession();
  if (!session || isFresh(session)) return session;
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request('portal.refresh', renew) : renew();
}

/** Ends the refresh token on the server (sign-out); never holds the visitor up for long. */
export async function revokeRefreshToken(refreshToken: string): Promise<void> {
  const config = await loadConfig();
  const { auth } = config;
  const request =
    auth.mode === 'cognito'
      ? fetch(`${hostedBase(auth)}/oauth2/revoke`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ token: refreshToken, client_id: auth.clientId }),
          keepalive: true,
        })
      : fetch(`${config.apiBase}/auth/logout`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ refreshToken }),
          keepalive: true,
        });
  await Promise.race([request.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1500))]);
}

const CHANNEL = 'portal.auth';
/** This page, so it ignores its own sign-out message (a channel also delivers to the sender's page). */
const PAGE_ID = Math.random().toString(36).slice(2);

/** Tells every other tab of this site that the customer signed out. */
export function announceSignOut(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: 'signed-out', from: PAGE_ID });
  channel.close();
}

/**
 * Calls `handler` once when the customer signs out in another tab: a sign-out message on the
 * broadcast channel, or the tokens disappearing from storage (browsers without BroadcastChannel,
 * a failed refresh), or another person's tokens arriving. This tab's per-user state is cleared first.
 */
export function onSignedOut(handler: () => void): void {
  const mine = idClaims(read()).sub;
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTabState();
    handler();
  };
  if (typeof BroadcastChannel !== 'undefined') {
    new BroadcastChannel(CHANNEL).addEventListener(
      'message',
      (event: MessageEvent<{ type?: string; from?: string }>) => {
        if (event.data?.type === 'signed-out' && event.data.from !== PAGE_ID) once();
      },
    );
  }
  addEventListener('storage', (event) => {
    if (event.key !== KEY && event.key !== null) return;
    // Gone, or someone else signed in meanwhile (a shared device): this tab's view is not theirs.
    const now = idClaims(read()).sub;
    if (!now || (mine && now !== mine)) once();
  });
}

/**
 * Signs out everywhere on this device: forgets the tokens (every tab notices: `onSignedOut`), tells
 * the other tabs, revokes the refresh token, and in cognito mode also
 * ends the hosted UI session.
 */
export async function signOut(afterPath: string): Promise<void> {
  const refreshToken = getSession()?.refreshToken;
  clearSession();
  announceSignOut();
  if (refreshToken) await revokeRefreshToken(refreshToken);
  const { auth } = await loadConfig();
  if (auth.mode === 'cognito') {
    const query = new URLSearchParams({ client_id: auth.clientId, logout_uri: `${location.origin}/` });
    location.assign(`${hostedBase(auth)}/logout?${query}`);
    return;
  }
  location.assign(afterPath);
}
