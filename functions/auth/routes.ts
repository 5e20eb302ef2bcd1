import { createRoute, z } from '@hono/zod-openapi';
import { clientAddress } from '../http/client-address';
import { Unauthorized } from '../commons/errors';
import { withLoginSlot } from '../limits/service';
import { router } from '../http/router';
import type { LocalIdp } from './local-idp';
import { LoginRequestSchema, LoginResponseSchema } from './schemas';
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
    .openapi(jwks, (c) => c.json(idp.jwks(), 200));
