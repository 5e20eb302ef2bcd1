import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { cachedBySubject, userInfoLookup, verifiedEmailOf } from '../../../functions/auth/verified-email';
import { createTokenVerifier } from '../../../functions/auth/verify';

describe('Function: verifiedEmailOf', () => {
  it('should take a verified email of the same subject, lower-cased', () => {
    expect(verifiedEmailOf({ sub: 's1', email: 'Ana@Example.com', email_verified: 'true' }, 's1')).toBe(
      'ana@example.com',
    );
    expect(verifiedEmailOf({ sub: 's1', email: 'ana@example.com', email_verified: true }, 's1')).toBe(
      'ana@example.com',
    );
  });

  it.each([
    ['an unverified email', { sub: 's1', email: 'ana@example.com', email_verified: 'false' }],
    ['no verified flag', { sub: 's1', email: 'ana@example.com' }],
    ["another subject's answer", { sub: 's2', email: 'ana@example.com', email_verified: 'true' }],
    ['no email', { sub: 's1', email_verified: 'true' }],
    ['not an object', 'ana@example.com'],
  ])('should own nothing with %s', (_what, info) => {
    expect(verifiedEmailOf(info, 's1')).toBeUndefined();
  });
});

describe('Function: cachedBySubject', () => {
  it('should look a subject up once while fresh, and share one lookup between concurrent requests', async () => {
    // Prepare
    let calls = 0;
    let clock = 0;
    const lookup = cachedBySubject(
      async () => {
        calls++;
        return 'ana@example.com';
      },
      { ttlMs: 1000, now: () => clock },
    );

    // Act
    const [a, b] = await Promise.all([lookup('t', 's1'), lookup('t', 's1')]);
    await lookup('t', 's1');
    clock = 1001;
    await lookup('t', 's1');

    // Assess
    expect([a, b]).toEqual(['ana@example.com', 'ana@example.com']);
    expect(calls).toBe(2);
  });

  it('should keep "no verified email" only briefly, and a failed lookup not at all', async () => {
    // Prepare
    const answers: (string | undefined | Error)[] = [undefined, new Error('down'), 'ana@example.com'];
    let clock = 0;
    const lookup = cachedBySubject(
      async () => {
        const next = answers.shift();
        if (next instanceof Error) throw next;
        return next;
      },
      { ttlMs: 60_000, missTtlMs: 10, now: () => clock },
    );

    // Act
    const first = await lookup('t', 's1');
    const cached = await lookup('t', 's1');
    clock = 11;
    const failed = await lookup('t', 's1').catch((e: Error) => e.message);
    const after = await lookup('t', 's1');

    // Assess
    expect([first, cached, failed, after]).toEqual([undefined, undefined, 'down', 'ana@example.com']);
  });

  it('should forget the oldest subjects beyond its size', async () => {
    // Prepare
    const seen: string[] = [];
    const lookup = cachedBySubject(
      async (_t, sub) => {
        seen.push(sub);
        return `${sub}@example.com`;
      },
      { max: 2 },
    );

    // Act
    for (const sub of ['a', 'b', 'c', 'a']) await lookup('t', sub);

    // Assess
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('Function: userInfoLookup', () => {
  it("should ask with the caller's token and read the verified email; a refused token owns nothing", async () => {
    // Prepare
    const asked: string[] = [];
    const fake = (async (_url: string, init: RequestInit) => {
      const auth = new Headers(init.headers).get('authorization') ?? '';
      asked.push(auth);
      return auth === 'Bearer good'
        ? Response.json({ sub: 's1', email: 'ana@example.com', email_verified: 'true' })
        : new Response('', { status: 401 });
    }) as typeof fetch;
    const lookup = userInfoLookup('https://auth.example/oauth2/userInfo', fake);

    // Act
    const good = await lookup('good', 's1');
    const refused = await lookup('stale', 's1');

    // Assess
    expect([good, refused]).toEqual(['ana@example.com', undefined]);
    expect(asked).toEqual(['Bearer good', 'Bearer stale']);
  });

  it('should throw on an endpoint fault rather than own nothing', async () => {
    const lookup = userInfoLookup(
      'https://auth.example/oauth2/userInfo',
      (async () => new Response('', { status: 503 })) as typeof fetch,
    );
    await expect(lookup('t', 's1')).rejects.toThrow('503');
  });
});

describe('Function: createTokenVerifier with lookupEmail', () => {
  const ISSUER = 'https://cognito-idp.eu-central-1.amazonaws.com/pool';
  let sign: (claims: Record<string, unknown>) => Promise<string>;
  let jwks: ReturnType<typeof createLocalJWKSet>;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    jwks = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' }] });
    sign = (claims) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(ISSUER)
        .setSubject(String(claims.sub ?? 'user-1'))
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
  });

  const verifier = (lookupEmail: (t: string, s: string) => Promise<string | undefined>) =>
    createTokenVerifier(
      {
        issuer: ISSUER,
        jwksUrl: 'http://127.0.0.1:9/unused',
        clientIds: ['site'],
        machineClientIds: ['shop'],
        lookupEmail,
      },
      jwks,
    );

  it('should give a Cognito-shaped token (no email claim) the looked-up verified email', async () => {
    // Prepare
    const token = await sign({ token_use: 'access', client_id: 'site', sub: 'user-1', scope: 'openid email' });
    const asked: string[] = [];

    // Act
    const principal = await verifier(async (t, sub) => {
      asked.push(sub);
      return t === token ? 'ana@example.com' : undefined;
    })(token);

    // Assess
    expect(principal).toMatchObject({ sub: 'user-1', email: 'ana@example.com', machine: false });
    expect(asked).toEqual(['user-1']);
  });

  it('should not look up machines, nor tokens that carry an email, nor tokens that fail verification', async () => {
    // Prepare
    const asked: string[] = [];
    const verify = verifier(async (_t, sub) => {
      asked.push(sub);
      return 'x@example.com';
    });
    const machine = await sign({ token_use: 'access', client_id: 'shop', sub: 'shop', scope: 'orders/write' });
    const local = await sign({ token_use: 'access', client_id: 'site', sub: 'u2', email: 'ben@example.com' });
    const idToken = await sign({ token_use: 'id', client_id: 'site', sub: 'u3' });

    // Act
    const m = await verify(machine);
    const l = await verify(local);
    const refused = await verify(idToken).catch((e: Error) => e.name);

    // Assess
    expect(m.email).toBeUndefined();
    expect(l.email).toBe('ben@example.com');
    expect(refused).toBe('Unauthorized');
    expect(asked).toEqual([]);
  });
});
