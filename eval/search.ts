/**
 * Search relevance on the labelled set in eval/data/search-set.json: MRR@10 and Recall@5 per
 * locale for our engine and for a default MiniSearch index over the same articles, on the
 * queries as written and with one typo each (as the product owner's acceptance check does).
 * Run: `npx tsx eval/search.ts`.
 */
import MiniSearch from 'minisearch';
import { readFileSync } from 'node:fs';
import { buildSearchEngine, LOCALES, type Locale, type SearchableArticle } from '../functions/domain/search/index.js';

interface LabelledQuery { q: string; relevant: string[] }
interface SearchSet {
  articles: Array<Omit<SearchableArticle, 'id' | 'updatedAt'> & { status: string }>;
  queries: Record<Locale, LabelledQuery[]>;
}

/** One deterministic typo: swap two inner letters of the longest word of 5+ letters. */
export function typo(q: string): string {
  const words = q.split(/(\s+)/);
  let best = -1;
  words.forEach((w, i) => { if (/^\p{L}{5,}$/u.test(w) && (best < 0 || w.length > words[best]!.length)) best = i; });
  if (best < 0) return q;
  const w = [...words[best]!];
  const k = Math.floor(w.length / 2);
  [w[k - 1], w[k]] = [w[k]!, w[k - 1]!];
  words[best] = w.join('');
  return words.join('');
}

const rankOf = (slugs: string[], relevant: string[]) => {
  const i = slugs.findIndex((s) => relevant.includes(s));
  return i < 0 ? Infinity : i + 1;
};
const score = (ranks: number[]) => ({
  mrr10: round(ranks.reduce((a, r) => a + (r <= 10 ? 1 / r : 0), 0) / ranks.length),
  r5: round(ranks.filter((r) => r <= 5).length / ranks.length),
});
const round = (x: number) => Math.round(x * 1000) / 1000;

const set = JSON.parse(readFileSync(new URL('./data/search-set.json', import.meta.url), 'utf8')) as SearchSet;
const articles: SearchableArticle[] = set.articles
  .filter((a) => a.status === 'published')
  .map((a) => ({ ...a, id: `${a.slug}:${a.locale}`, updatedAt: '2026-01-01T00:00:00Z' }));
const engine = buildSearchEngine(articles);

/** The baseline sees what a locale's reader sees: its own articles plus English for missing slugs. */
function baseline(locale: Locale): MiniSearch {
  const own = new Set(articles.filter((a) => a.locale === locale).map((a) => a.slug));
  const visible = articles.filter((a) => a.locale === locale || (a.locale === 'en' && !own.has(a.slug)));
  const ms = new MiniSearch({ fields: ['question', 'answer'], storeFields: ['slug'], idField: 'slug' });
  ms.addAll(visible);
  return ms;
}

const report: Record<string, unknown> = {};
const all = { ours: [] as number[], oursTypo: [] as number[], base: [] as number[], baseTypo: [] as number[] };
for (const locale of LOCALES) {
  const queries = set.queries[locale] ?? [];
  const ms = baseline(locale);
  const ours = (q: string, rel: string[]) => rankOf(engine.search(q, { locale, limit: 10 }).results.map((r) => r.slug), rel);
  const base = (q: string, rel: string[]) => rankOf(ms.search(q).slice(0, 10).map((r) => r.id as string), rel);
  const ranks = {
    ours: queries.map(({ q, relevant }) => ours(q, relevant)),
    oursTypo: queries.map(({ q, relevant }) => ours(typo(q), relevant)),
    base: queries.map(({ q, relevant }) => base(q, relevant)),
    baseTypo: queries.map(({ q, relevant }) => base(typo(q), relevant)),
  };
  for (const k of Object.keys(all) as (keyof typeof all)[]) all[k].push(...ranks[k]);
  report[locale] = {
    queries: queries.length,
    ours: score(ranks.ours), oursTypo: score(ranks.oursTypo), minisearch: score(ranks.base), minisearchTypo: score(ranks.baseTypo),
  };
  if (process.argv.includes('--misses')) {
    queries.forEach(({ q, relevant }, i) => {
      if (ranks.ours[i]! > 1) console.error(`${locale} rank ${ranks.ours[i]} "${q}" -> want ${relevant.join(',')}, got ${engine.search(q, { locale, limit: 3 }).results.map((r) => r.slug).join(',')}`);
    });
  }
}
report.overall = { queries: all.ours.length, ours: score(all.ours), oursTypo: score(all.oursTypo), minisearch: score(all.base), minisearchTypo: score(all.baseTypo) };
console.log(JSON.stringify(report, null, 1));
