/**
 * Token storage: localStorage, so a sign-in lasts across tabs and after the browser closes,
 * until the customer signs out. The access token lives an hour; the refresh token (local IdP:
 * rotated at every use; Cognito: its hosted UI's) gets a new one silently, and signing out in
 * one tab ends the session in every tab (./session-lifecycle.ts, loaded on demand: `lifecycle()`).
 */
export interface Session {
  idToken: string;
  accessToken: string;
  expiresAt: number;
  refreshToken?: string;
}

export const KEY = 'portal.session';
/** Per-tab state that belongs to whoever was signed in (the chat widget's conversation). */
const PER_USER_TAB_KEYS = ['portal.chat'];

/** The stored session as it is, expired or not. */
export const read = (): Session | null => {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null') as Session | null;
  } catch {
    return null; // corrupt entry or storage disabled: signed out
  }
};

/**
 * Stores tokens from a sign-in or a refresh. A refresh that brings no refresh token (Cognito
 * without rotation) keeps the one there is.
 */
export function saveSession(tokens: {
  idToken: string;
  accessToken: string;
  expiresIn: number;
  refreshToken?: string;
}): Session {
  const refreshToken = tokens.refreshToken ?? read()?.refreshToken;
  const session: Session = {
    idToken: tokens.idToken,
    accessToken: tokens.accessToken,
    // A little early, so a request is never sent with a token about to expire in flight.
    expiresAt: Date.now() + Math.max(0, tokens.expiresIn - 30) * 1000,
    ...(refreshToken ? { refreshToken } : {}),
  };
  try {
    localStorage.setItem(KEY, JSON.stringify(session));
  } catch {
    /* storage disabled: signed in for this page only */
  }
  return session;
}

/** Whether the access token can still be sent. */
export const isFresh = (session: Session | null): boolean =>
  Boolean(session?.accessToken && session.expiresAt > Date.now());

/**
 * The current session, or null when signed out. A session whose access token expired is still
 * one while it has a refresh token: the API client renews it before the next call.
 */
export function getSession(): Session | null {
  const session = read();
  if (session && (isFresh(session) || session.refreshToken)) return session;
  if (session) clearSession();
  return null;
}

/** Forgets what this tab kept for the signed-in user (the chat's conversation). */
export function clearTabState(): void {
  try {
    for (const key of PER_USER_TAB_KEYS) sessionStorage.removeItem(key);
  } catch {
    /* storage disabled: nothing kept */
  }
}

/** Forgets the signed-in user: the tokens (in every tab) and what this tab kept for them. */
export function clearSession(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* storage disabled: nothing kept */
  }
  clearTabState();
}

/** Display claims from the id token. Not verified: only the API trusts tokens, and only the access token. */
export function idClaims(session: Session | null): {
  sub?: string;
  email?: string;
  name?: string;
  'cognito:groups'?: string[];
} {
  const payload = session?.idToken.split('.')[1];
  if (!payload) return {};
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const text = new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)));
    return JSON.parse(text) as { sub?: string; email?: string; name?: string; 'cognito:groups'?: string[] };
  } catch {
    return {};
  }
}

/** The renewal and sign-out machinery, loaded when first needed (./session-lifecycle.ts). */
export const lifecycle = () => import('./session-lifecycle');
