import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import type { Context } from 'hono';
import { principalOf, requireAdmin } from '../auth/guard';
import { DEFAULT_LOCALE } from '../../locales/registry';
import { NotFound } from '../commons/errors';
import { router } from '../http/router';
import { toAdminArticle, type ArticleHead } from './domain/article';
import { etagOf, versionFromIfMatch } from '../http/versions';
import { faqAdminOf } from './admin-service';
import { searchModule } from './search-service';
import type { AppEnv } from '../env';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import {
  AdminArticleSchema,
  AdminListQuerySchema,
  ArticleCreateSchema,
  ArticleKeyParams,
  ArticleUpdateSchema,
  VersionSchema,
} from './schemas';

const security = [{ bearerAuth: [] }];
const adminErrors = { ...commonErrors, ...authErrors, 403: problemResponse('Not in the admins group') };
const articleErrors = { ...adminErrors, 404: problemResponse('No such article') };
const ifMatchHeader = lazySchema(() =>
  z.object({
    'if-match': z.string().max(40).optional().openapi({ description: 'The version (ETag) you edited' }),
  }),
);
const one = (description: string) => jsonContent(AdminArticleSchema, description);
const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

const route = <M extends 'get' | 'post' | 'put' | 'delete', P extends string>(method: M, path: P, summary: string) => ({
  method,
  path,
  tags: ['admin: faq'],
  security,
  summary,
  middleware: requireAdmin,
});

const list = createRoute({
  ...route('get', '/admin/faq', 'All articles, drafts included'),
  request: { query: AdminListQuerySchema },
  responses: {
    200: jsonContent(
      lazySchema(() => z.object({ articles: z.array(AdminArticleSchema) })),
      'Articles',
    ),
    ...adminErrors,
  },
});
const create = createRoute({
  ...route('post', '/admin/faq', 'Create a draft'),
  request: body(ArticleCreateSchema),
  responses: {
    201: one('The draft (ETag: its version)'),
    ...adminErrors,
    409: problemResponse('The slug exists in that locale'),
  },
});
const read = createRoute({
  ...route('get', '/admin/faq/{slug}/{locale}', 'One article (ETag: its version)'),
  request: { params: ArticleKeyParams },
  responses: { 200: one('The article'), ...articleErrors },
});
const update = createRoute({
  ...route('put', '/admin/faq/{slug}/{locale}', 'Save an edit; needs If-Match'),
  request: { params: ArticleKeyParams, headers: ifMatchHeader, ...body(ArticleUpdateSchema) },
  responses: {
    200: one('The saved article'),
    ...articleErrors,
    412: problemResponse('Someone saved first; `current` holds their version'),
    428: problemResponse('If-Match is missing'),
  },
});
const remove = createRoute({
  ...route('delete', '/admin/faq/{slug}/{locale}', 'Delete (history is kept)'),
  request: { params: ArticleKeyParams, headers: ifMatchHeader },
  responses: { 204: { description: 'Deleted' }, ...articleErrors, 412: problemResponse('Changed since you loaded it') },
});
const transition = (action: 'publish' | 'unpublish') =>
  createRoute({
    ...route(
      'post',
      `/admin/faq/{slug}/{locale}/${action}`,
      action === 'publish' ? 'Publish the current version' : 'Take it off the site',
    ),
    request: { params: ArticleKeyParams, headers: ifMatchHeader },
    responses: { 200: one('The article'), ...articleErrors, 412: problemResponse('Changed since you loaded it') },
  });
