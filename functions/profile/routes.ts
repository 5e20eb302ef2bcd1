import { createRoute } from '@hono/zod-openapi';
import { principalOf, requireCustomer } from '../auth/guard';
import { router } from '../http/router';
import { currentProfile, updateProfile } from './service';
import { authErrors, commonErrors, jsonContent } from '../http/schemas';
import { ProfilePatchSchema, ProfileSchema } from './schemas';

const security = [{ bearerAuth: [] }];

const getMe = createRoute({
  method: 'get',
  path: '/me',
  tags: ['profile'],
  security,
  summary: "The signed-in customer's profile",
  middleware: [requireCustomer] as const,
  responses: { 200: jsonContent(ProfileSchema, 'Profile with derived tier, stage and greeting'), ...authErrors },
});

const patchMe = createRoute({
  method: 'patch',
  path: '/me',
  tags: ['profile'],
  security,
  summary: 'Change name, language, preferences or special dates',
  middleware: [requireCustomer] as const,
  request: { body: { content: { 'application/json': { schema: ProfilePatchSchema } }, required: true } },
  responses: { 200: jsonContent(ProfileSchema, 'The updated profile'), ...commonErrors, ...authErrors },
});

export const profileRoutes = () =>
  router()
    .openapi(getMe, async (c) => c.json(await currentProfile(c.var.deps, principalOf(c)), 200))
    .openapi(patchMe, async (c) => c.json(await updateProfile(c.var.deps, principalOf(c), c.req.valid('json')), 200));
