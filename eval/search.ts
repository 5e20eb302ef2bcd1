/**
 * Search relevance on the labelled set in eval/data/search-set.json: MRR@10 and Recall@5 per
 * locale for our engine and for a default MiniSearch index over the same articles, on the
 * queries as written and with one typo each (as the product owner's acceptance check does).
 * Run: `npx tsx eval/search.ts`.
 *
 * With file arguments it scores acceptance-format sets instead (`{ locale, articles, queries }`, as
 * /work/shared/acceptance/search.mjs imports them): `npx tsx eval/search.ts eval/data/search-fresh/*.json`.
 * Like the live portal, our engine also holds the seed articles (distractors and English fallback;
 * `--no-seed` leaves them out); the baseline indexes only the set's articles, as the probe does.
 * Prints MRR@10, R@1, R@5, plain and with one typo per query. `--misses` lists queries not ranked first.
 */
import MiniSearch from 'minisearch';
import { readFileSync } from 'node:fs';
import { seedArticles } from '../functions/local/seed/faq-articles.js';
import { LOCALES } from '../locales/registry';
import { buildSearchEngine, type Locale, type SearchableArticle } from '../functions/faq/domain/search/index.js';
import { typo } from './typo.js';

interface LabelledQuery {
  q: string;
  relevant: string[];
}
interface SearchSet {
  articles: Array<Omit<SearchableArticle, 'id' | 'updatedAt'> & { status: string }>;
  queries: Record<Locale, LabelledQuery[]>;
}

export { typo };

const rankOf = (slugs: string[], relevant: string[]) => {
  const i = slugs.findIndex((s) => relevant.includes(s));
  return i < 0 ? Infinity : i + 1;
};
const score = (ranks: number[]) => ({
  mrr10: round(ranks.reduce((a, r) => a + (r <= 10 ? 1 / r : 0), 0) / ranks.length),
  r1: round(ranks.filter((r) => r <= 1).length / ranks.length),
  r5: round(ranks.filter((r) => r <= 5).length / ranks.length),
});
const round = (x: number) => Math.round(x * 1000) / 1000;

function seedSetReport(): void {
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
    const ours = (q: string, rel: string[]) =>
      rankOf(
        engine.search(q, { locale, limit: 10 }).results.map((r) => r.slug),
        rel,
      );
    const base = (q: string, rel: string[]) =>
      rankOf(
        ms
          .search(q)
          .slice(0, 10)
          .map((r) => r.id as string),
        rel,
      );
    const ranks = {
      ours: queries.map(({ q, relevant }) => ours(q, relevant)),
      oursTypo: queries.map(({ q, relevant }) => ours(typo(q), relevant)),
      base: queries.map(({ q, relevant }) => base(q, relevant)),
      baseTypo: queries.map(({ q, relevant }) => base(typo(q), relevant)),
    };
    for (const k of Object.keys(all) as (keyof typeof all)[]) all[k].push(...ranks[k]);
    report[locale] = {
      queries: queries.length,
      ours: score(ranks.ours),
      oursTypo: score(ranks.oursTypo),
      minisearch: score(ranks.base),
      minisearchTypo: score(ranks.baseTypo),
    };
    if (process.argv.includes('--misses')) {
      queries.forEach(({ q, relevant }, i) => {
        if (ranks.ours[i]! > 1)
          console.error(
            `${locale} rank ${ranks.ours[i]} "${q}" -> want ${relevant.join(',')}, got ${engine
              .search(q, { locale, limit: 3 })
              .results.map((r) => r.slug)
              .join(',')}`,
          );
      });
    }
  }
  report.overall = {
    queries: all.ours.length,
    ours: score(all.ours),
    oursTypo: score(all.oursTypo),
    minisearch: score(all.base),
    minisearchTypo: score(all.baseTypo),
  };
  console.log(JSON.stringify(report, null, 1));
}

interface AcceptanceSet {
  locale: Locale;
  articles: Array<Omit<SearchableArticle, 'id' | 'updatedAt' | 'locale'> & { locale?: Locale; status?: string }>;
  queries: LabelledQuery[];
}

