import { describe, expect, it } from 'vitest';
import {
  buildSearchEngine,
  type SearchableArticle,
  type SearchEngine,
  withResultCache,
} from '../../../../../functions/faq/domain/search/index.js';

const article = (slug: string, question: string, answer: string, category = 'orders'): SearchableArticle => ({
  id: `${slug}#en`,
  slug,
  locale: 'en',
  question,
  answer,
  category,
  tags: [],
  updatedAt: '2026-01-01T00:00:00Z',
});

const articles = [
  article('return-item', 'How do I return an item?', 'Open the order and choose **Return**.', 'returns'),
  article('track-order', 'How can I track my order?', 'Follow the tracking link in the shipping email.'),
  article('cancel-order', 'Can I cancel my order?', 'Orders can be cancelled until they ship.'),
];

/** The engine, counting how often each method really ran. */
function counted(engine: SearchEngine) {
  const calls = { search: 0, suggest: 0 };
  const spy: SearchEngine = {
    search(q, o) {
      calls.search++;
      return engine.search(q, o);
    },
    suggest(q, o) {
      calls.suggest++;
      return engine.suggest(q, o);
    },
    categories: (l) => engine.categories(l),
    snapshot: () => engine.snapshot(),
  };
  return { spy, calls };
}

describe('FAQ search: answers remembered per engine', () => {
  it('should answer a repeated search from memory, exactly as the engine did', () => {
    // Prepare
    const plain = buildSearchEngine(articles);
    const { spy, calls } = counted(plain);
    const engine = withResultCache(spy);

    // Act
    const first = engine.search('return an item', { locale: 'en' });
    const again = engine.search('return an item', { locale: 'en' });

    // Assert
    expect(first).toEqual(plain.search('return an item', { locale: 'en' }));
    expect(first.results[0]?.slug).toBe('return-item');
    expect(again).toBe(first);
    expect(calls.search).toBe(1);
  });

  it('should keep searches with other words, locale, category or limit apart', () => {
    // Prepare
    const { spy, calls } = counted(buildSearchEngine(articles));
    const engine = withResultCache(spy);

    // Act
    const all = engine.search('order', { locale: 'en' });
    const one = engine.search('order', { locale: 'en', limit: 1 });
    const returns = engine.search('order', { locale: 'en', category: 'returns' });
    const german = engine.search('order', { locale: 'de' });
    engine.search('orders', { locale: 'en' });

    // Assert
    expect(calls.search).toBe(5);
    expect(one.results).toHaveLength(1);
    expect(all.results.length).toBeGreaterThan(1);
    expect(returns.results.every((r) => r.category === 'returns')).toBe(true);
    expect(german).not.toBe(all);
  });

  it('should remember suggestions apart from searches', () => {
    // Prepare
    const { spy, calls } = counted(buildSearchEngine(articles));
    const engine = withResultCache(spy);

    // Act
    const first = engine.suggest('trac', { locale: 'en' });
    const again = engine.suggest('trac', { locale: 'en' });
    engine.search('trac', { locale: 'en' });

    // Assert
    expect(first[0]?.slug).toBe('track-order');
    expect(again).toBe(first);
    expect(calls).toEqual({ search: 1, suggest: 1 });
  });

  it('should forget the least recently used search once full', () => {
    // Prepare: room for two; "track" is used again before "cancel" comes in.
    const { spy, calls } = counted(buildSearchEngine(articles));
    const engine = withResultCache(spy, 2);
    engine.search('return', { locale: 'en' });
    engine.search('track', { locale: 'en' });
    engine.search('return', { locale: 'en' });

    // Act
    engine.search('cancel', { locale: 'en' });
    engine.search('return', { locale: 'en' });
    const afterReturn = calls.search;
    engine.search('track', { locale: 'en' });

    // Assert: "return" stayed (used last; first in would have gone first), "track" was let go.
    expect(afterReturn).toBe(3);
    expect(calls.search).toBe(4);
  });

  it('should hand out answers nobody can change for the next caller', () => {
    // Prepare
    const engine = withResultCache(buildSearchEngine(articles));
    const found = engine.search('return', { locale: 'en' });

    // Act
    const change = () => {
      (found.results[0] as { question: string }).question = 'changed';
    };
    const add = () => (found.results as unknown[]).push({});

    // Assert
    expect(change).toThrow(TypeError);
    expect(add).toThrow(TypeError);
    expect(engine.search('return', { locale: 'en' }).results[0]?.question).toBe('How do I return an item?');
  });
});
