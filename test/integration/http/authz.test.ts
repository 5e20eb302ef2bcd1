import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair, importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeyMaterial } from '../../../functions/auth/local-idp';
import { startLocalPortal } from '../../../functions/local/portal';
import { call, expectProblem, login } from '../../helpers/http';

const ANA_SUB = '00000000-0000-4000-8000-000000000011';
const BEN_SUB = '00000000-0000-4000-8000-000000000012';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Every customer route, with an order of Ana's where one is needed. */
const CUSTOMER_ROUTES: [string, string, unknown?][] = [
  ['GET', '/api/me'],
  ['PATCH', '/api/me', { name: 'Intruder' }],
  ['GET', '/api/orders'],
  ['GET', '/api/orders/10023'],
  ['GET', '/api/orders/99999'],
  ['POST', '/api/orders/10025/cancel'],
];
const ADMIN_ROUTES: [string, string, unknown?][] = [
  ['GET', '/api/admin/faq'],
  ['GET', '/api/admin/insights'],
  ['GET', '/api/admin/faq/export'],
  ['POST', '/api/admin/faq', { slug: 'x', locale: 'en', question: 'Q?', answer: 'A.', category: 'other', tags: [] }],
];

describe('Routes: authorisation', () => {
  let portal: Awaited<ReturnType<typeof startLocalPortal>>;
  let dataDir: string;
  let issuer: string;
  let keys: KeyMaterial;
  const tokens: Record<string, string> = {};

  /** Signs access-token claims with the portal's own key (read from its data dir). */
  const signWithPortalKey = async (claims: Record<string, unknown>, options: { exp?: number; iss?: string } = {}) =>
    new SignJWT({
      token_use: 'access',
      email: 'ana@example.com',
      'cognito:groups': [],
      client_id: 'local-site',
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: keys.privateJwk.kid, typ: 'JWT' })
      .setIssuer(options.iss ?? issuer)
      .setSubject(ANA_SUB)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(options.exp ?? '1h')
      .sign(await importJWK(keys.privateJwk, 'RS256'));

  const send = (method: string, path: string, token: string | undefined, body?: unknown) =>
    call(portal.url, method, path, { token, body });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'portal-authz-'));
    portal = await startLocalPortal({
      port: 0,
      dataDir,
      siteDir: false,
      mailCatcher: { smtpPort: 0, webPort: 0 },
      env: { DYNAMODB_ENDPOINT: undefined },
    });
    issuer = `${portal.url}/api/auth`;
    keys = JSON.parse(await readFile(join(dataDir, 'idp-keys.json'), 'utf8')) as KeyMaterial;
    for (const email of ['ana@example.com', 'ben@example.com', 'admin@example.com'])
      tokens[email] = await login(portal.url, email);
    const idReply = await call(portal.url, 'POST', '/api/auth/login', {
      body: { email: 'ana@example.com', password: 'demo-password' },
    });
    tokens.anaId = idReply.json.idToken;
  });

  afterAll(async () => {
    await portal?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("should accept the portal's own signature on a token this test signs (sanity check of the forgeries below)", async () => {
    // Prepare
    const token = await signWithPortalKey({});

    // Act
    const reply = await send('GET', '/api/me', token);

    // Assess
    expect(reply.status).toBe(200);
    expect(reply.json.email).toBe('ana@example.com');
  });

  describe('anonymous', () => {
    it.each(CUSTOMER_ROUTES)('should answer %s %s with 401', async (method, path, body) => {
      // Act
      const reply = await send(method, path, undefined, body);

      // Assess
      expectProblem(reply, 401);
    });

    it.each(ADMIN_ROUTES)('should answer admin route %s %s with 401', async (method, path, body) => {
      // Act
      const reply = await send(method, path, undefined, body);

      // Assess
      expectProblem(reply, 401);
    });

    it.each(['Basic YW5hOmRlbW8tcGFzc3dvcmQ=', 'Bearer', 'Bearer a b', 'token-without-scheme'])(
      'should answer the Authorization header %j with 401',
      async (header) => {
        // Act
        const reply = await call(portal.url, 'GET', '/api/me', { headers: { authorization: header } });

        // Assess
        expectProblem(reply, 401);
      },
    );
  });

  describe('bad tokens', () => {
    const forgeries: [string, () => Promise<string>][] = [
      [
        'an expired token signed with the right key',
        () => signWithPortalKey({}, { exp: Math.floor(Date.now() / 1000) - 60 }),
      ],
      [
        'a token whose subject was changed after signing',
        async () => {
          const [header, payload, signature] = tokens['ana@example.com']!.split('.');
          const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
          return `${header}.${b64({ ...claims, sub: BEN_SUB, 'cognito:groups': ['admins'] })}.${signature}`;
        },
      ],
      ['a token with its signature cut short', async () => `${tokens['ana@example.com']!.slice(0, -3)}AAA`],
      [
        'an unsigned token (alg none)',
        async () => {
          const now = Math.floor(Date.now() / 1000);
          return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ iss: issuer, sub: ANA_SUB, token_use: 'access', email: 'ana@example.com', 'cognito:groups': ['admins'], iat: now, exp: now + 3600 })}.`;
        },
      ],
      [
        'a token signed by a fresh key pair claiming the portal as issuer and its kid',
        async () => {
          const { privateKey } = await generateKeyPair('RS256');
          return new SignJWT({ token_use: 'access', email: 'ana@example.com', 'cognito:groups': ['admins'] })
            .setProtectedHeader({ alg: 'RS256', kid: keys.privateJwk.kid })
            .setIssuer(issuer)
            .setSubject(ANA_SUB)
            .setIssuedAt()
            .setExpirationTime('1h')
            .sign(privateKey);
        },
      ],
      [
        'a token from another issuer with its own key',
        async () => {
          const { privateKey } = await generateKeyPair('RS256');
          return new SignJWT({ token_use: 'access', email: 'ana@example.com', 'cognito:groups': [] })
            .setProtectedHeader({ alg: 'RS256', kid: 'other-idp-key' })
            .setIssuer('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_other')
            .setSubject(ANA_SUB)
            .setIssuedAt()
            .setExpirationTime('1h')
            .sign(privateKey);
        },
      ],
      [
        'a token naming another issuer, signed with the right key',
        () => signWithPortalKey({}, { iss: 'https://evil.example/api/auth' }),
      ],
      ['an id token instead of the access token', async () => tokens.anaId!],
      ['an access token without token_use', () => signWithPortalKey({ token_use: undefined })],
      ['a token signed with the right key for another app client', () => signWithPortalKey({ client_id: 'other-app' })],
      ['a token signed with the right key naming no app client', () => signWithPortalKey({ client_id: undefined })],
    ];

    describe.each(forgeries)('%s', (_what, forge) => {
      let token: string;

      beforeAll(async () => {
        token = await forge();
      });

      it.each(CUSTOMER_ROUTES)('should answer %s %s with 401', async (method, path, body) => {
        // Act
        const reply = await send(method, path, token, body);

        // Assess
        expectProblem(reply, 401);
      });

      it('should answer an admin route with 401', async () => {
        // Act
        const reply = await send('GET', '/api/admin/faq', token);

        // Assess
        expectProblem(reply, 401);
      });
    });

    it('should have let no forged request change anything', async () => {
      // Act
      const profile = await send('GET', '/api/me', tokens['ana@example.com']);
      const order = await send('GET', '/api/orders/10025', tokens['ana@example.com']);

      // Assess
      expect(profile.json.name).toBe('Ana Souza');
      expect(order.json.status).toBe('placed');
    });
  });

  describe('customers on admin routes', () => {
    it.each(ADMIN_ROUTES)('should answer a customer on %s %s with 403', async (method, path, body) => {
      // Act
      const reply = await send(method, path, tokens['ben@example.com'], body);

      // Assess
      expectProblem(reply, 403);
    });

    it('should let the admin in', async () => {
      // Act
      const reply = await send('GET', '/api/admin/faq', tokens['admin@example.com']);

      // Assess
      expect(reply.status).toBe(200);
    });
  });
});
