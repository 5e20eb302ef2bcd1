// Installs .openapi() on zod's schemas before this module builds any (functions/http/openapi-lite.ts on Lambda).
import '@hono/zod-openapi';
import * as z from 'zod';
import { DEFAULT_LOCALE } from '../../locales/registry';
import { LocaleSchema } from '../http/schemas';
import { answerLimitsFrom, answerProblem, tooLong } from './domain/answer-limits';
import { ARTICLE_STATUSES, VERSION_ACTIONS, type ArticleContent, type Version } from './domain/article';

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

/** Slugs are kept exactly as given (DESIGN.md): letters, digits and `-_.~`, as in a URL path. */
export const SlugSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._~-]{0,119}$/, 'Use 1-120 letters, digits or -_.~ (starting with a letter or digit)');
/** Categories are free labels ("Account & security" or "account"), shown as given. */
const CategorySchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[^<>#\u0000-\u001f]+$/, 'No <, >, # or control characters');
const Question = z.string().trim().min(3).max(500);
const Answer = markdownWithinLimits(z.string().trim().min(1));
const Tags = z.array(z.string().trim().min(1).max(60)).max(50);

const ArticleStatusSchema = z.enum(ARTICLE_STATUSES);

/** What an admin writes: the content of one article in one locale. */
const ArticleContentSchema = z.strictObject({
  question: Question,
  answer: Answer,
  category: CategorySchema,
  tags: Tags.default([]),
}) satisfies z.ZodType<ArticleContent>;

export const ArticleCreateSchema = ArticleContentSchema.extend({ slug: SlugSchema, locale: LocaleSchema }).openapi(
  'ArticleCreate',
);
export const ArticleUpdateSchema = ArticleContentSchema.openapi('ArticleUpdate');

/**
 * One row of bulk import/export (DESIGN.md shape). Columns other tools add (ids, urls) are
 * ignored and named in the row's report rather than failing the row.
 */
export const ImportRowSchema = z.object({
  slug: SlugSchema,
  locale: LocaleSchema,
  question: Question,
  answer: Answer,
  category: CategorySchema.default('general'),
  tags: Tags.default([]),
  status: ArticleStatusSchema.default('draft'),
});
export const IMPORT_COLUMNS = ['slug', 'locale', 'question', 'answer', 'category', 'tags', 'status'];
export type ImportRow = z.infer<typeof ImportRowSchema>;
export const ImportBodySchema = z
  .array(z.unknown())
  .min(1)
  .max(1000)
  .openapi('ImportBody', { description: 'Rows: { slug, locale, question, answer, category, tags, status }' });

export const ImportReportSchema = z
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
  .openapi('ImportReport');

/** What the preview renders: any draft answer, within the same limits. */
export const PreviewSchema = z.strictObject({ markdown: markdownWithinLimits(z.string()) }).openapi('PreviewRequest');

export const AnswerLimitsSchema = z
  .object({
    maxChars: z.number().int().openapi({ description: 'Longest answer, in characters (UTF-16 code units)' }),
    maxNesting: z.number().int().openapi({ description: 'Deepest nesting of quotes and lists' }),
  })
  .openapi('AnswerLimits');

export const AdminArticleSchema = z
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
  .openapi('AdminArticle');

export const VersionSchema = z
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
  .openapi('ArticleVersion') satisfies z.ZodType<Version>;

export const ArticleKeyParams = z.object({
  slug: SlugSchema.openapi({ param: { name: 'slug', in: 'path' } }),
  locale: LocaleSchema.openapi({ param: { name: 'locale', in: 'path' } }),
});

export const AdminListQuerySchema = z.object({
  locale: LocaleSchema.optional(),
  status: ArticleStatusSchema.optional(),
  category: CategorySchema.optional(),
  q: z.string().trim().max(200).optional(),
});

/**
 * The content revision the site learnt from GET /faq/revision, sent with every public FAQ read so
 * that a publish changes the cache key (functions/http/public-cache.ts); optional, never checked
 * beyond its shape: a stale or missing one only makes the answer short-lived in caches.
 */
export const RevisionParamSchema = z
  .string()
  .regex(/^[0-9.]{1,40}$/)
  .optional()
  .openapi({ description: 'Content revision from GET /faq/revision (cache key only)' });

const HelpVisitSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

export const SearchQuerySchema = z.object({
  q: z.string().trim().max(200).default(''),
  locale: LocaleSchema.default(DEFAULT_LOCALE),
  category: CategorySchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  /**
   * Who asked: `person` (typed it) or `portal` (the site's own lookups, such as help for an order's
   * status): only what a person typed counts in the search insights.
   */
  source: z.enum(['person', 'portal']).default('person'),
  /** The browser's help visit (a random id per tab): deflection counts visits followed by no ticket. */
  visit: HelpVisitSchema.optional(),
  /**
   * Where a person's search is counted: `server` (here, so the answer never comes from a cache) or
   * `report` (the caller reports it with POST /faq/searches, so CloudFront may answer it).
   */
  tally: z.enum(['server', 'report']).default('server'),
  rev: RevisionParamSchema,
});

/** Searches a browser made from cached answers, reported in one batch (the site sends it when the page hides). */
export const SearchReportSchema = z
  .strictObject({
    searches: z
      .array(
        z.strictObject({
          q: z.string().trim().min(1).max(200),
          locale: LocaleSchema,
          category: CategorySchema.optional(),
        }),
      )
      .min(1)
      .max(20),
    visit: HelpVisitSchema.optional(),
  })
  .openapi('SearchReport');

export const SearchResultSchema = z
  .object({
    results: z.array(
      z.object({
        id: z.string(),
        slug: z.string(),
        locale: LocaleSchema,
        question: z.string(),
        snippet: z.string(),
        category: z.string(),
        score: z.number(),
        fallbackFrom: LocaleSchema.optional(),
      }),
    ),
    total: z.number().int(),
  })
  .openapi('SearchResults');

export const SuggestionsSchema = z
  .object({
    /** The suggested questions, best first (kept for older clients). */
    suggestions: z.array(z.string()),
    /** The same suggestions with the article each opens. */
    items: z.array(z.object({ question: z.string(), slug: z.string(), locale: LocaleSchema })),
  })
  .openapi('Suggestions');

export const PublicArticleSchema = z
  .object({
    slug: z.string(),
    locale: LocaleSchema,
    question: z.string(),
    answerHtml: z.string(),
    category: z.string(),
    tags: z.array(z.string()),
    updatedAt: z.string(),
    fallbackFrom: LocaleSchema.optional(),
    outdated: z.boolean().openapi({ description: 'The translation is older than the English source' }),
    related: z.array(z.object({ slug: z.string(), question: z.string() })),
  })
  .openapi('Article');

export const FeedbackSchema = z
  .strictObject({
    helpful: z.boolean(),
    comment: z.string().trim().max(1000).optional(),
    locale: LocaleSchema.optional(),
    reason: z.enum(['unclear', 'outdated', 'incomplete', 'not_my_question', 'other']).optional(),
  })
  .openapi('ArticleFeedback');

export const SynonymsSchema = z
  .strictObject({
    groups: z.array(z.array(z.string().trim().min(1).max(60)).min(2).max(20)).max(500),
  })
  .openapi('Synonyms');
