import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { clientAddress } from '../http/client-address';
import { NotFound } from '../commons/errors';
import { recordArticleView, recordVote } from '../insights/service';
import { enforceRateLimit } from '../limits/service';
import { router } from '../http/router';
import { PUBLIC_CACHE, countedRead, publicCache } from '../http/public-cache';
import { namedTopics } from './categories-service';
import { faqSearchOf } from './search-service';
import { countAnsweredSearch, countReportedSearches } from './search-count-service';
import { publicRevision } from './revision-service';
import { DEFAULT_LOCALE } from '../../locales/registry';
import { LocaleSchema, commonErrors, jsonContent, problemResponse } from '../http/schemas';
import {
  FeedbackSchema,
  PublicArticleSchema,
  RevisionParamSchema,
  SearchQuerySchema,
  SearchReportSchema,
  SearchResultSchema,
  SlugSchema,
  SuggestionsSchema,
} from './public-schemas';

const search = createRoute({
  method: 'get',
  path: '/faq/search',
  tags: ['faq'],
  summary: 'Search published articles (typo-tolerant, language-aware)',
  request: { query: SearchQuerySchema },
  responses: { 200: jsonContent(SearchResultSchema, 'Ranked results with highlighted snippets'), ...commonErrors },
});

const searchReport = createRoute({
  method: 'post',
  path: '/faq/searches',
  tags: ['faq'],
  summary: "Report a person's searches answered from a cache (`tally=report`), so the search insights count them",
  request: { body: { content: { 'application/json': { schema: SearchReportSchema } }, required: true } },
  responses: {
    202: jsonContent(
      lazySchema(() => z.object({ recorded: z.number().int() })),
      'Counted',
    ),
    ...commonErrors,
  },
});

const suggest = createRoute({
  method: 'get',
  path: '/faq/suggest',
  tags: ['faq'],
  summary: 'Type-ahead suggestions',
  request: {
    query: lazySchema(() =>
      z.object({
        q: z.string().trim().max(100).default(''),
        locale: LocaleSchema.default(DEFAULT_LOCALE),
        rev: RevisionParamSchema,
      }),
    ),
  },
  responses: {
    200: jsonContent(SuggestionsSchema, 'Question suggestions, each with the article it opens'),
    ...commonErrors,
  },
});

const categories = createRoute({
  method: 'get',
  path: '/faq/categories',
  tags: ['faq'],
  summary: 'Categories with article counts',
  request: {
    query: lazySchema(() => z.object({ locale: LocaleSchema.default(DEFAULT_LOCALE), rev: RevisionParamSchema })),
  },
  responses: {
    200: jsonContent(
      lazySchema(() =>
        z.object({
          categories: z.array(
            z.object({
              category: z.string(),
              count: z.number().int(),
              name: z.string().openapi({ description: "The category's name in the requested locale" }),
            }),
          ),
        }),
      ),
      'Categories',
    ),
    ...commonErrors,
  },
});

const slugParams = lazySchema(() => z.object({ slug: SlugSchema.openapi({ param: { name: 'slug', in: 'path' } }) }));

const article = createRoute({
  method: 'get',
  path: '/faq/articles/{slug}',
  tags: ['faq'],
  summary: 'A published article; English when the locale has none',
  request: {
    params: slugParams,
    query: lazySchema(() => z.object({ locale: LocaleSchema.default(DEFAULT_LOCALE), rev: RevisionParamSchema })),
  },
  responses: {
    200: jsonContent(PublicArticleSchema, 'The article, answer as sanitised HTML'),
    ...commonErrors,
    404: problemResponse('No such article'),
  },
});

const revision = createRoute({
  method: 'get',
  path: '/faq/revision',
  tags: ['faq'],
  summary: 'The content revision: send it as `rev` with the other FAQ reads (their cache key)',
  responses: {
    200: jsonContent(
      lazySchema(() =>
        z.object({ rev: z.string().openapi({ description: 'Changes with every publish and category change' }) }),
      ),
      'The revision; cached for a few seconds',
    ),
    ...commonErrors,
  },
});

