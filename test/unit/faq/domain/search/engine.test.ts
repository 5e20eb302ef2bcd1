import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { syntheticArticles } from '../../../../../bench/search.js';
import { buildIndexes, readSnapshot, writeSnapshot } from '../../../../../functions/faq/domain/search/indexer.js';
import {
  buildSearchEngine,
  loadSearchEngine,
  type Locale,
  type SearchableArticle,
} from '../../../../../functions/faq/domain/search/index.js';

let n = 0;
const article = (
  slug: string,
  locale: Locale,
  question: string,
  answer: string,
  extra: Partial<SearchableArticle> = {},
): SearchableArticle => ({
  id: `a${++n}`,
  slug,
  locale,
  question,
  answer,
  category: 'orders',
  tags: [],
  updatedAt: '2026-01-01T00:00:00Z',
  ...extra,
});

const articles: SearchableArticle[] = [
  article('refund', 'en', 'When will I get my refund?', 'Refunds reach your card within **5 days**.', {
    category: 'returns-refunds',
    tags: ['money back'],
  }),
  article('refund', 'de', 'Wann bekomme ich mein Geld zurück?', 'Die Rückerstattung dauert 5 Tage.', {
    category: 'returns-refunds',
  }),
  article('refund', 'vi', 'Khi nào tôi nhận được tiền hoàn?', 'Chúng tôi hoàn tiền trong 5 ngày.', {
    category: 'returns-refunds',
  }),
  article('refund', 'zh', '退款什麼時候到帳？', '退款會在 5 天內退回原付款方式。', { category: 'returns-refunds' }),
  article('return', 'en', 'How do I return an item?', 'Start a return in your account and print the label.', {
    category: 'returns-refunds',
  }),
  article('return', 'de', 'Wie sende ich einen Artikel zurück?', 'Die Rückgabe starten Sie im Kundenkonto.', {
    category: 'returns-refunds',
  }),
  article('return', 'vi', 'Làm thế nào để đổi trả hàng?', 'Bạn có thể đổi trả hàng trong 30 ngày.', {
    category: 'returns-refunds',
  }),
  article('return', 'zh', '如何申请退货？', '在账户中申请退货并打印标签。', { category: 'returns-refunds' }),
  article(
    'shipping',
    'en',
    'How long does shipping take?',
    'Parcels arrive in 3-5 days. You can track your order online.',
    { category: 'shipping' },
  ),
  article('shipping', 'de', 'Wie lange dauert der Versand?', 'Pakete kommen in 3-5 Tagen an.', {
    category: 'shipping',
  }),
  article('invoice', 'en', 'Where is my invoice?', 'Download the invoice from your orders page.', {
    category: 'payment',
  }),
  article('cancel', 'en', 'Can I cancel my order?', 'Cancel while the order is processing.', { category: 'orders' }),
  article(
    'tracking',
    'en',
    'Tracking details',
    'To track a parcel, open the order. Questions about returns: see the return page.',
    { category: 'orders' },
  ),
];
const engine = buildSearchEngine(articles);
const slugs = (q: string, locale: Locale, category?: string) =>
  engine.search(q, { locale, category }).results.map((r) => r.slug);

