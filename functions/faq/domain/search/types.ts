/** Public types of the FAQ search engine. */
import { DEFAULT_LOCALE, type Locale } from '../../../../locales/registry';

export type { Locale };

/** The locale whose articles stand in when a slug has no translation. */
/** Articles missing in a locale are shown in the default one. */
export const FALLBACK_LOCALE: Locale = DEFAULT_LOCALE;

export interface SearchableArticle {
  id: string;
  slug: string;
  locale: Locale;
  question: string;
  /** Markdown. */
  answer: string;
  category: string;
  tags: string[];
  updatedAt: string;
}

/** Groups of equivalent terms or phrases, per locale. */
export type Synonyms = Partial<Record<Locale, string[][]>>;

export interface SearchHit {
  id: string;
  slug: string;
  locale: Locale;
  question: string;
  /** Plain text around the matched terms, HTML-escaped, matches wrapped in `<mark>`. */
  snippet: string;
  category: string;
  score: number;
  /** Set when the hit stands in for a slug that has no article in the requested locale. */
  fallbackFrom?: Locale;
}

/** A type-ahead suggestion: the question, and the article it opens. */
export interface Suggestion {
  question: string;
  slug: string;
  /** The article's locale (English where the requested locale lacks the slug). */
  locale: Locale;
}

export interface SearchOptions {
  locale: Locale;
  category?: string;
  limit?: number;
}

export interface SearchEngine {
  search(q: string, opts: SearchOptions): { results: SearchHit[]; total: number };
  suggest(q: string, opts: { locale: Locale; limit?: number }): Suggestion[];
  categories(locale: Locale): { category: string; count: number }[];
  /** The engine as bytes (gzipped, a few MB at 10,000 articles); `loadSearchEngine` restores it. */
  snapshot(): Uint8Array;
}
