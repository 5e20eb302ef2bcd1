/**
 * The auth adapter. Local mode: password form -> POST /api/auth/login. Cognito mode: the hosted
 * UI with authorization code + PKCE; /auth/callback/ exchanges the code. Either way the tokens
 * end up in the session store (./session.ts) and the API gets the access token.
 */
import { api, ok } from './api/client';
import { hostedBase, loadConfig } from './config';
import { clearSession, saveSession } from './session';

const PKCE_KEY = 'portal.pkce';

const base64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const callbackUrl = (): string => `${location.origin}/auth/callback/`;

/** Only same-site paths may be a post-sign-in destination (no open redirect). */
export const safeNext = (next: string | null | undefined, fallback: string): string =>
  next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;

/** Local mode: exchanges email and password for tokens. Throws ApiError (401, 429, 400). */
export async function signInWithPassword(email: string, password: string): Promise<void> {
  const tokens = await ok(api.POST('/auth/login', { auth: 'none', body: { email, password } }));
  clearSession(); // whatever this tab kept for someone before (a shared device)
  saveSession(tokens);
}

/** Cognito mode: sends the browser to the hosted UI; `next` is where to land afterwards. */
export async function startHostedSignIn(next: string): Promise<void> {
  const { auth } = await loadConfig();
  if (auth.mode !== 'cognito') throw new Error('Hosted sign-in needs cognito mode');
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
  const challenge = base64url(
    new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))),
  );
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state, next }));
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: auth.clientId,
    redirect_uri: callbackUrl(),
    scope: 'openid email profile',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  location.assign(`${hostedBase(auth)}/oauth2/authorize?${query}`);
}

/** The callback page: checks `state`, exchanges the code, returns where to go next. */
export async function completeHostedSignIn(params: URLSearchParams): Promise<string> {
  const { auth } = await loadConfig();
  const saved = JSON.parse(sessionStorage.getItem(PKCE_KEY) ?? 'null') as {
    verifier: string;
    state: string;
    next: string;
  } | null;
  sessionStorage.removeItem(PKCE_KEY);
  const code = params.get('code');
  if (auth.mode !== 'cognito' || !saved || !code || params.get('state') !== saved.state) {
    throw new Error(params.get('error_description') ?? 'Sign-in could not be completed');
  }
  const res = await fetch(`${hostedBase(auth)}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: auth.clientId,
      code,
      redirect_uri: callbackUrl(),
      code_verifier: saved.verifier,
    }),
  });
  if (!res.ok) throw new Error(`Token exchange failed (${res.status})`);
  const body = (await res.json()) as {
    id_token: string;
    access_token: string;
    expires_in: number;
    refresh_token?: string;
  };
  clearSession();
  saveSession({
    idToken: body.id_token,
    accessToken: body.access_token,
    expiresIn: body.expires_in,
    ...(body.refresh_token ? { refreshToken: body.refresh_token } : {}),
  });
  return saved.next;
}
