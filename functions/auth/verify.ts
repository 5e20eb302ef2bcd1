import type { JWTVerifyGetKey } from 'jose';
import { lazyModule } from '../commons/lazy';
import { Unauthorized } from '../commons/errors';
import type { EmailLookup } from './verified-email';

/** The acting user, always taken from a verified access token. */
export interface Principal {
  sub: string;
  email?: string;
  groups: string[];
  /** A shop's system (client credentials), not a person: only the integration routes take it. */
  machine: boolean;
  scopes: string[];
  /** When the person last signed in (epoch seconds, Cognito's `auth_time`), for steps that need a fresh sign-in. */
  authTime?: number;
}

export interface TokenVerifierOptions {
  issuer: string;
  jwksUrl: string;
  /**
   * The app clients whose tokens are taken; always checked. Cognito access tokens carry the app
   * client in `client_id`, not `aud`.
   */
  clientIds: readonly string[];
  /** App clients of shops' systems (client credentials); their tokens are machine principals. */
  machineClientIds?: readonly string[];
  /**
   * Where a person's verified email comes from when the token has no `email` claim (Cognito
   * access tokens): see verified-email.ts. Without it such a person owns no orders.
   */
  lookupEmail?: EmailLookup;
}

export type TokenVerifier = (token: string) => Promise<Principal>;

/** How many verified tokens one instance remembers (a few hundred concurrent users per instance). */
const VERIFIED_TOKENS_KEPT = 1_000;

/**
 * Remembers what a token verified to until it expires, so a signed-in page's requests do not each
 * repeat the RS256 check: the answer cannot change before `exp`, because an access token is never
 * revoked before it expires (signing out and erasure end the refresh family, not the access token).
 * Bounded: the oldest entry goes first.
 */
export function rememberVerified(
  verify: (token: string) => Promise<{ principal: Principal; expiresAtMs: number }>,
  now = Date.now,
) {
  const kept = new Map<string, { principal: Principal; expiresAtMs: number }>();
  return async (token: string): Promise<Principal> => {
    const hit = kept.get(token);
    if (hit && hit.expiresAtMs > now()) return hit.principal;
    if (hit) kept.delete(token);
    const fresh = await verify(token);
    if (kept.size >= VERIFIED_TOKENS_KEPT) kept.delete(kept.keys().next().value as string);
    kept.set(token, fresh);
    return fresh.principal;
  };
}

// The JWT library loads with the first token: requests without one (and a cold start) skip it.
const joseModule = lazyModule(() => import('./jwt-verify'));

/**
 * Verifies Cognito-shaped RS256 access tokens against an issuer and its JWKS URL. The local
 * identity provider and Cognito take the same path; only the configured URLs differ.
 * @example const verify = createTokenVerifier({ issuer, jwksUrl, clientIds: ['local-site'] }); const me = await verify(token);
 */
export function createTokenVerifier(options: TokenVerifierOptions, keys?: JWTVerifyGetKey): TokenVerifier {
  if (!options.clientIds.length) throw new Error('createTokenVerifier needs the app client ids to accept');
  // Made on the first token: it loads Node's fetch (undici), which requests without a token
  // (and a cold start) need not parse.
  let remote: JWTVerifyGetKey | undefined;
  const verify = async (token: string): Promise<{ principal: Principal; expiresAtMs: number }> => {
    const { jwtVerify, createRemoteJWKSet } = await joseModule();
    remote ??= keys ?? createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 30_000 });
    try {
      const { payload } = await jwtVerify(token, remote, { issuer: options.issuer, algorithms: ['RS256'] });
      if (payload.token_use !== 'access') throw new Unauthorized('An access token is required');
      const clientId = payload.client_id;
      const machine = typeof clientId === 'string' && (options.machineClientIds ?? []).includes(clientId);
      if (typeof clientId !== 'string' || !(machine || options.clientIds.includes(clientId)))
        throw new Unauthorized('Token was issued to another client');
      if (typeof payload.sub !== 'string' || !payload.sub) throw new Unauthorized('Token has no subject');
      const groups = payload['cognito:groups'];
      // jose takes a token without `exp`; such a token is checked again on every request.
      const expiresAtMs = typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
      const principal: Principal = {
        sub: payload.sub,
        email: typeof payload.email === 'string' ? payload.email : undefined,
        groups: machine ? [] : Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [],
        machine,
        scopes: typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [],
        authTime: typeof payload.auth_time === 'number' ? payload.auth_time : undefined,
      };
      return { principal, expiresAtMs };
    } catch (error) {
      if (error instanceof Unauthorized) throw error;
      throw new Unauthorized('The access token is invalid or expired');
    }
  };
  // After verification, outside its catch: an unreachable userInfo endpoint is a fault, not a bad token.
  const verified = rememberVerified(verify);
  return async (token) => {
    const principal = await verified(token);
    if (principal.email !== undefined || principal.machine || !options.lookupEmail) return principal;
    return { ...principal, email: await options.lookupEmail(token, principal.sub) };
  };
}
