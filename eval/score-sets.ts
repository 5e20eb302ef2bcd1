/**
 * Compact scorer for tuning: MRR@10 (and typo MRR) per acceptance-format file, our engine only,
 * the set's articles only (as the live probe). Run: `npx tsx eval/score-sets.ts eval/data/search-*-tune.json`.
 */
import { readFileSync } from 'node:fs';
import { buildSearchEngine, type Locale, type SearchableArticle } from '../functions/faq/domain/search/index.js';
import { typo } from './typo.js';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const out: string[] = [];
let sum = 0;
for (const file of files) {
  const set = JSON.parse(readFileSync(file, 'utf8')) as {
    locale: Locale;
    articles: Omit<SearchableArticle, 'id' | 'updatedAt'>[];
    queries: { q: string; relevant: string[] }[];
  };
  const engine = buildSearchEngine(
    set.articles.map((a) => ({ ...a, id: `${a.slug}:${a.locale}`, updatedAt: '2026-01-01T00:00:00Z' })),
  );
  const mrr = (qs: string[]) =>
    qs.reduce((acc, q, i) => {
      const slugs = engine.search(q, { locale: set.locale, limit: 10 }).results.map((r) => r.slug);
      const rank = slugs.findIndex((s) => set.queries[i]!.relevant.includes(s));
      return acc + (rank < 0 ? 0 : 1 / (rank + 1));
    }, 0) / qs.length;
  const plain = mrr(set.queries.map((x) => x.q));
  const typoed = mrr(set.queries.map((x) => typo(x.q)));
  sum += plain;
  out.push(
    `${file
      .split('/')
      .pop()!
      .replace(/^search-|\.json$/g, '')
      .padEnd(20)} ${plain.toFixed(3)} typo ${typoed.toFixed(3)}`,
  );
}
console.log(out.join('\n'));
console.log(`mean ${(sum / files.length).toFixed(3)}`);
