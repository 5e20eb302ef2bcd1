import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { principalOf, requireAdmin } from '../auth/guard';
import { router } from '../http/router';
import { faqAdminOf } from './admin-service';
import { renderModule } from './render-service';
import { LocaleSchema, authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import {
  ANSWER_LIMITS,
  AnswerLimitsSchema,
  ImportBodySchema,
  ImportReportSchema,
  ImportRowSchema,
  PreviewSchema,
  SynonymsSchema,
} from './schemas';

const security = [{ bearerAuth: [] }];
const adminErrors = { ...commonErrors, ...authErrors, 403: problemResponse('Not in the admins group') };
const tags = ['admin: faq'];
const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const localeParams = lazySchema(() =>
  z.object({ locale: LocaleSchema.openapi({ param: { name: 'locale', in: 'path' } }) }),
);

const importRows = createRoute({
  method: 'post',
  path: '/admin/faq/import',
  tags,
  security,
  middleware: requireAdmin,
  summary: 'Bulk upsert by (slug, locale); bad rows are reported, the rest applied',
  request: jsonBody(ImportBodySchema),
  responses: { 200: jsonContent(ImportReportSchema, 'Per-row report'), ...adminErrors },
});
const exportRows = createRoute({
  method: 'get',
  path: '/admin/faq/export',
  tags,
  security,
  middleware: requireAdmin,
  summary: 'Every article as import rows',
  responses: {
    200: jsonContent(
      lazySchema(() => z.array(ImportRowSchema)),
      'Rows',
    ),
    ...adminErrors,
  },
});
const getSynonyms = createRoute({
  method: 'get',
  path: '/admin/synonyms/{locale}',
  tags,
  security,
  middleware: requireAdmin,
  summary: 'Search synonyms of a locale',
  request: { params: localeParams },
  responses: { 200: jsonContent(SynonymsSchema, 'Synonym groups'), ...adminErrors },
});
const putSynonyms = createRoute({
  method: 'put',
  path: '/admin/synonyms/{locale}',
  tags,
  security,
  middleware: requireAdmin,
  summary: 'Replace the synonyms of a locale (search uses them at once)',
  request: { params: localeParams, ...jsonBody(SynonymsSchema) },
  responses: { 200: jsonContent(SynonymsSchema, 'Saved'), ...adminErrors },
});
const preview = createRoute({
  method: 'post',
  path: '/admin/faq/preview',
  tags,
  security,
  middleware: requireAdmin,
  summary: 'Render markdown exactly as customers will see it',
  description: 'Markdown beyond the answer limits (size, nesting, emphasis markup) is a 400 naming `markdown`.',
  request: jsonBody(PreviewSchema),
  responses: {
    200: jsonContent(
      lazySchema(() => z.object({ html: z.string() })),
      'Sanitised HTML',
    ),
    ...adminErrors,
  },
});
const answerLimits = createRoute({
  method: 'get',
  path: '/admin/faq/answer-limits',
  tags,
  security,
  middleware: requireAdmin,
  summary: 'The answer limits the editor shows (MAX_ANSWER_CHARS, MAX_ANSWER_NESTING)',
  responses: { 200: jsonContent(AnswerLimitsSchema, 'Limits'), ...adminErrors },
});

export const adminFaqBulkRoutes = () =>
  router()
    .openapi(importRows, async (c) => {
      const { email, sub } = principalOf(c);
      return c.json(await faqAdminOf(c.var.deps).importRows(c.req.valid('json'), email ?? sub), 200);
    })
    .openapi(exportRows, async (c) => {
      const heads = await faqAdminOf(c.var.deps).list();
      // A published article exports what is live; unpublished edits stay drafts in the admin only.
      const rows = heads.map(({ slug, locale, live, ...draft }) => {
        const { question, answer, category, tags } = live ?? draft;
        return {
          slug,
          locale,
          question,
          answer,
          category,
          tags,
          status: live ? ('published' as const) : ('draft' as const),
        };
      });
      c.header('content-disposition', 'attachment; filename="faq-export.json"');
      return c.json(rows, 200);
    })
    .openapi(getSynonyms, async (c) => {
      return c.json({ groups: await faqAdminOf(c.var.deps).synonyms(c.req.valid('param').locale) }, 200);
    })
    .openapi(putSynonyms, async (c) => {
      const { locale } = c.req.valid('param');
      const { groups } = c.req.valid('json');
      const saved = await faqAdminOf(c.var.deps).saveSynonyms(
        locale,
        groups,
        principalOf(c).email ?? principalOf(c).sub,
      );
      return c.json({ groups: saved }, 200);
    })
    .openapi(preview, async (c) =>
      c.json(
        { html: (await renderModule()).renderAnswer(c.req.valid('json').markdown, ANSWER_LIMITS, 'markdown') },
        200,
      ),
    )
    .openapi(answerLimits, (c) => c.json(ANSWER_LIMITS, 200));
