import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

interface Tokens {
  accessToken: string;
  idToken: string;
  refreshToken: string;
  expiresIn: number;
}

describe('Routes: POST /api/auth/refresh and /api/auth/logout', () => {
  let portal: TestPortal;
  const signIn = async (email = 'ana@example.com') =>
    (await call(portal.url, 'POST', '/api/auth/login', { body: { email, password: 'demo-password' } })).json as Tokens;
  const refresh = (refreshToken: string) => call(portal.url, 'POST', '/api/auth/refresh', { body: { refreshToken } });
  const logout = (refreshToken: string) => call(portal.url, 'POST', '/api/auth/logout', { body: { refreshToken } });

  beforeAll(async () => {
    portal = await startPortal({ site: false, env: { LOCAL_TOKEN_SECONDS: '120' } });
  });

  afterAll(async () => {
    await portal?.stop();
  });

  it('should give fresh tokens for the same person and the next refresh token', async () => {
    // Prepare
    const first = await signIn('lena@example.de');

    // Act
    const reply = await refresh(first.refreshToken);

    // Assess
    expect(reply.status).toBe(200);
    expect(reply.json.expiresIn).toBe(120);
    expect(reply.json.refreshToken).not.toBe(first.refreshToken);
    expect(reply.json.refreshToken.split('.')[1]).toBe(first.refreshToken.split('.')[1]);
    const claims = decodeJwt(reply.json.accessToken);
    expect(claims).toMatchObject({
      email: 'lena@example.de',
      token_use: 'access',
      sub: decodeJwt(first.accessToken).sub,
    });
    expect(claims.jti).not.toBe(decodeJwt(first.accessToken).jti);
    const me = await call(portal.url, 'GET', '/api/me', { token: reply.json.accessToken });
    expect(me.status).toBe(200);
    expect(me.json.email).toBe('lena@example.de');
  });

  it('should keep rotating: every refresh token works once, in a chain', async () => {
    // Prepare
    let token = (await signIn()).refreshToken;

    // Act
    const seen = new Set<string>([token]);
    for (let i = 0; i < 3; i++) {
      const reply = await refresh(token);
      expect(reply.status).toBe(200);
      token = reply.json.refreshToken;
      seen.add(token);
    }

    // Assess
    expect(seen.size).toBe(4);
  });

  it('should end the whole sign-in when an older refresh token comes back (a stolen copy)', async () => {
    // Prepare
    const first = await signIn();
    const second = (await refresh(first.refreshToken)).json as Tokens;
    const third = (await refresh(second.refreshToken)).json as Tokens;

    // Act: the first token again (two rotations old), then the legitimate newest one.
    const replay = await refresh(first.refreshToken);
    const afterReplay = await refresh(third.refreshToken);

    // Assess
    expectProblem(replay, 401);
    expectProblem(afterReplay, 401);
    expect(afterReplay.json).not.toHaveProperty('accessToken');
  });

  it('should give a late twin of a refresh an access token but no refresh token, and keep the newer one working', async () => {
    // Prepare: two tabs refresh with the same token at once.
    const { refreshToken } = await signIn();

    // Act
    const replies = await Promise.all([refresh(refreshToken), refresh(refreshToken)]);

    // Assess
    expect(replies.map((r) => r.status)).toEqual([200, 200]);
    const rotated = replies.filter((r) => r.json.refreshToken);
    expect(rotated).toHaveLength(1);
    expect(replies.every((r) => typeof r.json.accessToken === 'string')).toBe(true);
    expect((await refresh(rotated[0]?.json.refreshToken)).status).toBe(200);
  });

  it('should stop the refresh token of a device that signed out, and leave other devices signed in', async () => {
    // Prepare
    const phone = await signIn();
    const laptop = await signIn();

    // Act
    const out = await logout(phone.refreshToken);

    // Assess
    expect(out.status).toBe(204);
    expectProblem(await refresh(phone.refreshToken), 401);
    expect((await refresh(laptop.refreshToken)).status).toBe(200);
  });

  it.each([
    ['garbage', 'not-a-token'],
    ['an unknown family', 'rt1.00000000-0000-4000-8000-000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['an access token', 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln'],
  ])('should refuse %s with a 401 problem', async (_what, token) => {
    // Act
    const reply = await refresh(token);

    // Assess
    expectProblem(reply, 401);
  });

  it('should answer a sign-out with a token that is not valid like any other (204)', async () => {
    // Act
    const reply = await logout('rt1.00000000-0000-4000-8000-000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');

    // Assess
    expect(reply.status).toBe(204);
  });

  it('should refuse a body without a refresh token with a 400 problem', async () => {
    // Act
    const reply = await call(portal.url, 'POST', '/api/auth/refresh', { body: { token: 'x' } });

    // Assess
    expectProblem(reply, 400);
  });
});
