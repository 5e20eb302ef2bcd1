import { searchText } from '../../../../locales/packs';
import type { Locale } from '../../../../locales/registry';
import { type HanScript, hanScript } from '../../../text/han.js';
import { defaultSynonyms } from './default-synonyms.js';
import { buildIndexes, type DocRecord, type RawIndex, readSnapshot, writeSnapshot } from './indexer.js';
import { type LocaleIndex, planQuery, type RankedSet, type RunOptions, runPlan } from './query.js';
import { makeSnippet } from './snippet.js';
import { compileSynonyms } from './synonyms.js';
import {
  FALLBACK_LOCALE,
  type SearchableArticle,
  type SearchEngine,
  type SearchHit,
  type Suggestion,
  type Synonyms,
} from './types.js';

/** English stand-ins rank with the locale's own articles, a little behind at equal relevance. */
const FALLBACK_WEIGHT = 0.85;
const MAX_LIMIT = 50;
/**
 * An article in the other Chinese script than the query's ranks as if slightly less relevant:
 * enough to put a Traditional article before its Simplified twin for a Traditional query (and the
 * other way round), too little to lift a weaker match over a better one.
 */
const OTHER_SCRIPT_WEIGHT = 0.9;
/**
 * Hits scoring under this share of the best one are dropped: they matched a stray common word
 * ("an item") and only bury the answers. Measured on the tune sets, a floor of 0.08 keeps every
 * relevant article ranked in the top five but one in 780 queries and returns about one article in
 * eight instead of two in five.
 */
const RELATIVE_FLOOR = 0.08;
/** The floor never cuts into the first five: a paraphrase sharing few words still shows. */
const FLOOR_KEEPS = 5;

interface Scored {
  doc: DocRecord;
  score: number;
  terms: string[];
  fallback: boolean;
}

type RawIndexes = Map<Locale, RawIndex>;

