import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { clientAddress } from '../http/client-address';
import { BadRequest, Unauthorized } from '../commons/errors';
import { withLoginSlot } from '../limits/service';
import { router } from '../http/router';
import type { LocalIdp } from './local-idp';
import {
  LoginRequestSchema,
  LoginResponseSchema,
  RefreshRequestSchema,
  TokenRequestSchema,
  TokenResponseSchema,
} from './schemas';
import { commonErrors, jsonContent, problemResponse } from '../http/schemas';

const login = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['auth'],
  summary: 'Local sign-in (the local identity provider only; on AWS the site signs in with Cognito)',
  request: { body: { content: { 'application/json': { schema: LoginRequestSchema } }, required: true } },
  responses: {
    200: jsonContent(LoginResponseSchema, 'Tokens'),
    ...commonErrors,
    401: problemResponse('Wrong email or password'),
  },
});

const refresh = createRoute({
  method: 'post',
  path: '/auth/refresh',
  tags: ['auth'],
  summary:
    "Fresh tokens for a refresh token, and the next refresh token (local identity provider; Cognito's token endpoint on AWS). Each refresh token works once; one used again ends its sign-in",
  request: { body: { content: { 'application/json': { schema: RefreshRequestSchema } }, required: true } },
  responses: {
    200: jsonContent(LoginResponseSchema, 'Tokens'),
    ...commonErrors,
    401: problemResponse('Unknown, used, expired or revoked refresh token: sign in again'),
  },
});

const logout = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['auth'],
  summary: "Signs a device out: its refresh token stops working (Cognito's revoke endpoint on AWS)",
  request: { body: { content: { 'application/json': { schema: RefreshRequestSchema } }, required: true } },
  responses: { 204: { description: 'Signed out (also for a token that was not valid)' }, ...commonErrors },
});

const token = createRoute({
  method: 'post',
  path: '/auth/token',
  tags: ['auth'],
  summary:
    "OAuth 2 client credentials for a shop's systems (local identity provider; Cognito's token endpoint on AWS). Client id and secret in HTTP Basic (or client_id / client_secret in the body)",
  request: {
    body: { content: { 'application/x-www-form-urlencoded': { schema: TokenRequestSchema } }, required: true },
  },
  responses: {
    200: jsonContent(TokenResponseSchema, 'An access token with the granted scopes'),
    ...commonErrors,
    401: problemResponse('Unknown client or wrong secret'),
  },
});

/** Client id and secret from `Authorization: Basic`, else from the form (client_secret_post). */
function clientOf(header: string | undefined, form: { client_id?: string; client_secret?: string }) {
  const match = header ? /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header) : null;
  if (header && !match) throw new Unauthorized('Use Authorization: Basic base64(client_id:client_secret)');
  if (match) {
    const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
    const cut = decoded.indexOf(':');
    if (cut < 0) throw new Unauthorized('Use Authorization: Basic base64(client_id:client_secret)');
    return { id: decodeURIComponent(decoded.slice(0, cut)), secret: decodeURIComponent(decoded.slice(cut + 1)) };
  }
  if (!form.client_id || !form.client_secret) throw new Unauthorized('Client authentication is required');
  return { id: form.client_id, secret: form.client_secret };
}

const jwks = createRoute({
  method: 'get',
  path: '/auth/.well-known/jwks.json',
  tags: ['auth'],
  summary: 'Public keys of the local identity provider',
  responses: { 200: jsonContent(z.object({ keys: z.array(z.record(z.string(), z.unknown())) }), 'JWKS') },
});

/** Routes of the local identity provider; mounted only when LOCAL_AUTH is on. */
export const authRoutes = (idp: LocalIdp) =>
  router()
    .openapi(login, async (c) => {
      const { email, password } = c.req.valid('json');
      // The failure slot is taken before the password is checked, and given back on success.
      const tokens = await withLoginSlot(c.var.deps, clientAddress(c), email, () => idp.login(email, password));
      if (!tokens) throw new Unauthorized('Wrong email or password');
      return c.json(tokens, 200);
    })
    .openapi(refresh, async (c) => {
      const tokens = await idp.refresh(c.req.valid('json').refreshToken);
      if (!tokens) throw new Unauthorized('This sign-in has ended. Please sign in again');
      return c.json(tokens, 200);
    })
    .openapi(logout, async (c) => {
      await idp.revoke(c.req.valid('json').refreshToken);
      return c.body(null, 204);
    })
    .openapi(token, async (c) => {
      const form = c.req.valid('form');
      if (form.grant_type !== 'client_credentials')
        throw new BadRequest('grant_type must be client_credentials', { error: 'unsupported_grant_type' });
      const client = clientOf(c.req.header('authorization'), form);
      // A wrong secret takes a failure slot, as a wrong password does.
      const result = await withLoginSlot(c.var.deps, clientAddress(c), `client:${client.id}`, async () => {
        const out = await idp.clientCredentials(client.id, client.secret, form.scope);
        return out.error === 'bad-client' ? undefined : out;
      });
      if (!result) throw new Unauthorized('Unknown client or wrong secret');
      if ('error' in result)
        throw new BadRequest('That scope is not granted to this client', { error: 'invalid_scope' });
      return c.json(
        {
          access_token: result.accessToken,
          token_type: 'Bearer' as const,
          expires_in: result.expiresIn,
          scope: result.scope,
        },
        200,
      );
    })
    .openapi(jwks, (c) => c.json(idp.jwks(), 200));
