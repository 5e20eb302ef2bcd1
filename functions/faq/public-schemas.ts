// Installs .openapi() on zod's schemas before this module builds any (functions/http/openapi-lite.ts on Lambda).
import '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { DEFAULT_LOCALE } from '../../locales/registry';
import { LocaleSchema } from '../http/schemas';

// The public knowledge base's schemas (search, suggestions, articles, votes), apart from the
// editors' schemas (schemas.ts): the faq function builds only these at init.

/** Slugs are kept exactly as given (DESIGN.md): letters, digits and `-_.~`, as in a URL path. */
export const SlugSchema = lazySchema(() =>
  z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._~-]{0,119}$/,
      'Use 1-120 letters, digits or -_.~ (starting with a letter or digit)',
    ),
);
/** Categories are free labels ("Account & security" or "account"), shown as given. */
export const CategorySchema = lazySchema(() =>
  z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[^<>#\u0000-\u001f]+$/, 'No <, >, # or control characters'),
);

/**
 * The content revision the site learnt from GET /faq/revision, sent with every public FAQ read so
 * that a publish changes the cache key (functions/http/public-cache.ts); optional, never checked
 * beyond its shape: a stale or missing one only makes the answer short-lived in caches.
 */
export const RevisionParamSchema = lazySchema(() =>
  z
    .string()
    .regex(/^[0-9.]{1,40}$/)
    .optional()
    .openapi({ description: 'Content revision from GET /faq/revision (cache key only)' }),
);

const HelpVisitSchema = lazySchema(() => z.string().regex(/^[A-Za-z0-9-]{8,64}$/));

export const SearchQuerySchema = lazySchema(() =>
  z.object({
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
  }),
);

/** Searches a browser made from cached answers, reported in one batch (the site sends it when the page hides). */
export const SearchReportSchema = lazySchema(() =>
  z
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
    .openapi('SearchReport'),
);

export const SearchResultSchema = lazySchema(() =>
  z
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
    .openapi('SearchResults'),
);

export const SuggestionsSchema = lazySchema(() =>
  z
    .object({
      /** The suggested questions, best first (kept for older clients). */
      suggestions: z.array(z.string()),
      /** The same suggestions with the article each opens. */
      items: z.array(z.object({ question: z.string(), slug: z.string(), locale: LocaleSchema })),
    })
    .openapi('Suggestions'),
);

export const PublicArticleSchema = lazySchema(() =>
  z
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
    .openapi('Article'),
);

export const FeedbackSchema = lazySchema(() =>
  z
    .strictObject({
      helpful: z.boolean(),
      comment: z.string().trim().max(1000).optional(),
      locale: LocaleSchema.optional(),
      reason: z.enum(['unclear', 'outdated', 'incomplete', 'not_my_question', 'other']).optional(),
    })
    .openapi('ArticleFeedback'),
);
