// Installs .openapi() on zod's schemas before this module builds any (functions/http/openapi-lite.ts on Lambda).
import '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { LocaleSchema } from '../http/schemas';
import { answerLimitsFrom, answerProblem, tooLong } from './domain/answer-limits';
import { ARTICLE_STATUSES, VERSION_ACTIONS, type ArticleContent, type Version } from './domain/article';
import { CategorySchema, SlugSchema } from './public-schemas';

export { SlugSchema } from './public-schemas';

/** Answer size and nesting limits (`MAX_ANSWER_CHARS`, `MAX_ANSWER_NESTING`), read once at start. */
export const ANSWER_LIMITS = answerLimitsFrom(process.env);

/** Markdown within the answer limits: the linear pre-check of domain/answer-limits.ts, as a field error. */
const markdownWithinLimits = (text: z.ZodString) =>
  text
    .max(ANSWER_LIMITS.maxChars, { error: (issue) => tooLong(String(issue.input ?? '').length, ANSWER_LIMITS) })
    .superRefine((markdown, ctx) => {
      if (markdown.length > ANSWER_LIMITS.maxChars) return; // said by max() above
      const problem = answerProblem(markdown, ANSWER_LIMITS);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

const Question = lazySchema(() => z.string().trim().min(3).max(500));
const Answer = lazySchema(() => markdownWithinLimits(z.string().trim().min(1)));
const Tags = lazySchema(() => z.array(z.string().trim().min(1).max(60)).max(50));

const ArticleStatusSchema = lazySchema(() => z.enum(ARTICLE_STATUSES));

/** What an admin writes: the content of one article in one locale. */
const ArticleContentSchema = lazySchema(() =>
  z.strictObject({
    question: Question,
    answer: Answer,
    category: CategorySchema,
    tags: Tags.default([]),
  }),
) satisfies z.ZodType<ArticleContent>;

export const ArticleCreateSchema = lazySchema(() =>
  ArticleContentSchema.extend({ slug: SlugSchema, locale: LocaleSchema }).openapi('ArticleCreate'),
);
export const ArticleUpdateSchema = lazySchema(() => ArticleContentSchema.openapi('ArticleUpdate'));

/**
 * One row of bulk import/export (DESIGN.md shape). Columns other tools add (ids, urls) are
 * ignored and named in the row's report rather than failing the row.
 */
export const ImportRowSchema = lazySchema(() =>
  z.object({
    slug: SlugSchema,
    locale: LocaleSchema,
    question: Question,
    answer: Answer,
    category: CategorySchema.default('general'),
    tags: Tags.default([]),
    status: ArticleStatusSchema.default('draft'),
  }),
);
export const IMPORT_COLUMNS = ['slug', 'locale', 'question', 'answer', 'category', 'tags', 'status'];
export type ImportRow = z.infer<typeof ImportRowSchema>;
export const ImportBodySchema = lazySchema(() =>
  z
    .array(z.unknown())
    .min(1)
    .max(1000)
    .openapi('ImportBody', { description: 'Rows: { slug, locale, question, answer, category, tags, status }' }),
);

export const ImportReportSchema = lazySchema(() =>
  z
    .object({
      created: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      failed: z.number().int(),
      rows: z.array(
        z.object({
          index: z.number().int(),
          slug: z.string().optional(),
          locale: z.string().optional(),
          result: z.enum(['created', 'updated', 'unchanged', 'error']),
          ignoredFields: z.array(z.string()).optional(),
          errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
        }),
      ),
    })
    .openapi('ImportReport'),
);

/** What the preview renders: any draft answer, within the same limits. */
export const PreviewSchema = lazySchema(() =>
  z.strictObject({ markdown: markdownWithinLimits(z.string()) }).openapi('PreviewRequest'),
);

export const AnswerLimitsSchema = lazySchema(() =>
  z
    .object({
      maxChars: z.number().int().openapi({ description: 'Longest answer, in characters (UTF-16 code units)' }),
      maxNesting: z.number().int().openapi({ description: 'Deepest nesting of quotes and lists' }),
    })
    .openapi('AnswerLimits'),
);

export const AdminArticleSchema = lazySchema(() =>
  z
    .object({
      slug: z.string(),
      locale: LocaleSchema,
      question: z.string(),
      answer: z.string(),
      category: z.string(),
      tags: z.array(z.string()),
      version: z.number().int(),
      status: ArticleStatusSchema,
      hasUnpublishedChanges: z.boolean(),
      publishedVersion: z.number().int().optional(),
      updatedAt: z.string(),
      updatedBy: z.string(),
    })
    .openapi('AdminArticle'),
);

export const VersionSchema = lazySchema(() =>
  z
    .object({
      version: z.number().int(),
      action: z.enum(VERSION_ACTIONS),
      question: z.string(),
      answer: z.string(),
      category: z.string(),
      tags: z.array(z.string()),
      at: z.string(),
      by: z.string(),
    })
    .openapi('ArticleVersion'),
) satisfies z.ZodType<Version>;

export const ArticleKeyParams = lazySchema(() =>
  z.object({
    slug: SlugSchema.openapi({ param: { name: 'slug', in: 'path' } }),
    locale: LocaleSchema.openapi({ param: { name: 'locale', in: 'path' } }),
  }),
);

export const AdminListQuerySchema = lazySchema(() =>
  z.object({
    locale: LocaleSchema.optional(),
    status: ArticleStatusSchema.optional(),
    category: CategorySchema.optional(),
    q: z.string().trim().max(200).optional(),
  }),
);

export const SynonymsSchema = lazySchema(() =>
  z
    .strictObject({
      groups: z.array(z.array(z.string().trim().min(1).max(60)).min(2).max(20)).max(500),
    })
    .openapi('Synonyms'),
);
