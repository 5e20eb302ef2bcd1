import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, generateKeyPair, importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLocalIdp,
  hashPassword,
  newKeyMaterial,
  verifyPassword,
  type KeyMaterial,
  type LocalIdp,
} from '../../../functions/auth/local-idp';
import { createTokenVerifier } from '../../../functions/auth/verify';
import { Unauthorized } from '../../../functions/commons/errors';
import { ensureTable, startDynalite } from '../../../functions/local/dynalite';
import { createDocumentClient } from '../../../functions/store/client';
import { refreshTokensStore, usersStore } from '../../../functions/auth/store';

const ISSUER = 'http://127.0.0.1:3999/api/auth';
const SUB = '00000000-0000-4000-8000-00000000abcd';
const PASSWORD = 'correct horse battery staple';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('Function: hashPassword / verifyPassword', () => {
  it('should verify the password it hashed', async () => {
    // Prepare
    const stored = await hashPassword(PASSWORD);

    // Act
    const ok = await verifyPassword(PASSWORD, stored);

    // Assess
    expect(ok).toBe(true);
  });

  it.each(['wrong password', 'correct horse battery stapl', 'Correct horse battery staple', ''])(
    'should refuse %j',
    async (attempt) => {
      // Prepare
      const stored = await hashPassword(PASSWORD);

      // Act
      const ok = await verifyPassword(attempt, stored);

      // Assess
      expect(ok).toBe(false);
    },
  );

  it('should not keep the password in the hash, and salt every hash', async () => {
    // Act
    const first = await hashPassword(PASSWORD);
    const second = await hashPassword(PASSWORD);

    // Assess
    expect(first).not.toContain(PASSWORD);
    expect(first).not.toContain(Buffer.from(PASSWORD).toString('base64'));
    expect(first).toMatch(/^scrypt\$/);
    expect(first).not.toBe(second);
  });

  it.each(['', 'plain-text', 'bcrypt$10$abc$def', 'scrypt$16384$onlysalt'])(
    'should refuse a malformed stored hash %j',
    async (stored) => {
      // Act
      const ok = await verifyPassword(PASSWORD, stored);

      // Assess
      expect(ok).toBe(false);
    },
  );
});

