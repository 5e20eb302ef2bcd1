import { z } from '@hono/zod-openapi';

export const LoginRequestSchema = z
  .strictObject({
    email: z.string().trim().toLowerCase().max(254).email(),
    password: z.string().min(1).max(256),
  })
  .openapi('LoginRequest');

export const LoginResponseSchema = z
  .object({ idToken: z.string(), accessToken: z.string(), expiresIn: z.number().int() })
  .openapi('LoginResponse');
