import { createRoute, z } from '@hono/zod-openapi';
import { principalOf, requireAdmin } from '../auth/guard';
import { BadRequest, PreconditionRequired } from '../commons/errors';
import { router } from '../http/router';
import { botModule, saveRules, storedRules } from './rules-service';
import { etagOf, versionFromIfMatch } from '../faq/domain/article';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';

const security = [{ bearerAuth: [] }];
const errors = { ...commonErrors, ...authErrors, 403: problemResponse('Not in the admins group') };
const RulesDoc = z
  .object({ version: z.number().int(), source: z.enum(['built-in', 'stored']), rules: z.unknown() })
  .openapi('BotRules');

const read = createRoute({
  method: 'get',
  path: '/admin/bot/rules',
  tags: ['admin: bot'],
  security,
  middleware: requireAdmin,
  summary: 'The rule file the bot answers with (ETag: its version)',
  responses: { 200: jsonContent(RulesDoc, 'Rules'), ...errors },
});
const replace = createRoute({
  method: 'put',
  path: '/admin/bot/rules',
  tags: ['admin: bot'],
  security,
  middleware: requireAdmin,
  summary:
    'Replace the rule file (validated first; a bad file is refused and the old rules keep working). Needs If-Match.',
  request: { body: { content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } }, required: true } },
  responses: {
    200: jsonContent(RulesDoc, 'Saved'),
    ...errors,
    412: problemResponse('Changed since you loaded it'),
    428: problemResponse('If-Match is missing'),
  },
});

export const adminBotRoutes = () =>
  router()
    .openapi(read, async (c) => {
      const stored = await storedRules(c.var.deps);
      c.header('etag', etagOf(stored?.version ?? 0));
      const { defaultRulesJson } = await botModule();
      return c.json(
        stored
          ? { version: stored.version, source: 'stored' as const, rules: stored.rules }
          : { version: 0, source: 'built-in' as const, rules: defaultRulesJson },
        200,
      );
    })
    .openapi(replace, async (c) => {
      const expected = versionFromIfMatch(c.req.header('if-match'));
      if (expected === undefined)
        throw new PreconditionRequired('Send If-Match with the version you edited ("0" for the built-in rules)');
      const json = c.req.valid('json');
      const { InvalidRules, loadRules } = await botModule();
      try {
        loadRules(json);
      } catch (error) {
        if (error instanceof InvalidRules)
          throw new BadRequest(`The rule file is invalid: ${error.message}`, {
            errors: [{ field: 'rules', message: error.message }],
          });
        throw error;
      }
      const saved = await saveRules(c.var.deps, json, expected, principalOf(c).email ?? principalOf(c).sub);
      c.header('etag', etagOf(saved.version));
      return c.json({ version: saved.version, source: 'stored' as const, rules: saved.rules }, 200);
    });
