import type { SearchEngine } from './types.js';

/** How many distinct searches (and, apart, suggestions) one engine remembers. */
export const RESULT_CACHE_ENTRIES = 256;

/** A bounded memo, least recently used out first (a Map keeps insertion order). */
function memo<V>(capacity: number) {
  const entries = new Map<string, V>();
  return (key: string, compute: () => V): V => {
    const hit = entries.get(key);
    if (hit !== undefined) {
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const value = compute();
    if (entries.size >= capacity) entries.delete(entries.keys().next().value as string);
    entries.set(key, value);
    return value;
  };
}

/** Frozen all the way down: a shared answer that a caller changed would change it for everyone after. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * The engine with its answers remembered: people ask the same few things over and over ("where is
 * my order", "return"), and an engine is immutable (a new revision builds a new one, which starts
 * empty), so an answer stays right for the engine's whole life. CloudFront keeps repeats from
 * ever reaching a Lambda; this does the same for what does reach one (the chat's FAQ answers, a
 * cold edge, the local server). Answers come back frozen.
 *
 * @example const engine = withResultCache(loadSearchEngine(bytes)); engine.search('return', { locale: 'en' })
 */
export function withResultCache(engine: SearchEngine, capacity = RESULT_CACHE_ENTRIES): SearchEngine {
  const searches = memo<ReturnType<SearchEngine['search']>>(capacity);
  const suggestions = memo<ReturnType<SearchEngine['suggest']>>(capacity);
  // \u0000 cannot occur in a locale, category or number, so keys of different arguments never meet.
  return {
    search: (q, opts) =>
      searches(`${opts.locale}\u0000${opts.category ?? ''}\u0000${opts.limit ?? ''}\u0000${q}`, () =>
        deepFreeze(engine.search(q, opts)),
      ),
    suggest: (q, opts) =>
      suggestions(`${opts.locale}\u0000${opts.limit ?? ''}\u0000${q}`, () => deepFreeze(engine.suggest(q, opts))),
    categories: (locale) => engine.categories(locale),
    snapshot: () => engine.snapshot(),
  };
}
