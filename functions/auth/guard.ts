import { createMiddleware } from 'hono/factory';
import { Forbidden, Unauthorized } from '../commons/errors';
import type { AppEnv } from '../env';
import type { Principal } from './verify';

const bearer = (header: string | undefined) => {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new Unauthorized('Use the Authorization: Bearer <access token> header');
  return match[1];
};

/** Verifies a bearer token when one is sent; a bad token is refused even where auth is optional. */
export const optionalAuth = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearer(c.req.header('authorization'));
  if (token) c.set('principal', await c.var.deps.verifyToken(token));
  await next();
});

/** Customer routes: a verified token is required. */
export const requireCustomer = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearer(c.req.header('authorization'));
  if (!token) throw new Unauthorized();
  c.set('principal', await c.var.deps.verifyToken(token));
  await next();
});

/** Admin routes: a verified token from the `admins` group. */
export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearer(c.req.header('authorization'));
  if (!token) throw new Unauthorized();
  const principal = await c.var.deps.verifyToken(token);
  if (!principal.groups.includes('admins')) throw new Forbidden('This needs the admins group');
  c.set('principal', principal);
  await next();
});

/** The verified caller of a route behind requireCustomer / requireAdmin. */
export function principalOf(c: { var: { principal?: Principal } }): Principal {
  if (!c.var.principal) throw new Unauthorized();
  return c.var.principal;
}