describe('Function: buildSearchEngine', () => {
  describe('search', () => {
    it('should rank an exact match above fuzzy neighbours', () => {
      // Prepare: "cancel" exists; "cancl" is one edit away from it
      const exact = slugs('cancel', 'en');
      // Act
      const typo = slugs('cancl', 'en');
      // Assess
      expect(exact[0]).toBe('cancel');
      expect(typo[0]).toBe('cancel');
      expect(engine.search('cancel', { locale: 'en' }).results[0]!.score).toBeGreaterThan(
        engine.search('cancl', { locale: 'en' }).results[0]!.score,
      );
    });

    it('should find a word with two letters swapped', () => {
      // Prepare / Act
      const results = slugs('reufnd', 'en');
      // Assess
      expect(results[0]).toBe('refund');
    });

    it('should rank a question match above an answer-only match', () => {
      // Prepare: "return" is in the question of `return` and only in the answer of `tracking`
      // Act
      const results = slugs('return', 'en');
      // Assess
      expect(results.indexOf('return')).toBeLessThan(results.indexOf('tracking'));
    });

    it('should find articles through synonyms', () => {
      // Prepare / Act
      const results = engine.search('reimbursement', { locale: 'en' }).results;
      // Assess
      expect(results[0]?.slug).toBe('refund');
    });

    it('should use synonyms passed in instead of the defaults', () => {
      // Prepare
      const custom = buildSearchEngine(articles, { en: [['dosh', 'refund']] });
      // Act / Assess
      expect(custom.search('dosh', { locale: 'en' }).results[0]?.slug).toBe('refund');
      expect(custom.search('reimbursement', { locale: 'en' }).total).toBe(0);
    });

    it('should match German with umlauts, transliterated or plain vowels', () => {
      // Prepare / Act
      const results = ['Rückgabe', 'Rueckgabe', 'Ruckgabe'].map((q) => slugs(q, 'de')[0]);
      // Assess
      expect(results).toEqual(['return', 'return', 'return']);
    });

    it('should match Vietnamese typed without diacritics', () => {
      // Prepare / Act
      const results = slugs('doi tra hang', 'vi');
      // Assess
      expect(results[0]).toBe('return');
    });

    it('should find a Traditional Chinese article with a Simplified query and the reverse', () => {
      // Prepare / Act
      const simplifiedQuery = slugs('退款什么时候到账', 'zh');
      const traditionalQuery = slugs('如何申請退貨', 'zh');
      // Assess
      expect(simplifiedQuery[0]).toBe('refund');
      expect(traditionalQuery[0]).toBe('return');
    });

    it('should not count synonyms of a word as more words matched', () => {
      // Prepare: the damaged-item answer says "send back" (a synonym of "return") and "item" often
      const shop = buildSearchEngine([
        article('return', 'en', 'How do I return an item?', 'Choose Return items in your orders and print the label.'),
        article(
          'damaged',
          'en',
          'I received a damaged item',
          'Take photos of the item. For an item under 20 euros you need not send it back; we return the money.',
        ),
      ]);
      // Act
      const results = shop.search('return an item', { locale: 'en' }).results;
      // Assess
      expect(results[0]?.slug).toBe('return');
    });

    it('should cut the tail of weak matches after the first five', () => {
      // Prepare: ten articles mention an item in passing, one is about returning it
      const many = buildSearchEngine([
        article('return', 'en', 'How do I return an item?', 'Start a return in your orders within 30 days.'),
        ...Array.from({ length: 10 }, (_, i) =>
          article(
            `other-${i}`,
            'en',
            `Question number ${i} about topic ${i}`,
            `Some text ${i} that names an item once among many other words here.`,
          ),
        ),
      ]);
      // Act
      const { results, total } = many.search('return an item', { locale: 'en', limit: 20 });
      // Assess
      expect(results[0]?.slug).toBe('return');
      expect(total).toBe(5);
      expect(results).toHaveLength(5);
    });

    it('should rank the article in the query script before its twin in the other script', () => {
      // Prepare
      const twins = buildSearchEngine([
        article('cancel', 'zh', '可以取消訂單嗎？', '訂單尚未出貨前，可在我的訂單中自行取消。'),
        article('cancel-hans', 'zh', '可以取消订单吗？', '订单尚未出货前，可在我的订单中自行取消。'),
      ]);
      const first = (q: string) => twins.search(q, { locale: 'zh' }).results[0]?.slug;
      // Act / Assess: each script prefers its own; a query that could be either prefers Traditional
      expect(first('我想取消訂單')).toBe('cancel');
      expect(first('我想取消订单')).toBe('cancel-hans');
      expect(first('取消')).toBe('cancel');
    });

    it('should return the English article marked as a fallback when the locale has none', () => {
      // Prepare / Act
      const results = engine.search('invoice', { locale: 'de' }).results;
      // Assess
      expect(results[0]).toMatchObject({ slug: 'invoice', locale: 'en', fallbackFrom: 'en' });
    });

    it('should not return the English article for a slug the locale has', () => {
      // Prepare / Act
      const results = engine.search('shipping Versand', { locale: 'de' }).results;
      // Assess
      expect(results.filter((r) => r.slug === 'shipping').map((r) => r.locale)).toEqual(['de']);
      expect(results.every((r) => r.locale === 'de' || r.fallbackFrom === 'en')).toBe(true);
    });

    it('should not mark own-locale results as fallbacks', () => {
      // Prepare / Act
      const results = engine.search('refund', { locale: 'en' }).results;
      // Assess
      expect(results.every((r) => r.fallbackFrom === undefined)).toBe(true);
    });

    it('should filter by category', () => {
      // Prepare / Act
      const all = slugs('order', 'en');
      const orders = slugs('order', 'en', 'shipping');
      // Assess
      expect(all.length).toBeGreaterThan(orders.length);
      expect(orders).toEqual(['shipping']);
    });

    it('should honour the limit and report the total', () => {
      // Prepare / Act
      const { results, total } = engine.search('order return refund parcel', { locale: 'en', limit: 2 });
      // Assess
      expect(results).toHaveLength(2);
      expect(total).toBeGreaterThan(2);
    });

    it('should return a highlighted snippet of the answer as plain text', () => {
      // Prepare / Act
      const [hit] = engine.search('refund', { locale: 'en' }).results;
      // Assess
      expect(hit?.snippet).toBe('<mark>Refunds</mark> reach your card within 5 days.');
    });

    it('should return nothing for a query of stopwords only', () => {
      // Prepare / Act / Assess
      expect(engine.search('how do I', { locale: 'en' })).toEqual({ results: [], total: 0 });
    });
  });

  describe('suggest', () => {
    it('should complete a half-typed word to question titles', () => {
      // Prepare / Act
      const suggestions = engine.suggest('how do I canc', { locale: 'en' });
      // Assess
      expect(suggestions[0]).toMatchObject({ question: 'Can I cancel my order?', locale: 'en' });
    });

    it('should suggest English questions for slugs the locale lacks', () => {
      // Prepare / Act
      const suggestions = engine.suggest('invo', { locale: 'vi' });
      // Assess
      expect(suggestions.map((s) => s.question)).toContain('Where is my invoice?');
    });

    it.each([
      ['refnd', 'en', 'refund'],
      ['rucks', 'de', 'return'],
      ['hoan tien', 'vi', 'refund'],
      ['退', 'zh', 'return'],
    ] as const)('should suggest from the whole index, typos and all ("%s", %s)', (q, locale, slug) => {
      // Prepare / Act
      const suggestions = engine.suggest(q, { locale });
      // Assess: the article it opens comes with the question
      expect(suggestions.map((s) => s.slug)).toContain(slug);
    });
  });

  describe('categories', () => {
    it('should count the locale articles plus English fallbacks per category', () => {
      // Prepare / Act
      const de = engine.categories('de');
      // Assess
      expect(de).toEqual([
        { category: 'orders', count: 2 },
        { category: 'returns-refunds', count: 2 },
        { category: 'payment', count: 1 },
        { category: 'shipping', count: 1 },
      ]);
    });
  });

  describe('snapshot and loadSearchEngine', () => {
    it('should give identical results after a round trip through the bytes', () => {
      // Prepare: a copy, as if read back from storage.
      const snapshot = Uint8Array.from(engine.snapshot());
      // Act
      const loaded = loadSearchEngine(snapshot);
      // Assess
      for (const [q, locale] of [
        ['refund', 'en'],
        ['reufnd', 'en'],
        ['Rueckgabe', 'de'],
        ['doi tra hang', 'vi'],
        ['退款', 'zh'],
        ['invoice', 'zh'],
      ] as const) {
        expect(loaded.search(q, { locale })).toEqual(engine.search(q, { locale }));
      }
      expect(loaded.suggest('canc', { locale: 'en' })).toEqual(engine.suggest('canc', { locale: 'en' }));
      expect(loaded.categories('vi')).toEqual(engine.categories('vi'));
    });

    it('should reject something that is not a snapshot', () => {
      // Prepare / Act / Assess
      expect(() => loadSearchEngine(new TextEncoder().encode('{"hello":"world"}'))).toThrow(TypeError);
    });

    it('should refuse a snapshot of another format version, so the caller rebuilds', () => {
      // Prepare: version 4 was one gzip of everything; and a header naming a version not this one.
      const v4 = gzipSync(Buffer.concat([Buffer.from('FAQS', 'latin1'), Buffer.from([4, 0, 0, 0]), Buffer.alloc(8)]));
      const other = Buffer.from(engine.snapshot());
      other.writeUInt32LE(4, 4);
      // Act / Assess
      expect(() => loadSearchEngine(v4)).toThrow(/version/);
      expect(() => loadSearchEngine(other)).toThrow(/version/);
    });

    it('should give every article its own text back, across text chunks', () => {
      // Prepare: about 40 answers per chunk, so several chunks.
      const { docs, indexes } = buildIndexes(syntheticArticles(400));
      // Act
      const read = readSnapshot(Uint8Array.from(writeSnapshot(docs, indexes)));
      // Assess: read out of order, so chunks are inflated in any order.
      expect(read.docs.length).toBe(docs.length);
      for (let i = docs.length - 1; i >= 0; i -= 7) expect(read.docs[i]!.text).toBe(docs[i]!.text);
      expect(read.docs.map((d) => d.text)).toEqual(docs.map((d) => d.text));
      expect(read.docs.map(({ ...d }) => d)).toEqual(docs.map(({ text: _t, ...d }) => d));
    });
  });

  it('should keep only the latest version of a (slug, locale) pair', () => {
    // Prepare
    const older = article('dup', 'en', 'Old question about widgets', 'Old.', { updatedAt: '2025-01-01T00:00:00Z' });
    const newer = article('dup', 'en', 'New question about gadgets', 'New.', { updatedAt: '2026-01-01T00:00:00Z' });
    // Act
    const e = buildSearchEngine([newer, older]);
    // Assess
    expect(e.search('widgets', { locale: 'en' }).total).toBe(0);
    expect(e.search('gadgets', { locale: 'en' }).results[0]?.question).toBe('New question about gadgets');
  });
});
