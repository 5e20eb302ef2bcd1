/** Token storage: sessionStorage, so tokens end with the tab and never outlive `expiresIn`. */
export interface Session {
  idToken: string;
  accessToken: string;
  expiresAt: number;
}

const KEY = 'portal.session';

export function saveSession(tokens: { idToken: string; accessToken: string; expiresIn: number }): void {
  const session: Session = {
    idToken: tokens.idToken,
    accessToken: tokens.accessToken,
    // A little early, so a request is never sent with a token about to expire in flight.
    expiresAt: Date.now() + Math.max(0, tokens.expiresIn - 30) * 1000,
  };
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

/** The current session, or null when signed out or expired. */
export function getSession(): Session | null {
  try {
    const session = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Session | null;
    if (session && session.expiresAt > Date.now() && session.accessToken) return session;
  } catch {
    /* corrupt entry: treat as signed out */
  }
  sessionStorage.removeItem(KEY);
  return null;
}

export const clearSession = (): void => sessionStorage.removeItem(KEY);

/** Display claims from the id token. Not verified: only the API trusts tokens, and only the access token. */
export function idClaims(session: Session | null): { email?: string; name?: string; 'cognito:groups'?: string[] } {
  const payload = session?.idToken.split('.')[1];
  if (!payload) return {};
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const text = new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)));
    return JSON.parse(text) as { email?: string; name?: string; 'cognito:groups'?: string[] };
  } catch {
    return {};
  }
}
