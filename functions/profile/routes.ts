import { createRoute } from '@hono/zod-openapi';
import { principalOf, requireCustomer } from '../auth/guard';
import { router } from '../http/router';
import { newProfile, presentProfile } from './domain/profile';
import type { AppEnv } from '../env';
import { authErrors, commonErrors, jsonContent } from '../http/schemas';
import { ProfilePatchSchema, ProfileSchema } from './schemas';
import type { Context } from 'hono';

const security = [{ bearerAuth: [] }];

const getMe = createRoute({
  method: 'get', path: '/me', tags: ['profile'], security, summary: 'The signed-in customer\'s profile',
  middleware: [requireCustomer] as const,
  responses: { 200: jsonContent(ProfileSchema, 'Profile with derived tier, stage and greeting'), ...authErrors },
});

const patchMe = createRoute({
  method: 'patch', path: '/me', tags: ['profile'], security, summary: 'Change name, language, preferences or special dates',
  middleware: [requireCustomer] as const,
  request: { body: { content: { 'application/json': { schema: ProfilePatchSchema } }, required: true } },
  responses: { 200: jsonContent(ProfileSchema, 'The updated profile'), ...commonErrors, ...authErrors },
});

/** Loads (or first creates) the caller's profile and derives the rest from their orders. */
async function currentProfile(c: Context<AppEnv>) {
  const { sub, email } = principalOf(c);
  const { stores, now } = c.var.deps;
  const [stored, orders] = await Promise.all([stores.customers.get(sub), stores.orders.allOfCustomer(sub)]);
  const record = stored ?? (await stores.customers.ensure(newProfile(sub, email ?? `${sub}@unknown`, now())));
  return { record, orders };
}

export const profileRoutes = () =>
  router()
    .openapi(getMe, async (c) => {
      const { record, orders } = await currentProfile(c);
      return c.json(presentProfile(record, orders, c.var.deps.now()), 200);
    })
    .openapi(patchMe, async (c) => {
      const { stores, now } = c.var.deps;
      const { orders } = await currentProfile(c);
      const updated = await stores.customers.update(principalOf(c).sub, c.req.valid('json'), now());
      return c.json(presentProfile(updated, orders, now()), 200);
    });
