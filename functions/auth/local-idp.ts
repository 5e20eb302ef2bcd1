import { createHash, randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import type { UsersStore } from './store';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: object,
) => Promise<Buffer>;
const SCRYPT = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const TOKEN_SECONDS = 3600;

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

export function createLocalIdp(options: {
  issuer: string;
  keys: KeyMaterial;
  users: UsersStore;
  clientId?: string;
  /** The one machine client (client credentials), as Cognito's app client with a secret. */
  machineClient?: { id: string; secret: string };
}) {
  const privateKey = importJWK(options.keys.privateJwk, 'RS256');
  const sign = async (claims: Record<string, unknown>, sub: string) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: options.keys.privateJwk.kid, typ: 'JWT' })
      .setIssuer(options.issuer)
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime(`${TOKEN_SECONDS}s`)
      .setJti(randomUUID())
      .sign(await privateKey);
  return {
    jwks: () => ({ keys: [options.keys.publicJwk] }),
    /** Tokens for valid credentials, or undefined. */
    async login(email: string, password: string) {
      const user = await options.users.get(email);
      const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !ok) return undefined;
      const common = { email: user.email, 'cognito:groups': user.groups, client_id: options.clientId ?? 'local-site' };
      const [accessToken, idToken] = await Promise.all([
        sign({ ...common, token_use: 'access', scope: 'openid email profile', username: user.email }, user.sub),
        sign({ ...common, token_use: 'id', aud: options.clientId ?? 'local-site', email_verified: true }, user.sub),
      ]);
      return { accessToken, idToken, expiresIn: TOKEN_SECONDS };
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
      return { accessToken, scope: [...new Set(asked)].join(' '), expiresIn: TOKEN_SECONDS };
    },
  };
}

export type LocalIdp = ReturnType<typeof createLocalIdp>;