describe('Function: createLocalIdp', () => {
  let keys: KeyMaterial;
  let idp: LocalIdp;
  let verify: ReturnType<typeof createTokenVerifier>;
  let users: ReturnType<typeof usersStore>;
  let dataDir: string;
  let db: Awaited<ReturnType<typeof startDynalite>>;

  /** Signs a token with the idp's own key, with the given claims and expiry. */
  const signWithIdpKey = async (claims: Record<string, unknown>, expires: number | string = '1h', issuer = ISSUER) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: keys.privateJwk.kid })
      .setIssuer(issuer)
      .setSubject(SUB)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(expires)
      .sign(await importJWK(keys.privateJwk, 'RS256'));

  const accessClaims = { token_use: 'access', email: 'kim@example.com', 'cognito:groups': [], client_id: 'local-site' };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'idp-test-'));
    db = await startDynalite(join(dataDir, 'dynamodb'));
    await ensureTable(db.endpoint, 'eu-central-1', 'portal');
    users = usersStore({
      doc: createDocumentClient({ tableName: 'portal', endpoint: db.endpoint, region: 'eu-central-1' }),
      table: 'portal',
    });
    await users.create({
      email: 'kim@example.com',
      sub: SUB,
      passwordHash: await hashPassword(PASSWORD),
      groups: ['testers'],
    });
    keys = await newKeyMaterial();
    idp = createLocalIdp({ issuer: ISSUER, keys, users });
    verify = createTokenVerifier(
      { issuer: ISSUER, jwksUrl: 'http://127.0.0.1:9/unused', clientIds: ['local-site'] },
      createLocalJWKSet(idp.jwks()),
    );
  });

  afterAll(async () => {
    await db.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  describe('refresh tokens', () => {
    let clock: Date;
    let rotating: LocalIdp;

    beforeAll(() => {
      clock = new Date('2026-06-01T10:00:00Z');
      rotating = createLocalIdp({
        issuer: ISSUER,
        keys,
        users,
        refreshTokens: refreshTokensStore({
          doc: createDocumentClient({ tableName: 'portal', endpoint: db.endpoint, region: 'eu-central-1' }),
          table: 'portal',
        }),
        refreshDays: 2,
        refreshGraceSeconds: 30,
        now: () => clock,
      });
    });
    const later = (seconds: number) => {
      clock = new Date(clock.getTime() + seconds * 1000);
    };

    it('should let the previous token get an access token within the grace period only', async () => {
      // Prepare
      const first = (await rotating.login('kim@example.com', PASSWORD))?.refreshToken ?? '';
      const second = (await rotating.refresh(first))?.refreshToken ?? '';

      // Act
      later(10);
      const twin = await rotating.refresh(first);
      later(25);
      const tooLate = await rotating.refresh(first);
      const newest = await rotating.refresh(second);

      // Assess: the twin gets no refresh token; past the grace the old token is a stolen copy.
      expect(twin?.accessToken).toEqual(expect.any(String));
      expect(twin).not.toHaveProperty('refreshToken');
      expect(tooLate).toBeUndefined();
      expect(newest).toBeUndefined();
    });

    it('should let a refresh token lapse after the days it lasts unused, and each use move that on', async () => {
      // Prepare
      const first = (await rotating.login('kim@example.com', PASSWORD))?.refreshToken ?? '';

      // Act
      later(86_400 * 1.5);
      const used = await rotating.refresh(first);
      later(86_400 * 1.5);
      const stillGood = await rotating.refresh(used?.refreshToken ?? '');
      later(86_400 * 2 + 1);
      const lapsed = await rotating.refresh(stillGood?.refreshToken ?? '');

      // Assess
      expect(used?.refreshToken).toMatch(/^rt1\./);
      expect(stillGood?.refreshToken).toMatch(/^rt1\./);
      expect(lapsed).toBeUndefined();
    });
  });

  it('should issue Cognito-shaped access and id tokens for the right password', async () => {
    // Act
    const tokens = await idp.login('kim@example.com', PASSWORD);

    // Assess
    expect(tokens).toBeDefined();
    if (!tokens) return;
    const access = decodeJwt(tokens.accessToken);
    const id = decodeJwt(tokens.idToken);
    expect(decodeProtectedHeader(tokens.accessToken)).toMatchObject({ alg: 'RS256', kid: keys.publicJwk.kid });
    expect(access).toMatchObject({
      iss: ISSUER,
      sub: SUB,
      email: 'kim@example.com',
      'cognito:groups': ['testers'],
      token_use: 'access',
    });
    expect(id).toMatchObject({ iss: ISSUER, sub: SUB, email: 'kim@example.com', token_use: 'id' });
    expect((access.exp ?? 0) - (access.iat ?? 0)).toBe(tokens.expiresIn);
    expect(tokens.expiresIn).toBeGreaterThan(0);
  });

  it('should publish only the public key', () => {
    // Act
    const jwks = idp.jwks();

    // Assess
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', kid: keys.publicJwk.kid, alg: 'RS256' });
    for (const secret of ['d', 'p', 'q', 'dp', 'dq', 'qi']) expect(jwks.keys[0]).not.toHaveProperty(secret);
  });

  it('should give tokens the verifier accepts, with the principal from the claims', async () => {
    // Prepare
    const tokens = await idp.login('KIM@example.com', PASSWORD);

    // Act
    const principal = await verify(tokens?.accessToken ?? '');

    // Assess
    expect(principal).toEqual({
      sub: SUB,
      email: 'kim@example.com',
      groups: ['testers'],
      machine: false,
      scopes: ['openid', 'email', 'profile'],
    });
  });

  it.each([
    ['kim@example.com', 'not the password'],
    ['nobody@example.com', PASSWORD],
  ])('should issue nothing for %s with a wrong password or unknown email', async (email, password) => {
    // Act
    const tokens = await idp.login(email, password);

    // Assess
    expect(tokens).toBeUndefined();
  });

  describe('Function: createTokenVerifier', () => {
    it('should refuse an expired token signed with the right key', async () => {
      // Prepare
      const token = await signWithIdpKey(accessClaims, Math.floor(Date.now() / 1000) - 60);

      // Act
      const act = verify(token);

      // Assess
      await expect(act).rejects.toBeInstanceOf(Unauthorized);
      await expect(verify(await signWithIdpKey(accessClaims))).resolves.toMatchObject({ sub: SUB });
    });

    it('should refuse a token whose claims were changed after signing', async () => {
      // Prepare
      const tokens = await idp.login('kim@example.com', PASSWORD);
      const [header, payload, signature] = (tokens?.accessToken ?? '').split('.');
      const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
      const tampered = `${header}.${b64({ ...claims, 'cognito:groups': ['admins'] })}.${signature}`;

      // Act
      const act = verify(tampered);

      // Assess
      await expect(act).rejects.toBeInstanceOf(Unauthorized);
    });

    it('should refuse a token from another issuer even when signed with the right key', async () => {
      // Prepare
      const token = await signWithIdpKey(
        accessClaims,
        '1h',
        'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_other',
      );

      // Act
      const act = verify(token);

      // Assess
      await expect(act).rejects.toBeInstanceOf(Unauthorized);
    });

    it('should refuse a token signed by another key that claims the same kid', async () => {
      // Prepare
      const { privateKey } = await generateKeyPair('RS256');
      const token = await new SignJWT(accessClaims)
        .setProtectedHeader({ alg: 'RS256', kid: keys.privateJwk.kid })
        .setIssuer(ISSUER)
        .setSubject(SUB)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey);

      // Act
      const act = verify(token);

      // Assess
      await expect(act).rejects.toBeInstanceOf(Unauthorized);
    });

    it('should refuse an unsigned token (alg none)', async () => {
      // Prepare
      const now = Math.floor(Date.now() / 1000);
      const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...accessClaims, iss: ISSUER, sub: SUB, iat: now, exp: now + 3600, 'cognito:groups': ['admins'] })}.`;

      // Act
      const act = verify(token);

      // Assess
      await expect(act).rejects.toBeInstanceOf(Unauthorized);
    });

    it('should refuse an HS256 token keyed with the public key (algorithm confusion)', async () => {
      // Prepare
      const secret = new TextEncoder().encode(JSON.stringify(keys.publicJwk));
      const token = await new SignJWT(accessClaims)
        .setProtectedHeader({ alg: 'HS256', kid: keys.publicJwk.kid })
        .setIssuer(ISSUER)
        .setSubject(SUB)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(secret);

      // Act
      const act = verify(token);

      // Assess
      await expect(act).rejects.toBeInstanceOf(Unauthorized);
    });

    it('should refuse the id token where an access token is required', async () => {
      // Prepare
      const tokens = await idp.login('kim@example.com', PASSWORD);

      // Act
      const act = verify(tokens?.idToken ?? '');

      // Assess
      await expect(act).rejects.toThrow(/access token/i);
      await expect(act).rejects.toBeInstanceOf(Unauthorized);
    });

    it('should refuse a token issued to another app client', async () => {
      // Prepare
      const strict = createTokenVerifier(
        { issuer: ISSUER, jwksUrl: 'http://127.0.0.1:9/unused', clientIds: ['portal-site', 'portal-admin'] },
        createLocalJWKSet(idp.jwks()),
      );
      const tokens = await idp.login('kim@example.com', PASSWORD);

      // Act
      const act = strict(tokens?.accessToken ?? '');

      // Assess
      await expect(act).rejects.toBeInstanceOf(Unauthorized);
    });

    it.each([
      ['no client_id', { client_id: undefined }],
      ['an empty client_id', { client_id: '' }],
      ['a client_id that is not a string', { client_id: ['local-site'] }],
      ['the client only as aud', { client_id: undefined, aud: 'local-site' }],
    ])('should refuse a validly signed access token with %s', async (_what, claims) => {
      // Act
      const act = verify(await signWithIdpKey({ ...accessClaims, ...claims }));

      // Assess
      await expect(act).rejects.toThrow(/another client/);
    });

    it('should take any of the configured app clients', async () => {
      // Prepare
      const two = createTokenVerifier(
        { issuer: ISSUER, jwksUrl: 'http://127.0.0.1:9/unused', clientIds: ['portal-site', 'local-site'] },
        createLocalJWKSet(idp.jwks()),
      );

      // Act
      const principal = await two(await signWithIdpKey(accessClaims));

      // Assess
      expect(principal.sub).toBe(SUB);
    });

    it.each(['', 'not-a-jwt', 'a.b.c'])('should refuse garbage %j with 401', async (token) => {
      // Act
      const act = verify(token);

      // Assess
      await expect(act).rejects.toMatchObject({ kind: 'unauthorized' });
    });

    it('should refuse a token without a subject', async () => {
      // Prepare
      const token = await new SignJWT(accessClaims)
        .setProtectedHeader({ alg: 'RS256', kid: keys.privateJwk.kid })
        .setIssuer(ISSUER)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(await importJWK(keys.privateJwk, 'RS256'));

      // Act
      const act = verify(token);

      // Assess
      await expect(act).rejects.toBeInstanceOf(Unauthorized);
    });
  });
});
