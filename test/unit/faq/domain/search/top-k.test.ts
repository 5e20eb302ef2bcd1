import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { typo } from '../../../../../eval/typo.js';
import { buildCompactIndex, impactOf, maxImpactOf } from '../../../../../functions/faq/domain/search/compact-index.js';
import { defaultSynonyms } from '../../../../../functions/faq/domain/search/default-synonyms.js';
import { buildIndexes, type DocRecord } from '../../../../../functions/faq/domain/search/indexer.js';
import { type LocaleIndex, planQuery, runPlan } from '../../../../../functions/faq/domain/search/query.js';
import { compileSynonyms } from '../../../../../functions/faq/domain/search/synonyms.js';
import { scoreTopK } from '../../../../../functions/faq/domain/search/top-k.js';
import type { Locale, SearchableArticle } from '../../../../../functions/faq/domain/search/types.js';
import { syntheticArticles } from '../../../../../bench/search.js';
import { seedArticles } from '../../../../../functions/local/seed/faq-articles.js';
import { exhaustive } from './exhaustive.js';

const FLOOR = 0.08;
const BOOSTS = { q: 2, t: 2, a: 1 };
const data = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../../../eval/data/${name}`, import.meta.url), 'utf8'));

interface Case {
  name: string;
  articles: SearchableArticle[];
  queries: Array<{ q: string; locale: Locale }>;
}

const published = (articles: Array<Record<string, unknown>>, locale?: Locale): SearchableArticle[] =>
  articles
    .filter((a) => (a.status ?? 'published') === 'published')
    .map((a) => ({
      ...(a as unknown as SearchableArticle),
      locale: (a.locale as Locale | undefined) ?? locale!,
      id: `${a.slug}:${a.locale ?? locale}`,
      updatedAt: '2026-01-01T00:00:00Z',
    }));

function cases(): Case[] {
  const set = data('search-set.json');
  const out: Case[] = [
    {
      name: 'search-set',
      articles: published(set.articles),
      queries: Object.entries(set.queries as Record<Locale, Array<{ q: string }>>).flatMap(([locale, qs]) =>
        qs.map(({ q }) => ({ q, locale: locale as Locale })),
      ),
    },
  ];
  // The bench's recombined articles: near twins everywhere, so ties must break as they always did.
  out.push({
    name: 'synthetic',
    articles: syntheticArticles(3000),
    queries: out[0]!.queries.filter((_, i) => i % 3 === 0),
  });
  for (const file of ['health-de', 'health-en', 'shop-vi', 'shop-zh', 'tech-en']) {
    const holdout = data(`search-${file}-holdout.json`);
    out.push({
      name: file,
      articles: [...published(seedArticles as never), ...published(holdout.articles, holdout.locale)],
      queries: holdout.queries.map(({ q }: { q: string }) => ({ q, locale: holdout.locale })),
    });
  }
  return out;
}

function localeIndexes(articles: SearchableArticle[]): Map<Locale, LocaleIndex> {
  const out = new Map<Locale, LocaleIndex>();
  for (const [locale, { index, docs, vocab }] of buildIndexes(articles).indexes)
    out.set(locale, { locale, index, docs, vocab, synonyms: compileSynonyms(defaultSynonyms[locale], locale) });
  return out;
}

const view = (hits: Array<{ doc: DocRecord; score: number; terms: string[] }>) =>
  hits.map((h) => ({ id: h.doc.id, score: h.score, terms: [...new Set(h.terms)].sort() }));

describe('Function: runPlan (top-k over impact-sorted postings)', () => {
  for (const { name, articles, queries } of cases()) {
    it(`should rank the ${name} queries as scoring every posting does`, () => {
      // Prepare
      const indexes = localeIndexes(articles);
      const english = indexes.get('en')!;
      let compared = 0;
      let pruned = 0;
      for (const { q: typed, locale } of queries) {
        for (const q of [typed, typo(typed), typed.slice(0, 8)]) {
          const own = indexes.get(locale)!;
          const otherScript = (d: DocRecord) => (d.script && d.script !== 'traditional' ? 0.9 : 1);
          const runs = [
            { index: own, plan: planQuery(q, own, { complete: true }), options: {} },
            { index: own, plan: planQuery(q, own, { complete: true }), options: { weight: otherScript } },
            {
              index: english,
              plan: planQuery(q, english, { foreign: locale !== 'en', complete: true }),
              options: { filter: (d: DocRecord) => d.category !== 'account' },
            },
          ];
          for (const { index, plan, options } of runs) {
            // Act
            const reference = exhaustive(plan, index, options);
            const full = runPlan(plan, index, { ...options, floor: 0 });
            const fullTop = full.top(10);
            const fullSize = full.size;
            const cut = runPlan(plan, index, { ...options, floor: FLOOR });
            const best = reference[0]?.score ?? 0;
            const above = reference.filter((r) => r.score >= best * FLOOR).length;
            // Assess
            expect(view(fullTop)).toEqual(view(reference.slice(0, 10)));
            expect(cut.best).toBe(best);
            expect(cut.countAtLeast(best * FLOOR)).toBe(above);
            expect(view(cut.top(Math.min(10, above)))).toEqual(view(reference.slice(0, Math.min(10, above))));
            compared++;
            if (cut.size < fullSize) pruned++;
          }
        }
      }
      expect(compared).toBeGreaterThan(90);
      // The floor must actually leave articles out somewhere, or this compares nothing new.
      if (name === 'search-set' || name === 'synthetic') expect(pruned).toBeGreaterThan(0);
    });
  }
});

describe('Function: scoreTopK', () => {
  it('should keep its arrays right when a query with few words follows one with many', () => {
    // Prepare: 2,000 documents sharing one word, each with four more of its own kind.
    const docs = Array.from({ length: 2000 }, (_, i) => [
      [`w${i % 7}`, `x${i % 5}`, `y${i % 3}`, `z${i % 2}`, 'all'],
      [],
      [],
    ]);
    const index = buildCompactIndex(docs);
    const q = (term: string) => [{ term, boost: 1, prefix: false, fuzzy: 0 }];
    // Act
    const many = scoreTopK(index, [q('w1'), q('x1'), q('y1'), q('z1'), q('all')], BOOSTS).top(3);
    const few = scoreTopK(index, [q('all')], BOOSTS);
    // Assess
    expect(many).toHaveLength(3);
    expect(few.size).toBe(2000);
    expect(few.countAtLeast(few.best)).toBe(2000);
    expect(() => many.length && scoreTopK(index, [q('w2')], BOOSTS) && few.top(1)).toThrow(/after another query/);
  });
});

describe('Function: buildCompactIndex (impact order)', () => {
  it('should keep every list highest impact first, ties by document, with quantised impacts that never undershoot', () => {
    // Prepare
    const { indexes } = buildIndexes(syntheticArticles(2000));
    let lists = 0;
    for (const { index } of indexes.values()) {
      for (let l = 0; l + 1 < index.offsets.length; l++) {
        const from = index.offsets[l]!;
        const to = index.offsets[l + 1]!;
        if (to - from > 1) lists++;
        for (let p = from; p < to; p++) {
          // Act
          const impact = impactOf(index, l, p);
          // Assess
          expect(maxImpactOf(index, l) * (index.impacts[p]! / 255) * (1 + 1e-12)).toBeGreaterThanOrEqual(impact);
          if (p === from) continue;
          const before = impactOf(index, l, p - 1);
          expect(before).toBeGreaterThanOrEqual(impact);
          if (before === impact) expect(index.docs[p - 1]!).toBeLessThan(index.docs[p]!);
        }
      }
    }
    expect(lists).toBeGreaterThan(1000);
  });
});
