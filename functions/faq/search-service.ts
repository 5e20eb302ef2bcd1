import { DEFAULT_LOCALE, type Locale } from '../../locales/registry';
import { logger } from '../commons/logger';
import type { Config } from '../config';
import type { ArticleHead, LiveArticle } from './domain/article';
import { lazyModule, perApp } from '../commons/lazy';
import type { AppDeps } from '../env';
import type { SearchEngine, Synonyms } from './domain/search';
import { type SearchIndexStore, searchIndexStore } from './search-index-store';
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
  /** Published articles by slug and locale, for browsing and article pages: read when first asked. */
  live?: Promise<Map<string, LiveEntry>>;
}
type LiveHead = ArticleHead & { live: LiveArticle };

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
 * Publishing writes the index of the new revision to the table (`publish`); a cold start loads
 * that instead of reading and indexing every article, and rebuilds only when there is none.
 */
function createFaqSearch(
  store: FaqStore,
  indexes: SearchIndexStore,
  config: Pick<Config, 'SEARCH_REVISION_CHECK_MS'>,
  now: () => Date,
) {
  let snapshot: Snapshot | undefined;
  let building: Promise<Snapshot> | undefined;

  async function liveHeads(): Promise<LiveHead[]> {
    return (await store.listHeads()).filter((h): h is LiveHead => Boolean(h.live) && !h.deleted);
  }
  const liveMap = (live: LiveHead[]) =>
    new Map(live.map((h) => [entryKey(h.slug, h.locale), { slug: h.slug, locale: h.locale, live: h.live }]));

  async function synonymsAndModule() {
    const [synonyms, module] = await Promise.all([store.synonyms(), searchModule()]);
    return { synonyms: mergeSynonyms(module.defaultSynonyms, synonyms), module };
  }

  async function engineOf(live: LiveHead[]) {
    const { synonyms, module } = await synonymsAndModule();
    return module.withResultCache(
      module.buildSearchEngine(
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
        synonyms,
      ),
    );
  }

  /** The stored index of this revision, if one was written and still reads. */
  async function stored(revision: number): Promise<SearchEngine | undefined> {
    try {
      const [found, { synonyms, module }] = await Promise.all([indexes.load(revision), synonymsAndModule()]);
      return found ? module.withResultCache(module.loadSearchEngine(found.bytes, synonyms)) : undefined;
    } catch (error) {
      // An index written by another version of the engine, or a read that failed: rebuild.
      logger.warn('stored search index not used', { revision, error: String(error) });
      return undefined;
    }
  }

  async function build(revision: number): Promise<Snapshot> {
    const engine = await stored(revision);
    if (engine) return { engine, revision, checkedAt: Date.now() };
    const live = await liveHeads();
    return { engine: await engineOf(live), revision, checkedAt: Date.now(), live: Promise.resolve(liveMap(live)) };
  }

  async function liveEntries(): Promise<Map<string, LiveEntry>> {
    const s = await current();
    s.live ??= liveHeads().then(liveMap);
    return s.live;
  }

  /** `known`: the revision when the caller read it in its own batch (the chat turn), so the check costs no read here. */
  async function current(known?: number): Promise<Snapshot> {
    if (known === undefined && snapshot && Date.now() - snapshot.checkedAt < config.SEARCH_REVISION_CHECK_MS)
      return snapshot;
    const revision = known ?? (await store.revision());
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
    /** Whether the next `current()` reads the revision (a caller batching reads can read it and pass it). */
    due: () => !snapshot || Date.now() - snapshot.checkedAt >= config.SEARCH_REVISION_CHECK_MS,
    /** Forget the freshness window so the next read checks the revision (after a local write). */
    invalidate() {
      if (snapshot) snapshot.checkedAt = 0;
    },
    /**
     * Whether a cold start would load the stored index of the current revision (false when none is
     * stored or its format is another version's: then every cold start rebuilds from the table).
     */
    async storedLoads(): Promise<boolean> {
      return (await stored(await store.revision())) !== undefined;
    },
    /**
     * After content customers see changed: builds the index of the current revision, stores it for
     * every cold start to load, and serves it here at once. A failure only costs the next cold
     * start a rebuild, so it is logged, not thrown.
     */
    async publish(): Promise<void> {
      try {
        const revision = await store.revision();
        const live = await liveHeads();
        const engine = await engineOf(live);
        await indexes.save(revision, engine.snapshot(), now());
        snapshot = { engine, revision, checkedAt: Date.now(), live: Promise.resolve(liveMap(live)) };
      } catch (error) {
        logger.error('search index not stored', { error: String(error) });
      }
    },
    /**
     * Every article of a category (browsing, no query), questions in alphabetical order; a slug
     * without a translation shows in English, marked as such.
     */
    async browse(category: string, locale: Locale, limit: number) {
      const [live, { markdownToText, escapeHtml }] = await Promise.all([liveEntries(), searchModule()]);
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
      const live = await liveEntries();
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
export const faqSearchOf = perApp((deps: AppDeps) =>
  createFaqSearch(deps.stores.faq, searchIndexStore(deps.stores.db), deps.config, deps.now),
);
