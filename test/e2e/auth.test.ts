import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startHarness, type Harness } from './support';

const DOMAIN = 'https://auth.example.test';

describe('Site: Cognito hosted sign-in (authorization code + PKCE)', { timeout: 90_000 }, () => {
  let harness: Harness;
  let tokens: { idToken: string; accessToken: string; expiresIn: number };

  beforeAll(async () => {
    // The site's CSP lets it call the hosted UI's token endpoint, as CloudFront's does in production.
    harness = await startHarness({}, { connectSources: [DOMAIN] });
    // Real tokens from the local identity provider stand in for Cognito's, so the API accepts them.
    const res = await fetch(`${harness.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ana@example.com', password: PASSWORD }),
    });
    tokens = (await res.json()) as typeof tokens;
  }, 180_000);
  afterAll(() => harness?.close());

  it('should send the visitor to the hosted UI and exchange the code with the verifier', async () => {
    const context = await harness.context();
    await context.route('**/config.json', (route) =>
      route.fulfill({
        json: {
          apiBase: '/api',
          auth: {
            mode: 'cognito',
            region: 'eu-central-1',
            userPoolId: 'eu-central-1_x',
            clientId: 'client-1',
            domain: DOMAIN,
          },
        },
      }),
    );
    let authorize: URL | undefined;
    let tokenRequest: URLSearchParams | undefined;
    await context.route(`${DOMAIN}/oauth2/authorize?*`, (route) => {
      authorize = new URL(route.request().url());
      const back = new URL(authorize.searchParams.get('redirect_uri')!);
      back.search = new URLSearchParams({ code: 'the-code', state: authorize.searchParams.get('state')! }).toString();
      return route.fulfill({ status: 302, headers: { location: back.toString() } });
    });
    await context.route(`${DOMAIN}/oauth2/token`, (route) => {
      tokenRequest = new URLSearchParams(route.request().postData() ?? '');
      return route.fulfill({
        headers: { 'access-control-allow-origin': '*' },
        json: { id_token: tokens.idToken, access_token: tokens.accessToken, expires_in: 3600, token_type: 'Bearer' },
      });
    });
    const page = await context.newPage();

    await page.goto('/en/signin/?next=%2Fen%2Forders%2F');
    await page.locator('#hosted-signin:not([hidden])').waitFor();
    expect(await page.locator('#signin-form').isHidden()).toBe(true);
    expect(await page.locator('#demo-accounts').isHidden()).toBe(true);
    await page.getByRole('button', { name: 'Continue to sign-in' }).click();
    await page.waitForURL('**/en/orders/');
    await page.locator('#order-list li').first().waitFor();

    expect(authorize?.searchParams.get('client_id')).toBe('client-1');
    expect(authorize?.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize?.searchParams.get('redirect_uri')).toBe(`${harness.url}/auth/callback/`);
    expect(tokenRequest?.get('grant_type')).toBe('authorization_code');
    expect(tokenRequest?.get('code')).toBe('the-code');
    const verifier = tokenRequest?.get('code_verifier') ?? '';
    expect(createHash('sha256').update(verifier).digest('base64url')).toBe(
      authorize?.searchParams.get('code_challenge'),
    );
  });

  it('should refuse a callback whose state does not match', async () => {
    const context = await harness.context();
    const page = await context.newPage();
    await page.goto('/auth/callback/?code=stolen&state=forged');
    await page.locator('#callback-retry:not([hidden])').waitFor();
    expect(await page.locator('#callback-error').textContent()).toBe('Sign-in did not complete. Please try again.');
  });

  it('should renew the access token at the token endpoint with the refresh token, and revoke it on sign-out', async () => {
    // Prepare: the hosted UI hands out a refresh token and access tokens the site treats as due at once.
    const context = await harness.context();
    await context.route('**/config.json', (route) =>
      route.fulfill({
        json: {
          apiBase: '/api',
          auth: {
            mode: 'cognito',
            region: 'eu-central-1',
            userPoolId: 'eu-central-1_x',
            clientId: 'client-1',
            domain: DOMAIN,
          },
        },
      }),
    );
    await context.route(`${DOMAIN}/oauth2/authorize?*`, (route) => {
      const authorize = new URL(route.request().url());
      const back = new URL(authorize.searchParams.get('redirect_uri')!);
      back.search = new URLSearchParams({ code: 'the-code', state: authorize.searchParams.get('state')! }).toString();
      return route.fulfill({ status: 302, headers: { location: back.toString() } });
    });
    const grants: URLSearchParams[] = [];
    await context.route(`${DOMAIN}/oauth2/token`, (route) => {
      const form = new URLSearchParams(route.request().postData() ?? '');
      grants.push(form);
      return route.fulfill({
        headers: { 'access-control-allow-origin': '*' },
        json: {
          id_token: tokens.idToken,
          access_token: tokens.accessToken,
          expires_in: 31,
          token_type: 'Bearer',
          // Cognito's token endpoint does not rotate: only the code exchange gives a refresh token.
          ...(form.get('grant_type') === 'authorization_code' ? { refresh_token: 'cognito-refresh-token' } : {}),
        },
      });
    });
    const revoked: URLSearchParams[] = [];
    await context.route(`${DOMAIN}/oauth2/revoke`, (route) => {
      revoked.push(new URLSearchParams(route.request().postData() ?? ''));
      return route.fulfill({ headers: { 'access-control-allow-origin': '*' }, body: '' });
    });
    let loggedOut = false;
    await context.route(`${DOMAIN}/logout?*`, (route) => {
      loggedOut = true;
      return route.fulfill({ status: 302, headers: { location: `${harness.url}/` } });
    });
    const page = await context.newPage();
    await page.goto('/en/signin/?next=%2Fen%2Forders%2F');
    await page.getByRole('button', { name: 'Continue to sign-in' }).click();
    await page.waitForURL('**/en/orders/');
    await page.locator('#order-list li').first().waitFor();

    // Act: the access token is due; another page needs it.
    await page.waitForTimeout(1500);
    await page.goto('/en/profile/');
    await page.locator('#profile-content').waitFor();

    // Assess
    const renewal = grants.find((g) => g.get('grant_type') === 'refresh_token');
    expect(renewal?.get('refresh_token')).toBe('cognito-refresh-token');
    expect(renewal?.get('client_id')).toBe('client-1');
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('portal.session') ?? '{}').refreshToken);
    expect(kept).toBe('cognito-refresh-token');

    // Act
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${harness.url}/`);

    // Assess
    expect(revoked[0]?.get('token')).toBe('cognito-refresh-token');
    expect(revoked[0]?.get('client_id')).toBe('client-1');
    expect(loggedOut).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('portal.session'))).toBeNull();
  });
});
