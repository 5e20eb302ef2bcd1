import { createHash, randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import type { RefreshTokensStore, UserCredentials, UsersStore } from './store';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: object,
) => Promise<Buffer>;
const SCRYPT = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const TOKEN_SECONDS = 3600;
const REFRESH_DAYS = 30;

/** Hashes a password with scrypt; the salt and cost travel with the hash. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, 32, SCRYPT);
  return `scrypt$${SCRYPT.N}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, { ...SCRYPT, N: Number(n) });
  return timingSafeEqual(actual, expected);
}

/** A stored RS256 key pair, so tokens survive a restart of the local server. */
export interface KeyMaterial {
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function newKeyMaterial(): Promise<KeyMaterial> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID();
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' },
  };
}

// A password check costs the same whether or not the user exists.
const DUMMY_HASH = 'scrypt$16384$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/**
 * The local stand-in for Cognito: checks passwords and issues RS256 id and access tokens with
 * Cognito's claims (sub, email, cognito:groups, token_use, iss, exp), and publishes its JWKS.
 */
/** Scopes a machine client may ask for (Cognito's resource server `orders`). */
export const MACHINE_SCOPES = ['orders/write'] as const;

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
/** Compares two secrets in constant time, whatever their lengths. */
const sameSecret = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

/** What a person's sign-in or refresh gives: id and access tokens, and the next refresh token when there is one. */
export interface PersonTokens {
  accessToken: string;
  idToken: string;
  expiresIn: number;
  refreshToken?: string;
}

const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