/** Scores acceptance-format sets, one report per file plus the pooled figures. */
function acceptanceReport(files: string[], withSeed: boolean): void {
  const report: Record<string, unknown> = {};
  const all = { ours: [] as number[], oursTypo: [] as number[], base: [] as number[], baseTypo: [] as number[] };
  for (const file of files) {
    const set = JSON.parse(readFileSync(file, 'utf8')) as AcceptanceSet;
    const locale = set.locale;
    const own: SearchableArticle[] = set.articles
      .filter((a) => (a.status ?? 'published') === 'published')
      .map((a) => ({
        ...a,
        locale: a.locale ?? locale,
        id: `${a.slug}:${a.locale ?? locale}`,
        updatedAt: '2026-02-01T00:00:00Z',
      }));
    const seed: SearchableArticle[] = withSeed
      ? seedArticles.map((a) => ({ ...a, id: `${a.slug}:${a.locale}`, updatedAt: '2026-01-01T00:00:00Z' }))
      : [];
    const engine = buildSearchEngine([...seed, ...own]);
    const ms = new MiniSearch({ fields: ['question', 'answer'], storeFields: ['slug'], idField: 'slug' });
    ms.addAll(set.articles);
    const ours = (q: string, rel: string[]) =>
      rankOf(
        engine.search(q, { locale, limit: 10 }).results.map((r) => r.slug),
        rel,
      );
    const base = (q: string, rel: string[]) =>
      rankOf(
        ms
          .search(q)
          .slice(0, 10)
          .map((r) => r.id as string),
        rel,
      );
    const ranks = {
      ours: set.queries.map(({ q, relevant }) => ours(q, relevant)),
      oursTypo: set.queries.map(({ q, relevant }) => ours(typo(q), relevant)),
      base: set.queries.map(({ q, relevant }) => base(q, relevant)),
      baseTypo: set.queries.map(({ q, relevant }) => base(typo(q), relevant)),
    };
    for (const k of Object.keys(all) as (keyof typeof all)[]) all[k].push(...ranks[k]);
    report[file.split('/').pop()!] = {
      locale,
      articles: own.length,
      queries: set.queries.length,
      ours: score(ranks.ours),
      oursTypo: score(ranks.oursTypo),
      minisearch: score(ranks.base),
      minisearchTypo: score(ranks.baseTypo),
    };
    if (process.argv.includes('--misses')) {
      set.queries.forEach(({ q, relevant }, i) => {
        for (const [kind, text, rank] of [
          ['', q, ranks.ours[i]!],
          [' typo', typo(q), ranks.oursTypo[i]!],
        ] as const) {
          if (rank > 1)
            console.error(
              `${locale}${kind} rank ${rank} "${text}" -> want ${relevant.join(',')}, got ${engine
                .search(text, { locale, limit: 3 })
                .results.map((r) => r.slug)
                .join(',')}`,
            );
        }
      });
    }
  }
  report.overall = {
    queries: all.ours.length,
    ours: score(all.ours),
    oursTypo: score(all.oursTypo),
    minisearch: score(all.base),
    minisearchTypo: score(all.baseTypo),
  };
  if (process.argv.includes('--table')) {
    const f = (x: { mrr10: number; r1: number; r5: number }) =>
      `${x.mrr10.toFixed(3)} ${x.r1.toFixed(3)} ${x.r5.toFixed(3)}`;
    console.log('set            ours(MRR R1 R5)    typo               minisearch         minisearch typo');
    for (const [name, r] of Object.entries(report) as [
      string,
      Record<string, { mrr10: number; r1: number; r5: number }>,
    ][]) {
      console.log(`${name.padEnd(14)} ${f(r.ours!)}  ${f(r.oursTypo!)}  ${f(r.minisearch!)}  ${f(r.minisearchTypo!)}`);
    }
  } else console.log(JSON.stringify(report, null, 1));
}

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (files.length) acceptanceReport(files, !process.argv.includes('--no-seed'));
else seedSetReport();
