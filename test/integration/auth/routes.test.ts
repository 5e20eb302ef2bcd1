import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const LIMIT = 3;
const login = (base: string, email: string, password: string, headers: Record<string, string> = {}) =>
  call(base, 'POST', '/api/auth/login', { body: { email, password }, headers });

describe('Routes: POST /api/auth/login', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startPortal({ site: false, env: { LOGIN_FAILURES_PER_WINDOW: String(LIMIT) } });
  });

  afterAll(async () => {
    await portal?.stop();
  });

  it('should sign a demo customer in with access and id tokens', async () => {
    // Act
    const reply = await login(portal.url, 'ana@example.com', 'demo-password');

    // Assess
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      accessToken: expect.any(String),
      idToken: expect.any(String),
      expiresIn: expect.any(Number),
      refreshToken: expect.stringMatching(/^rt1\./),
    });
    expect(decodeJwt(reply.json.accessToken)).toMatchObject({
      iss: `${portal.url}/api/auth`,
      email: 'ana@example.com',
      token_use: 'access',
      'cognito:groups': [],
      sub: '00000000-0000-4000-8000-000000000011',
    });
    expect(decodeJwt(reply.json.idToken)).toMatchObject({ token_use: 'id', email: 'ana@example.com' });
  });

  it('should accept the email in any case and put the admin in the admins group', async () => {
    // Act
    const reply = await login(portal.url, 'Admin@Example.com', 'demo-password');

    // Assess
    expect(reply.status).toBe(200);
    expect(decodeJwt(reply.json.accessToken)['cognito:groups']).toEqual(['admins']);
  });

  it('should publish the JWKS the tokens are signed with, without private parts', async () => {
    // Prepare
    const token = (await login(portal.url, 'ben@example.com', 'demo-password')).json.accessToken as string;
    const kid = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()).kid;

    // Act
    const reply = await call(portal.url, 'GET', '/api/auth/.well-known/jwks.json');

    // Assess
    expect(reply.status).toBe(200);
    expect(reply.json.keys.map((k: { kid: string }) => k.kid)).toContain(kid);
    expect(reply.text).not.toMatch(/"(d|p|q|dp|dq|qi)"\s*:/);
  });

  it('should answer a wrong password with a 401 problem and no tokens', async () => {
    // Act
    const reply = await login(portal.url, 'ben@example.com', 'not-the-password');

    // Assess
    const body = expectProblem(reply, 401);
    expect(reply.text).not.toMatch(/accessToken|idToken/);
    expect(body.detail).toMatch(/email or password/i);
  });

  it('should answer an unknown email exactly like a wrong password', async () => {
    // Act
    const wrongPassword = expectProblem(await login(portal.url, 'mei@example.tw', 'not-the-password'), 401);
    const unknownEmail = expectProblem(await login(portal.url, 'nobody@example.tw', 'not-the-password'), 401);

    // Assess
    const shape = ({ requestId: _r, instance: _i, ...rest }: Record<string, unknown>) => rest;
    expect(shape(unknownEmail)).toEqual(shape(wrongPassword));
  });

  it.each([
    ['a missing password', { email: 'ana@example.com' }, 'password'],
    ['an invalid email', { email: 'not-an-email', password: 'x' }, 'email'],
    ['an unknown field', { email: 'ana@example.com', password: 'x', admin: true }, 'admin'],
  ])('should answer %s with a 400 problem naming the field', async (_what, body, field) => {
    // Act
    const reply = await call(portal.url, 'POST', '/api/auth/login', { body });

    // Assess
    const problem = expectProblem(reply, 400);
    expect(problem.errors.map((e: { field: string }) => e.field).join(',')).toContain(field);
  });

  describe('after repeated failures', () => {
    const victim = 'lena@example.de';
    let limited: Awaited<ReturnType<typeof login>>;

    beforeAll(async () => {
      for (let i = 0; i < LIMIT; i++) expectProblem(await login(portal.url, victim, `wrong-${i}`), 401);
      limited = await login(portal.url, victim, 'wrong-again');
    });

    it('should answer 429 with Retry-After', () => {
      // Assess
      const body = expectProblem(limited, 429);
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThan(0);
      // Sliding windows: a full window still weighs at the start of the next, so up to two windows.
      expect(retryAfter).toBeLessThanOrEqual(2 * 900);
      expect(body.retryAfter).toBe(retryAfter);
    });

    it('should refuse even the right password while limited', async () => {
      // Act
      const reply = await login(portal.url, victim, 'demo-password');

      // Assess
      expectProblem(reply, 429);
      expect(reply.text).not.toContain('accessToken');
    });

    it('should still let another account sign in', async () => {
      // Act
      const reply = await login(portal.url, 'minh@example.vn', 'demo-password');

      // Assess
      expect(reply.status).toBe(200);
    });

    it('should not be fooled by a made-up X-Forwarded-For header', async () => {
      // Act
      const reply = await login(portal.url, victim, 'demo-password', { 'x-forwarded-for': '203.0.113.77' });

      // Assess
      expectProblem(reply, 429);
    });
  });
});