const feedback = createRoute({
  method: 'post',
  path: '/faq/articles/{slug}/feedback',
  tags: ['faq'],
  summary: 'Was this helpful?',
  request: {
    params: slugParams,
    body: { content: { 'application/json': { schema: FeedbackSchema } }, required: true },
  },
  responses: {
    202: jsonContent(
      lazySchema(() => z.object({ recorded: z.literal(true) })),
      'Thank you',
    ),
    ...commonErrors,
    404: problemResponse('No such article'),
  },
});

export function faqRoutes() {
  const app = router();
  // Anonymous GETs, cacheable at CloudFront by their full query (infra/constructs/site.ts).
  app.use(
    '/faq/*',
    publicCache((c) => publicRevision(c.var.deps)),
  );
  return app
    .openapi(revision, async (c) => {
      c.header('cache-control', PUBLIC_CACHE.revision);
      return c.json({ rev: await publicRevision(c.var.deps) }, 200);
    })
    .openapi(search, async (c) => {
      const { q, locale, category, limit, source, visit, tally } = c.req.valid('query');
      // No query but a category: browsing, not searching; it is not counted as a search.
      if (!q && category) return c.json(await faqSearchOf(c.var.deps).browse(category, locale, limit), 200);
      const { engine } = await faqSearchOf(c.var.deps).current();
      const found = q ? engine.search(q, { locale, category, limit }) : { results: [], total: 0 };
      // A person's search counted here never comes from a cache; a reported one (tally=report) may.
      if (source === 'person' && tally === 'server') {
        if (q) countedRead(c);
        await countAnsweredSearch(c.var.deps, { q, locale, visit }, found.total);
      }
      return c.json(found, 200);
    })
    .openapi(searchReport, async (c) => {
      const { searches, visit } = c.req.valid('json');
      const { deps } = c.var;
      await enforceRateLimit(deps, 'search-report', clientAddress(c), deps.config.SEARCH_REPORTS_PER_MINUTE_CLIENT, 60);
      await countReportedSearches(deps, searches, visit);
      return c.json({ recorded: searches.length }, 202);
    })
    .openapi(suggest, async (c) => {
      const { q, locale } = c.req.valid('query');
      const { engine } = await faqSearchOf(c.var.deps).current();
      const items = q ? engine.suggest(q, { locale, limit: 8 }) : [];
      return c.json({ suggestions: items.map((s) => s.question), items }, 200);
    })
    .openapi(categories, async (c) => {
      const { locale } = c.req.valid('query');
      const { engine } = await faqSearchOf(c.var.deps).current();
      return c.json({ categories: await namedTopics(c.var.deps, engine.categories(locale), locale) }, 200);
    })
    .openapi(article, async (c) => {
      const { slug } = c.req.valid('param');
      const { locale } = c.req.valid('query');
      const faqSearch = faqSearchOf(c.var.deps);
      const { own, english } = await faqSearch.article(slug, locale);
      const shown = own ?? english;
      if (!shown) throw new NotFound('Article');
      // Views are counted here, so an article never comes from a cache.
      countedRead(c);
      recordArticleView(c.var.deps, slug, shown.locale);
      const { engine } = await faqSearch.current();
      const related = engine
        .search(shown.live.question, { locale, category: shown.live.category, limit: 4 })
        .results.filter((r) => r.slug !== slug)
        .slice(0, 3)
        .map((r) => ({ slug: r.slug, question: r.question }));
      return c.json(
        {
          slug,
          locale: shown.locale,
          question: shown.live.question,
          answerHtml: shown.live.answerHtml,
          category: shown.live.category,
          tags: shown.live.tags,
          updatedAt: shown.live.publishedAt,
          fallbackFrom: own ? undefined : DEFAULT_LOCALE,
          outdated: Boolean(
            own && english && own.locale !== DEFAULT_LOCALE && english.live.publishedAt > own.live.publishedAt,
          ),
          related,
        },
        200,
      );
    })
    .openapi(feedback, async (c) => {
      const { slug } = c.req.valid('param');
      const { helpful, comment, reason, locale = DEFAULT_LOCALE } = c.req.valid('json');
      const { deps } = c.var;
      await enforceRateLimit(deps, 'feedback', clientAddress(c), deps.config.FEEDBACK_PER_MINUTE_CLIENT, 60);
      if (!(await faqSearchOf(deps).article(slug, locale)).any) throw new NotFound('Article');
      await recordVote(deps, { slug, locale, helpful, reason, comment });
      return c.json({ recorded: true as const }, 202);
    });
}
