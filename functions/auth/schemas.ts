// Installs .openapi() on zod's schemas before this module builds any (functions/http/openapi-lite.ts on Lambda).
import '@hono/zod-openapi';
import * as z from 'zod';

export const LoginRequestSchema = z
  .strictObject({
    email: z.string().trim().toLowerCase().max(254).email(),
    password: z.string().min(1).max(256),
  })
  .openapi('LoginRequest');

export const LoginResponseSchema = z
  .object({
    idToken: z.string(),
    accessToken: z.string(),
    expiresIn: z.number().int(),
    refreshToken: z.string().optional().openapi({
      description: 'Works once: POST /api/auth/refresh answers with fresh tokens and the next refresh token',
    }),
  })
  .openapi('LoginResponse');

export const RefreshRequestSchema = z
  .strictObject({ refreshToken: z.string().min(1).max(200) })
  .openapi('RefreshRequest');

/** OAuth 2 token request (RFC 6749 4.4); unknown parameters are ignored, as the RFC asks. */
export const TokenRequestSchema = z
  .object({
    grant_type: z.string().max(64),
    scope: z.string().max(256).optional(),
    client_id: z.string().max(128).optional(),
    client_secret: z.string().max(256).optional(),
  })
  .openapi('TokenRequest');

export const TokenResponseSchema = z
  .object({
    access_token: z.string(),
    token_type: z.literal('Bearer'),
    expires_in: z.number().int(),
    scope: z.string(),
  })
  .openapi('TokenResponse');
