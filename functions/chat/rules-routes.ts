import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { principalOf, requireAdmin } from '../auth/guard';
import { router } from '../http/router';
import {
  botModule,
  explainMessage,
  restoreRules,
  rulesHistory,
  rulesVersion,
  saveRules,
  storedRules,
} from './rules-service';
import { etagOf, requireIfMatch } from '../http/versions';
import { authErrors, commonErrors, jsonContent, LocaleSchema, problemResponse } from '../http/schemas';

const security = [{ bearerAuth: [] }];
const errors = { ...commonErrors, ...authErrors, 403: problemResponse('Not in the admins group') };
const RulesDoc = lazySchema(() =>
  z
    .object({ version: z.number().int(), source: z.enum(['built-in', 'stored']), rules: z.unknown() })
    .openapi('BotRules'),
);

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
  request: {
    body: {
      content: { 'application/json': { schema: lazySchema(() => z.record(z.string(), z.unknown())) } },
      required: true,
    },
  },
  responses: {
    200: jsonContent(RulesDoc, 'Saved'),
    ...errors,
    412: problemResponse('Changed since you loaded it'),
    428: problemResponse('If-Match is missing'),
  },
});

const VersionSchema = lazySchema(() =>
  z
    .object({
      version: z.number().int().min(1),
      updatedAt: z.string(),
      updatedBy: z.string(),
      restoredFrom: z.number().int().min(0).optional(),
    })
    .openapi('BotRulesVersion'),
);
const HistoryDoc = lazySchema(() =>
  z
    .object({
      current: z.number().int().min(0),
      versions: z
        .array(VersionSchema)
        .openapi({ description: 'Saved versions, newest first (0, the built-in file, is implied)' }),
    })
    .openapi('BotRulesHistory'),
);
const history = createRoute({
  method: 'get',
  path: '/admin/bot/rules/history',
  tags: ['admin: bot'],
  security,
  middleware: requireAdmin,
  summary: 'Every saved version of the rule file, newest first (who saved it, when, what it restored)',
  responses: { 200: jsonContent(HistoryDoc, 'History'), ...errors },
});
const VersionParam = lazySchema(() =>
  z.object({
    version: z.coerce
      .number()
      .int()
      .min(0)
      .max(999_999)
      .openapi({ param: { name: 'version', in: 'path' }, example: 3 }),
  }),
);
const oneVersion = createRoute({
  method: 'get',
  path: '/admin/bot/rules/versions/{version}',
  tags: ['admin: bot'],
  security,
  middleware: requireAdmin,
  summary: 'One version of the rule file, whole (0 is the built-in file)',
  request: { params: VersionParam },
  responses: { 200: jsonContent(RulesDoc, 'That version'), ...errors, 404: problemResponse('No such version') },
});
const RestoreBody = lazySchema(() =>
  z.strictObject({ version: z.number().int().min(0).max(999_999) }).openapi('BotRulesRestore'),
);
const restore = createRoute({
  method: 'post',
  path: '/admin/bot/rules/restore',
  tags: ['admin: bot'],
  security,
  middleware: requireAdmin,
  summary:
    'Put an earlier version back, saved as a new version (checked first). Needs If-Match with the current version.',
  request: { body: { content: { 'application/json': { schema: RestoreBody } }, required: true } },
  responses: {
    200: jsonContent(RulesDoc, 'Saved'),
    ...errors,
    404: problemResponse('No such version'),
    412: problemResponse('Changed since you loaded it'),
    428: problemResponse('If-Match is missing'),
  },
});
const TestBody = lazySchema(() =>
  z
    .strictObject({
      message: z.string().trim().min(1).max(2000),
      locale: LocaleSchema.optional(),
      rules: z
        .record(z.string(), z.unknown())
        .optional()
        .openapi({ description: 'A draft rule file to try instead of the live one (checked, never saved)' }),
    })
    .openapi('BotTestRequest'),
);
const IntentExplanationSchema = lazySchema(() =>
  z.object({
    intent: z.string(),
    score: z.number(),
    patternScore: z.number(),
    exampleBonus: z.number(),
    entityBoost: z.number(),
    smallTalk: z.boolean(),
    matched: z.array(z.string()),
  }),
);
const ExplanationSchema = lazySchema(() =>
  z
    .object({
      language: LocaleSchema,
      text: z.string().openapi({ description: 'What the patterns ran on: normalised, folded, typo-corrected' }),
      entities: z.object({
        orderNumbers: z.array(z.string()),
        emails: z.array(z.string()),
        dates: z.array(z.string()),
      }),
      decision: z.object({
        intent: z.string(),
        confidence: z.number(),
        outOfScope: z.boolean(),
        alternatives: z.array(z.string()).optional(),
      }),
      intents: z.array(IntentExplanationSchema),
      outOfScope: z.object({ patternScore: z.number(), exampleScore: z.number(), matched: z.array(z.string()) }),
      nearestExamples: z.array(z.object({ class: z.string(), similarity: z.number() })),
    })
    .openapi('BotExplanation'),
);
const test = createRoute({
  method: 'post',
  path: '/admin/bot/test',
  tags: ['admin: bot'],
  security,
  middleware: requireAdmin,
  summary: 'What a message would match and why: per-intent scores, matched patterns, examples, entities',
  request: { body: { content: { 'application/json': { schema: TestBody } }, required: true } },
  responses: { 200: jsonContent(ExplanationSchema, 'The decision, explained'), ...errors },
});

const actor = (c: Parameters<typeof principalOf>[0]) => principalOf(c).email ?? principalOf(c).sub;

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
      const expected = requireIfMatch(c.req.header('if-match'), 'the built-in rules');
      const saved = await saveRules(c.var.deps, c.req.valid('json'), expected, actor(c));
      c.header('etag', etagOf(saved.version));
      return c.json({ version: saved.version, source: 'stored' as const, rules: saved.rules }, 200);
    })
    .openapi(history, async (c) => {
      const [stored, versions] = await Promise.all([storedRules(c.var.deps), rulesHistory(c.var.deps)]);
      return c.json({ current: stored?.version ?? 0, versions }, 200);
    })
    .openapi(oneVersion, async (c) => {
      const found = await rulesVersion(c.var.deps, c.req.valid('param').version);
      return c.json({ version: found.version, source: found.source, rules: found.rules }, 200);
    })
    .openapi(restore, async (c) => {
      const expected = requireIfMatch(c.req.header('if-match'), 'the built-in rules');
      const saved = await restoreRules(c.var.deps, c.req.valid('json').version, expected, actor(c));
      c.header('etag', etagOf(saved.version));
      return c.json({ version: saved.version, source: 'stored' as const, rules: saved.rules }, 200);
    })
    .openapi(test, async (c) => {
      const { message, locale, rules } = c.req.valid('json');
      return c.json(await explainMessage(c.var.deps, message, locale, rules), 200);
    });
