import { DEFAULT_LOCALE, type Locale } from '../../locales/registry';
import type { Config } from '../config';
import type { ArticleHead, LiveArticle } from './domain/article';
import { lazyModule, perApp } from '../commons/lazy';
import type { AppDeps } from '../env';
import type { SearchEngine, Synonyms } from './domain/search';
import type { FaqStore } from './store';

export interface LiveEntry {
  slug: string;
  locale: Locale;
  live: LiveArticle;
}
interface Snapshot {
  engine: SearchEngine;
  revision: number;
  checkedAt: number;
  live: Map<string, LiveEntry>;
}

const entryKey = (slug: string, locale: Locale) => `${slug}#${locale}`;

/** Admin synonyms extend the built-in groups of their locale. */
function mergeSynonyms(base: Synonyms, extra: Synonyms): Synonyms {
  const out: Synonyms = { ...base };
  for (const [locale, groups] of Object.entries(extra) as [Locale, string[][]][])
    out[locale] = [...(base[locale] ?? []), ...groups];
  return out;
}

/**
 * The in-process search index over published articles, kept fresh by a revision counter that
 * every write bumps: each instance checks it at most every SEARCH_REVISION_CHECK_MS, and the
 * writing instance sees its own writes at once (invalidate). Nothing is built until first use.
 */
function createFaqSearch(store: FaqStore, config: Pick<Config, 'SEARCH_REVISION_CHECK_MS'>) {
  let snapshot: Snapshot | undefined;
  let building: Promise<Snapshot> | undefined;

  async function build(revision: number): Promise<Snapshot> {
    const [heads, synonyms, { buildSearchEngine, defaultSynonyms }] = await Promise.all([
      store.listHeads(),
      store.synonyms(),
      searchModule(),
    ]);
    const live = heads.filter((h): h is ArticleHead & { live: LiveArticle } => Boolean(h.live) && !h.deleted);
    const engine = buildSearchEngine(
      live.map((h) => ({
        id: entryKey(h.slug, h.locale),
        slug: h.slug,
        locale: h.locale,
        question: h.live.question,
        answer: h.live.answer,
        category: h.live.category,
        tags: h.live.tags,
        updatedAt: h.live.publishedAt,
      })),
      mergeSynonyms(defaultSynonyms, synonyms),
    );
    return {
      engine,
      revision,
      checkedAt: Date.now(),
      live: new Map(live.map((h) => [entryKey(h.slug, h.locale), { slug: h.slug, locale: h.locale, live: h.live }])),
    };
  }

  async function current(): Promise<Snapshot> {
    if (snapshot && Date.now() - snapshot.checkedAt < config.SEARCH_REVISION_CHECK_MS) return snapshot;
    const revision = await store.revision();
    if (snapshot && snapshot.revision === revision) {
      snapshot.checkedAt = Date.now();
      return snapshot;
    }
    building ??= build(revision)
      .then((s) => (snapshot = s))
      .finally(() => {
        building = undefined;
      });
    return building;
  }

  return {
    current,
    /** Forget the freshness window so the next read checks the revision (after a local write). */
    invalidate() {
      if (snapshot) snapshot.checkedAt = 0;
    },
    /**
     * Every article of a category (browsing, no query), questions in alphabetical order; a slug
     * without a translation shows in English, marked as such.
     */
    async browse(category: string, locale: Locale, limit: number) {
      const [{ live }, { markdownToText, escapeHtml }] = await Promise.all([current(), searchModule()]);
      const inCategory = [...live.values()].filter((e) => e.live.category === category);
      const own = new Set(inCategory.filter((e) => e.locale === locale).map((e) => e.slug));
      const shown = inCategory.filter((e) => e.locale === locale || (e.locale === DEFAULT_LOCALE && !own.has(e.slug)));
      const results = shown
        .sort((a, b) => a.live.question.localeCompare(b.live.question, locale))
        .map((e) => ({
          id: entryKey(e.slug, e.locale),
          slug: e.slug,
          locale: e.locale,
          question: e.live.question,
          category,
          snippet: escapeHtml(markdownToText(e.live.answer).slice(0, 180)),
          score: 0,
          ...(e.locale === locale ? {} : { fallbackFrom: DEFAULT_LOCALE }),
        }));
      return { results: results.slice(0, limit), total: results.length };
    },
    async article(slug: string, locale: Locale) {
      const { live } = await current();
      return {
        own: live.get(entryKey(slug, locale)),
        english: live.get(entryKey(slug, DEFAULT_LOCALE)),
        any: [...live.values()].find((e) => e.slug === slug),
      };
    },
  };
}

export type FaqSearch = ReturnType<typeof createFaqSearch>;

/** The search engine module (MiniSearch, folding, segmentation), loaded on first use. */
export const searchModule = lazyModule(() => import('./domain/search'));

/** This app's search index. */
export const faqSearchOf = perApp((deps: AppDeps) => createFaqSearch(deps.stores.faq, deps.config));