function createEngine(records: DocRecord[], raw: RawIndexes, synonyms: Synonyms, loaded?: Uint8Array): SearchEngine {
  const docs = new Map(records.map((d) => [d.id, d]));
  const slugs = new Map<Locale, Set<string>>();
  let snapshot = loaded;
  for (const d of records) {
    const set = slugs.get(d.locale) ?? new Set<string>();
    slugs.set(d.locale, set.add(d.slug));
  }
  const indexes = new Map<Locale, LocaleIndex>();
  for (const [locale, { index, docs: own, vocab }] of raw) {
    indexes.set(locale, { locale, index, docs: own, vocab, synonyms: compileSynonyms(synonyms[locale], locale) });
  }
  const visible = (doc: DocRecord, locale: Locale) =>
    doc.locale === locale || (doc.locale === FALLBACK_LOCALE && !slugs.get(locale)?.has(doc.slug));
  // A fully translated locale never needs the English index: skip that second search.
  const english = [...(slugs.get(FALLBACK_LOCALE) ?? [])];
  const needsFallback = (locale: Locale) => english.some((slug) => !slugs.get(locale)?.has(slug));
  const fallbackNeeded = new Map<Locale, boolean>();
  /** Per locale, which English articles stand in there (slugs it lacks), by position in the index. */
  const visibleMasks = new Map<Locale, Uint8Array>();
  const visibleIn = (locale: Locale, index: LocaleIndex) => {
    let mask = visibleMasks.get(locale);
    if (!mask) {
      mask = Uint8Array.from(index.docs, (d) => (visible(d, locale) ? 1 : 0));
      visibleMasks.set(locale, mask);
    }
    return mask;
  };
  // Locales holding articles in both Chinese scripts: only there does the query's script matter.
  const mixedScripts = new Set<Locale>();
  const scriptsSeen = new Map<Locale, Set<HanScript>>();
  for (const d of records) {
    if (!d.script) continue;
    const seen = scriptsSeen.get(d.locale) ?? new Set<HanScript>();
    scriptsSeen.set(d.locale, seen.add(d.script));
    if (seen.size > 1) mixedScripts.add(d.locale);
  }
  /** The script to prefer for a query, where the locale mixes both. */
  const scriptFor = (q: string, locale: Locale): HanScript | undefined =>
    mixedScripts.has(locale) ? (hanScript(q) ?? searchText(locale).hanScript) : undefined;
  const otherScript = (script: HanScript) => (d: DocRecord) =>
    d.script && d.script !== script ? OTHER_SCRIPT_WEIGHT : 1;

  /**
   * Own-locale results plus English ones for slugs the locale lacks, best `limit` first; `total`
   * counts both. Articles under the floor are not even scored, unless fewer than FLOOR_KEEPS make
   * it: then both are run again in full to make up the first five.
   */
  type Run = (index: LocaleIndex, options: RunOptions, foreign: boolean) => RankedSet;
  function query(
    locale: Locale,
    run: Run,
    limit: number,
    { category, script }: { category?: string; script?: HanScript } = {},
  ): { page: Scored[]; total: number } {
    if (!fallbackNeeded.has(locale)) fallbackNeeded.set(locale, locale !== FALLBACK_LOCALE && needsFallback(locale));
    const own = indexes.get(locale);
    const english = fallbackNeeded.get(locale) ? indexes.get(FALLBACK_LOCALE) : undefined;
    const inCategory = category ? (d: DocRecord) => d.category === category : undefined;
    const both = (floor: number) => ({
      a: own
        ? run(
            own,
            {
              ...(inCategory ? { filter: inCategory } : {}),
              ...(script ? { weight: otherScript(script) } : {}),
              floor,
            },
            false,
          )
        : undefined,
      b: english
        ? run(
            english,
            { allowed: visibleIn(locale, english), ...(category ? { filter: inCategory } : {}), floor },
            true,
          )
        : undefined,
    });
    let { a, b } = both(RELATIVE_FLOOR);
    const cut = () => {
      const best = Math.max(a?.best ?? 0, (b?.best ?? 0) * FALLBACK_WEIGHT);
      return [
        a?.countAtLeast(best * RELATIVE_FLOOR) ?? 0,
        b?.countAtLeast(best * RELATIVE_FLOOR, FALLBACK_WEIGHT) ?? 0,
      ];
    };
    let [aLen, bLen] = cut();
    if (aLen! + bLen! < FLOOR_KEEPS && (a?.pruned || b?.pruned)) {
      ({ a, b } = both(0));
      [aLen, bLen] = cut();
    }
    const keep = Math.max(limit, FLOOR_KEEPS);
    const aTop = a?.top(keep) ?? [];
    const bTop = b?.top(keep) ?? [];
    // Make up the first five from what the floor cut, best first.
    while (aLen! + bLen! < FLOOR_KEEPS && (aLen! < aTop.length || bLen! < bTop.length)) {
      if (bLen! >= bTop.length || (aLen! < aTop.length && aTop[aLen!]!.score >= bTop[bLen!]!.score * FALLBACK_WEIGHT))
        aLen!++;
      else bLen!++;
    }
    const page: Scored[] = [];
    for (let i = 0, j = 0; page.length < limit && (i < aLen! || j < bLen!); ) {
      const fromOwn = j >= bLen! || (i < aLen! && aTop[i]!.score >= bTop[j]!.score * FALLBACK_WEIGHT);
      const r = fromOwn ? aTop[i++]! : bTop[j++]!;
      page.push({
        doc: r.doc,
        score: fromOwn ? r.score : r.score * FALLBACK_WEIGHT,
        terms: r.terms,
        fallback: !fromOwn,
      });
    }
    return { page, total: aLen! + bLen! };
  }

  const categoryCounts = new Map<Locale, { category: string; count: number }[]>();

  return {
    search(q, { locale, category, limit = 10 }) {
      const n = Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit)));
      const { page, total } = query(
        locale,
        (index, options, foreign) => runPlan(planQuery(q, index, { foreign, complete: true }), index, options),
        n,
        { category, script: scriptFor(q, locale) },
      );
      const results = page.map(
        ({ doc, score, terms, fallback }): SearchHit => ({
          id: doc.id,
          slug: doc.slug,
          locale: doc.locale,
          question: doc.question,
          snippet: makeSnippet(doc.text, new Set(terms), doc.locale),
          category: doc.category,
          score: Math.round(score * 1000) / 1000,
          ...(fallback ? { fallbackFrom: FALLBACK_LOCALE } : {}),
        }),
      );
      return { results, total };
    },

    suggest(q, { locale, limit = 5 }) {
      // The search itself, with the last word completed as it is being typed: whatever the search
      // would find (answers, tags, typos, the other script) is suggested, best first.
      const { page } = query(
        locale,
        (index, options, foreign) =>
          runPlan(planQuery(q, index, { foreign, complete: true, typing: true }), index, options),
        limit * 2,
        { script: scriptFor(q, locale) },
      );
      const seen = new Set<string>();
      const out: Suggestion[] = [];
      for (const { doc } of page) {
        if (out.length >= limit) break;
        if (seen.has(doc.slug) || seen.has(doc.question)) continue;
        seen.add(doc.slug).add(doc.question);
        out.push({ question: doc.question, slug: doc.slug, locale: doc.locale });
      }
      return out;
    },

    categories(locale) {
      let counts = categoryCounts.get(locale);
      if (!counts) {
        const byCategory = new Map<string, number>();
        for (const doc of docs.values()) {
          if (visible(doc, locale)) byCategory.set(doc.category, (byCategory.get(doc.category) ?? 0) + 1);
        }
        counts = [...byCategory].map(([category, count]) => ({ category, count }));
        counts.sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
        categoryCounts.set(locale, counts);
      }
      return counts.map((c) => ({ ...c }));
    },

    snapshot() {
      snapshot ??= writeSnapshot(records, raw);
      return snapshot;
    },
  };
}

/**
 * Builds a search engine over published articles. Rebuild on publish and store `snapshot()` so
 * that a cold start can `loadSearchEngine` instead. Synonyms are applied at query time: changing them
 * needs no rebuild.
 *
 * @example buildSearchEngine(articles).search('refund', { locale: 'de' })
 */
export function buildSearchEngine(articles: SearchableArticle[], synonyms: Synonyms = defaultSynonyms): SearchEngine {
  const { docs, indexes } = buildIndexes(articles);
  return createEngine(docs, indexes, synonyms);
}

/** Restores an engine from `snapshot()` bytes, without re-tokenising any article. */
export function loadSearchEngine(snapshot: Uint8Array, synonyms: Synonyms = defaultSynonyms): SearchEngine {
  const { docs, indexes } = readSnapshot(snapshot);
  return createEngine(docs, indexes, synonyms, snapshot);
}