/** A refresh token: `rt1.<family id>.<secret>`; the family names the sign-in, the secret changes at every use. */
const REFRESH_TOKEN = /^rt1\.([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;
const newSecret = () => randomBytes(32).toString('base64url');

export function createLocalIdp(options: {
  issuer: string;
  keys: KeyMaterial;
  users: UsersStore;
  clientId?: string;
  /** The one machine client (client credentials), as Cognito's app client with a secret. */
  machineClient?: { id: string; secret: string };
  /** Where refresh tokens are kept; without it sign-in issues none. */
  refreshTokens?: RefreshTokensStore;
  /** Lifetime of id and access tokens (default an hour, as Cognito's). */
  tokenSeconds?: number;
  /** How long a refresh token lasts unused (each refresh moves it on; default 30 days). */
  refreshDays?: number;
  /**
   * For how long after a rotation the previous refresh token still gets an access token (but no
   * new refresh token): a tab that missed the rotation, or a response lost on the way. Default 30 s.
   */
  refreshGraceSeconds?: number;
  now?: () => Date;
}) {
  const privateKey = importJWK(options.keys.privateJwk, 'RS256');
  const tokenSeconds = options.tokenSeconds ?? TOKEN_SECONDS;
  const refreshSeconds = (options.refreshDays ?? REFRESH_DAYS) * 86_400;
  const graceSeconds = options.refreshGraceSeconds ?? 30;
  const now = options.now ?? (() => new Date());
  const sign = async (claims: Record<string, unknown>, sub: string) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: options.keys.privateJwk.kid, typ: 'JWT' })
      .setIssuer(options.issuer)
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime(`${tokenSeconds}s`)
      .setJti(randomUUID())
      .sign(await privateKey);
  const personTokens = async (user: UserCredentials): Promise<PersonTokens> => {
    const common = { email: user.email, 'cognito:groups': user.groups, client_id: options.clientId ?? 'local-site' };
    const [accessToken, idToken] = await Promise.all([
      sign({ ...common, token_use: 'access', scope: 'openid email profile', username: user.email }, user.sub),
      sign({ ...common, token_use: 'id', aud: options.clientId ?? 'local-site', email_verified: true }, user.sub),
    ]);
    return { accessToken, idToken, expiresIn: tokenSeconds };
  };
  const nowSeconds = () => Math.floor(now().getTime() / 1000);
  /** Starts a refresh-token family for a sign-in. */
  const startFamily = async (email: string) => {
    if (!options.refreshTokens) return undefined;
    const familyId = randomUUID();
    const secret = newSecret();
    await options.refreshTokens.create({
      familyId,
      email,
      secretHash: sha256(secret),
      generation: 0,
      createdAt: now().toISOString(),
      expiresAt: nowSeconds() + refreshSeconds,
    });
    return `rt1.${familyId}.${secret}`;
  };
  return {
    jwks: () => ({ keys: [options.keys.publicJwk] }),
    /** Tokens for valid credentials (with a refresh token when a store is given), or undefined. */
    async login(email: string, password: string): Promise<PersonTokens | undefined> {
      const user = await options.users.get(email);
      const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !ok) return undefined;
      const [tokens, refreshToken] = await Promise.all([personTokens(user), startFamily(user.email)]);
      return { ...tokens, ...(refreshToken ? { refreshToken } : {}) };
    },
    /**
     * Fresh tokens for a refresh token, and the next refresh token (rotation: each one works
     * once). The previous one, within the grace period after its rotation, still gets an access
     * token but no refresh token (a second tab, a lost response). Any older one ends the whole
     * family, so a stolen token dies with its first reuse. Undefined for anything not refreshable.
     */
    async refresh(token: string): Promise<PersonTokens | undefined> {
      const store = options.refreshTokens;
      const match = REFRESH_TOKEN.exec(token);
      if (!store || !match) return undefined;
      const [, familyId = '', secret = ''] = match;
      const presented = sha256(secret);
      const next = newSecret();
      const rotated = await store.rotate(
        familyId,
        presented,
        sha256(next),
        nowSeconds(),
        nowSeconds() + refreshSeconds,
      );
      const family = await store.get(familyId);
      if (!family || family.revokedAt) return undefined;
      const lateTwin =
        !rotated &&
        family.previousHash !== undefined &&
        sameSecret(presented, family.previousHash) &&
        nowSeconds() - (family.rotatedAt ?? 0) <= graceSeconds;
      const user = rotated || lateTwin ? await options.users.get(family.email) : undefined;
      if (!user) {
        // A token used before (or one of an account that is gone): nobody may go on with this sign-in.
        await store.revoke(familyId, now().toISOString());
        return undefined;
      }
      const tokens = await personTokens(user);
      return rotated ? { ...tokens, refreshToken: `rt1.${familyId}.${next}` } : tokens;
    },
    /** Signs a device out: its refresh token (and every later one of its family) stops working. */
    async revoke(token: string) {
      const match = REFRESH_TOKEN.exec(token);
      const family = match && options.refreshTokens ? await options.refreshTokens.get(match[1] ?? '') : undefined;
      if (!family || !sameSecret(sha256(match?.[2] ?? ''), family.secretHash)) return;
      await options.refreshTokens?.revoke(family.familyId, now().toISOString());
    },
    /**
     * OAuth 2 client credentials: an access token for the machine client, shaped like Cognito's
     * (sub and client_id are the client, scope the granted scopes, no email or groups).
     * `bad-client` for a wrong id or secret, `bad-scope` for a scope it may not have.
     */
    async clientCredentials(id: string, secret: string, scope?: string) {
      const client = options.machineClient;
      const idOk = client ? sameSecret(id, client.id) : false;
      const secretOk = client ? sameSecret(secret, client.secret) : false;
      if (!client || !idOk || !secretOk) return { error: 'bad-client' as const };
      const asked = scope?.split(' ').filter(Boolean) ?? [...MACHINE_SCOPES];
      if (!asked.length || asked.some((s) => !(MACHINE_SCOPES as readonly string[]).includes(s)))
        return { error: 'bad-scope' as const };
      const accessToken = await sign(
        { token_use: 'access', client_id: client.id, scope: [...new Set(asked)].join(' ') },
        client.id,
      );
      return { accessToken, scope: [...new Set(asked)].join(' '), expiresIn: tokenSeconds };
    },
  };
}

export type LocalIdp = ReturnType<typeof createLocalIdp>;
