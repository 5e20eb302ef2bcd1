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

/** A person's token; a shop system's (machine) token is refused everywhere but the integration API. */
async function person(verify: (token: string) => Promise<Principal>, token: string) {
  const principal = await verify(token);
  if (principal.machine) throw new Forbidden('A client-credentials token is only taken by the integration API');
  return principal;
}

/** Verifies a bearer token when one is sent; a bad token is refused even where auth is optional. */
export const optionalAuth = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearer(c.req.header('authorization'));
  if (token) c.set('principal', await person(c.var.deps.verifyToken, token));
  await next();
});

/** Customer routes: a verified token is required. */
export const requireCustomer = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearer(c.req.header('authorization'));
  if (!token) throw new Unauthorized();
  c.set('principal', await person(c.var.deps.verifyToken, token));
  await next();
});

/** Integration routes: a shop system's client-credentials token carrying `scope`. */
export const requireScope = (scope: string) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const token = bearer(c.req.header('authorization'));
    if (!token) throw new Unauthorized();
    const principal = await c.var.deps.verifyToken(token);
    if (!principal.machine || !principal.scopes.includes(scope)) throw new Forbidden(`This needs scope ${scope}`);
    c.set('principal', principal);
    await next();
  });

/** The staff groups: agents work tickets and see customers; admins do that and everything else. */
export const STAFF_GROUPS = { admins: 'admins', agents: 'agents' } as const;

/** Routes for a verified person in one of `groups`. */
const requireGroup = (groups: readonly string[], refusal: string) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const token = bearer(c.req.header('authorization'));
    if (!token) throw new Unauthorized();
    const principal = await person(c.var.deps.verifyToken, token);
    if (!groups.some((g) => principal.groups.includes(g))) throw new Forbidden(refusal);
    c.set('principal', principal);
    await next();
  });

/** Admin routes: a verified token from the `admins` group (content, rules, insights, outbox). */
export const requireAdmin = requireGroup([STAFF_GROUPS.admins], 'This needs the admins group');

/** Staff routes (the ticket workspace, customers): the `agents` or the `admins` group. */
export const requireStaff = requireGroup(
  [STAFF_GROUPS.agents, STAFF_GROUPS.admins],
  'This needs the agents or the admins group',
);

/** True when the caller is an admin (agents see less of some pages). */
export const isAdmin = (principal: Principal) => principal.groups.includes(STAFF_GROUPS.admins);

/** The verified caller of a route behind requireCustomer / requireAdmin. */
export function principalOf(c: { var: { principal?: Principal } }): Principal {
  if (!c.var.principal) throw new Unauthorized();
  return c.var.principal;
}

/**
 * The verified email a signed-in customer's orders and profile are keyed by (lower-cased). A
 * token without one owns nothing.
 */
export function ownerEmailOf(c: { var: { principal?: Principal } }): string {
  const email = principalOf(c).email?.trim().toLowerCase();
  if (!email) throw new Forbidden('The token carries no verified email');
  return email;
}
