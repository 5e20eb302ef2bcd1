import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { LOCALES } from '../../locales/registry';
import { principalOf, requireAdmin } from '../auth/guard';
import { router } from '../http/router';
import { authErrors, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import { etagOf, requireIfMatch } from '../http/versions';
import { categoriesForAdmin, saveCategoryList } from './categories-service';

const security = [{ bearerAuth: [] }];
const errors = { ...commonErrors, ...authErrors, 403: problemResponse('Not in the admins group') };

const Name = lazySchema(() =>
  z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[^<>\u0000-\u001f]+$/, 'No <, > or control characters'),
);
const CategorySchema = lazySchema(() =>
  z
    .strictObject({
      id: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and -, at most 40')
        .openapi({ example: 'shipping' }),
      names: z.strictObject(
        Object.fromEntries(LOCALES.map((l) => [l, Name])) as Record<(typeof LOCALES)[number], typeof Name>,
      ),
    })
    .openapi('FaqCategory'),
);
const CategoriesBody = lazySchema(() =>
  z.strictObject({ categories: z.array(CategorySchema).max(50) }).openapi('FaqCategoriesBody'),
);
const CategoriesDoc = lazySchema(() =>
  z
    .object({
      version: z.number().int().min(0),
      categories: z.array(CategorySchema.extend({ articles: z.number().int() })),
      unlisted: z
        .array(z.object({ id: z.string(), articles: z.number().int() }))
        .openapi({ description: 'Category ids articles use that the list does not name yet' }),
    })
    .openapi('FaqCategories'),
);

const read = createRoute({
  method: 'get',
  path: '/admin/faq/categories',
  tags: ['admin: faq'],
  security,
  middleware: requireAdmin,
  summary: 'The help centre categories with their names per locale and article counts (ETag: the list version)',
  responses: { 200: jsonContent(CategoriesDoc, 'Categories'), ...errors },
});
const replace = createRoute({
  method: 'put',
  path: '/admin/faq/categories',
  tags: ['admin: faq'],
  security,
  middleware: requireAdmin,
  summary: 'Replace the category list (rename, add, reorder, remove an unused one). Needs If-Match.',
  request: { body: { content: { 'application/json': { schema: CategoriesBody } }, required: true } },
  responses: {
    200: jsonContent(CategoriesDoc, 'Saved'),
    ...errors,
    409: problemResponse('A removed category is still used by articles'),
    412: problemResponse('Changed since you loaded it'),
    428: problemResponse('If-Match is missing'),
  },
});

export const adminCategoryRoutes = () =>
  router()
    .openapi(read, async (c) => {
      const doc = await categoriesForAdmin(c.var.deps);
      c.header('etag', etagOf(doc.version));
      return c.json(doc, 200);
    })
    .openapi(replace, async (c) => {
      const expected = requireIfMatch(c.req.header('if-match'), 'the starting list');
      const principal = principalOf(c);
      await saveCategoryList(c.var.deps, c.req.valid('json').categories, expected, principal.email ?? principal.sub);
      const doc = await categoriesForAdmin(c.var.deps);
      c.header('etag', etagOf(doc.version));
      return c.json(doc, 200);
    });
