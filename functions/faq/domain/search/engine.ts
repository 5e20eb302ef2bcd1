import { searchText } from '../../../../locales/packs';
import type { Locale } from '../../../../locales/registry';
import { type HanScript, hanScript } from '../../../text/han.js';
import { defaultSynonyms } from './default-synonyms.js';
import { buildIndexes, type DocRecord, type RawIndex, readSnapshot, writeSnapshot } from './indexer.js';
import { type LocaleIndex, planQuery, type Ranked, runPlan } from './query.js';
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

/** How many of the sorted results score at least `floor` once weighted. */
function above(results: Ranked[], floor: number, weight: number): number {
  let n = results.length;
  while (n > 0 && results[n - 1]!.score * weight < floor) n--;
  return n;
}

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
  const inScript = (results: Ranked[], script: HanScript | undefined): Ranked[] => {
    if (!script) return results;
    for (const r of results) {
      const s = docs.get(r.id as string)?.script;
      if (s && s !== script) r.score *= OTHER_SCRIPT_WEIGHT;
    }
    return results.sort((x, y) => y.score - x.score);
  };

  /**
   * Own-locale results plus English ones for slugs the locale lacks, best `limit` first. Both
   * lists arrive sorted, so only the page is merged; `total` counts both.
   */
  type Run = (index: LocaleIndex, filter: ((r: Ranked) => boolean) | undefined, foreign: boolean) => Ranked[];
  function query(
    locale: Locale,
    run: Run,
    limit: number,
    { category, script }: { category?: string; script?: HanScript } = {},
  ): { page: Scored[]; total: number } {
    if (!fallbackNeeded.has(locale)) fallbackNeeded.set(locale, locale !== FALLBACK_LOCALE && needsFallback(locale));
    const own = indexes.get(locale);
    const english = fallbackNeeded.get(locale) ? indexes.get(FALLBACK_LOCALE) : undefined;
    const inCategory = category ? (r: Ranked) => docs.get(r.id as string)?.category === category : undefined;
    const a = own ? inScript(run(own, inCategory, false), script) : [];
    const b = english
      ? run(
          english,
          (r) => {
            const d = docs.get(r.id as string);
            return !!d && visible(d, locale) && (!category || d.category === category);
          },
          true,
        )
      : [];
    const best = Math.max(a[0]?.score ?? 0, (b[0]?.score ?? 0) * FALLBACK_WEIGHT);
    let aLen = above(a, best * RELATIVE_FLOOR, 1);
    let bLen = above(b, best * RELATIVE_FLOOR, FALLBACK_WEIGHT);
    // Make up the first five from what the floor cut, best first.
    while (aLen + bLen < FLOOR_KEEPS && (aLen < a.length || bLen < b.length)) {
      if (bLen >= b.length || (aLen < a.length && a[aLen]!.score >= b[bLen]!.score * FALLBACK_WEIGHT)) aLen++;
      else bLen++;
    }
    const page: Scored[] = [];
    for (let i = 0, j = 0; page.length < limit && (i < aLen || j < bLen); ) {
      const fromOwn = j >= bLen || (i < aLen && a[i]!.score >= b[j]!.score * FALLBACK_WEIGHT);
      const r = fromOwn ? a[i++]! : b[j++]!;
      page.push({
        doc: docs.get(r.id as string)!,
        score: fromOwn ? r.score : r.score * FALLBACK_WEIGHT,
        terms: r.terms,
        fallback: !fromOwn,
      });
    }
    return { page, total: aLen + bLen };
  }

  const categoryCounts = new Map<Locale, { category: string; count: number }[]>();

  return {
    search(q, { locale, category, limit = 10 }) {
      const n = Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit)));
      const { page, total } = query(
        locale,
        (index, filter, foreign) => runPlan(planQuery(q, index, { foreign, complete: true }), index, { filter }),
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
        (index, filter, foreign) =>
          runPlan(planQuery(q, index, { foreign, complete: true, typing: true }), index, { filter }),
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