const history = createRoute({
  ...route('get', '/admin/faq/{slug}/{locale}/history', 'Every version, oldest first'),
  request: { params: ArticleKeyParams },
  responses: {
    200: jsonContent(
      lazySchema(() => z.object({ versions: z.array(VersionSchema) })),
      'Versions',
    ),
    ...articleErrors,
  },
});
const version = createRoute({
  ...route('get', '/admin/faq/{slug}/{locale}/versions/{version}', 'One version'),
  request: {
    params: lazySchema(() =>
      ArticleKeyParams.extend({
        version: z.coerce
          .number()
          .int()
          .positive()
          .openapi({ param: { name: 'version', in: 'path' } }),
      }),
    ),
  },
  responses: { 200: jsonContent(VersionSchema, 'The version'), ...articleErrors },
});
const restore = createRoute({
  ...route('post', '/admin/faq/{slug}/{locale}/restore', 'Restore an old version as a new draft version'),
  request: {
    params: ArticleKeyParams,
    headers: ifMatchHeader,
    ...body(lazySchema(() => z.strictObject({ version: z.number().int().positive() }))),
  },
  responses: {
    200: one('The restored article'),
    ...articleErrors,
    412: problemResponse('Changed since you loaded it'),
  },
});

const actorOf = (c: Context<AppEnv>) => principalOf(c).email ?? principalOf(c).sub;
const ifMatchOf = (c: Context<AppEnv>) => versionFromIfMatch(c.req.header('if-match'));
const withEtag = (c: Context<AppEnv>, head: ArticleHead) => {
  c.header('etag', etagOf(head.version));
  return toAdminArticle(head);
};

export const adminFaqRoutes = () =>
  router()
    .openapi(list, async (c) => {
      const { locale, status, category, q } = c.req.valid('query');
      const { foldText } = await searchModule();
      const needle = q ? foldText(q, locale ?? DEFAULT_LOCALE) : '';
      const articles = (await faqAdminOf(c.var.deps).list())
        .map(toAdminArticle)
        .filter(
          (a) =>
            (!locale || a.locale === locale) &&
            (!status || a.status === status) &&
            (!category || a.category === category),
        )
        .filter((a) => !needle || foldText(`${a.slug} ${a.question} ${a.tags.join(' ')}`, a.locale).includes(needle))
        .sort((a, b) => a.slug.localeCompare(b.slug) || a.locale.localeCompare(b.locale));
      return c.json({ articles }, 200);
    })
    .openapi(create, async (c) => {
      const { slug, locale, ...content } = c.req.valid('json');
      const head = await faqAdminOf(c.var.deps).create({ slug, locale }, content, actorOf(c));
      return c.json(withEtag(c, head), 201);
    })
    .openapi(read, async (c) => c.json(withEtag(c, await faqAdminOf(c.var.deps).load(c.req.valid('param'))), 200))
    .openapi(update, async (c) => {
      const head = await faqAdminOf(c.var.deps).update(
        c.req.valid('param'),
        c.req.valid('json'),
        ifMatchOf(c),
        actorOf(c),
      );
      return c.json(withEtag(c, head), 200);
    })
    .openapi(remove, async (c) => {
      await faqAdminOf(c.var.deps).transition(c.req.valid('param'), 'delete', ifMatchOf(c), actorOf(c));
      return c.body(null, 204);
    })
    .openapi(transition('publish'), async (c) =>
      c.json(
        withEtag(c, await faqAdminOf(c.var.deps).transition(c.req.valid('param'), 'publish', ifMatchOf(c), actorOf(c))),
        200,
      ),
    )
    .openapi(transition('unpublish'), async (c) =>
      c.json(
        withEtag(
          c,
          await faqAdminOf(c.var.deps).transition(c.req.valid('param'), 'unpublish', ifMatchOf(c), actorOf(c)),
        ),
        200,
      ),
    )
    .openapi(history, async (c) => {
      const key = c.req.valid('param');
      return c.json({ versions: await faqAdminOf(c.var.deps).history(key) }, 200);
    })
    .openapi(version, async (c) => {
      const { version: v, ...key } = c.req.valid('param');
      const found = await faqAdminOf(c.var.deps).getVersion(key, v);
      if (!found) throw new NotFound('Version');
      return c.json(found, 200);
    })
    .openapi(restore, async (c) => {
      const head = await faqAdminOf(c.var.deps).restore(
        c.req.valid('param'),
        c.req.valid('json').version,
        ifMatchOf(c),
        actorOf(c),
      );
      return c.json(withEtag(c, head), 200);
    });
