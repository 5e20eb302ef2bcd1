import { LOCALES, type Locale } from '../../../../locales/registry';
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { searchText } from '../../../../locales/packs';
import { splitCompound } from '../../../text/compound.js';
import { HAN, type HanScript, hanScript } from '../../../text/han.js';
import { markdownToText } from './markdown.js';
import { tokenise } from './tokenise.js';
import type { SearchableArticle } from './types.js';

/** What the engine keeps per article: enough to filter, rank and show a hit. */
export interface DocRecord {
  id: string;
  slug: string;
  locale: Locale;
  question: string;
  category: string;
  /** The answer as plain text, for snippets. */
  text: string;
  /** Chinese articles: the script they are written in, when it tells (see `hanScript`). */
  script?: HanScript;
}

/** The serialised engine: article records plus one MiniSearch index per locale. */
export interface Snapshot {
  format: 'faq-search';
  version: 1;
  docs: DocRecord[];
  indexes: Partial<Record<Locale, AsPlainObject>>;
}

/** One locale's MiniSearch index and its vocabulary: term -> postings (documents x fields). */
export interface RawIndex {
  ms: MiniSearch;
  vocab: Map<string, number>;
}

interface IndexDoc {
  id: string;
  q: string;
  t: string;
  a: string;
}

// Documents arrive already tokenised (each locale has its own analyser), so MiniSearch only
// splits on the spaces we joined them with. Loading must pass the same options.
const MINISEARCH_OPTIONS: Options<IndexDoc> = {
  idField: 'id',
  fields: ['q', 't', 'a'],
  storeFields: [],
  tokenize: (text) => text.split(' '),
  processTerm: (term) => term || null,
  autoVacuum: false,
};

/** Keeps one article per (slug, locale): the most recently updated. */
function latestPerSlug(articles: SearchableArticle[]): SearchableArticle[] {
  const byKey = new Map<string, SearchableArticle>();
  for (const a of articles) {
    const key = `${a.locale}\u0000${a.slug}`;
    const prev = byKey.get(key);
    if (!prev || prev.updatedAt <= a.updatedAt) byKey.set(key, a);
  }
  return [...byKey.values()];
}

/** Builds the per-locale indexes and returns them with the vocabulary of each. */
export function buildIndexes(articles: SearchableArticle[]): {
  docs: DocRecord[];
  indexes: Map<Locale, RawIndex>;
} {
  const docs: DocRecord[] = [];
  const indexes = new Map<Locale, RawIndex>();
  const byLocale = new Map<Locale, SearchableArticle[]>();
  for (const a of latestPerSlug(articles)) {
    if (!LOCALES.includes(a.locale)) continue;
    const list = byLocale.get(a.locale);
    if (list) list.push(a);
    else byLocale.set(a.locale, [a]);
  }
  for (const [locale, list] of byLocale) {
    const ms = new MiniSearch<IndexDoc>(MINISEARCH_OPTIONS);
    const vocab = new Map<string, number>();
    const tokenised = list.map((a) => {
      const text = markdownToText(a.answer).normalize('NFC');
      const script = HAN.test(a.question) ? hanScript(`${a.question} ${text}`) : undefined;
      docs.push({
        id: a.id,
        slug: a.slug,
        locale,
        question: a.question,
        category: a.category,
        text,
        ...(script ? { script } : {}),
      });
      return {
        id: a.id,
        fields: [tokenise(a.question, locale), a.tags.flatMap((tag) => tokenise(tag, locale)), tokenise(text, locale)],
      };
    });
    if (searchText(locale).compounds) addCompoundParts(tokenised, locale);
    const indexDocs = tokenised.map(({ id, fields }) => {
      for (const terms of fields) for (const term of new Set(terms)) vocab.set(term, (vocab.get(term) ?? 0) + 1);
      const [q, t, ans] = fields.map((terms) => terms.join(' '));
      return { id, q: q!, t: t!, a: ans! };
    });
    ms.addAll(indexDocs);
    indexes.set(locale, { ms, vocab });
  }
  return { docs, indexes };
}

/**
 * Indexes each compound also under its parts, split against the words of the locale's own
 * articles ("Kopfschmerzen" also as "kopf" and "schmerz"), so a question that says "Schmerzen im
 * Kopf" finds the article that says "Kopfschmerzen", and the other way round.
 */
function addCompoundParts(docs: Array<{ fields: string[][] }>, locale: Locale): void {
  const known = new Set<string>();
  for (const { fields } of docs) for (const terms of fields) for (const t of terms) known.add(t);
  const has = (t: string) => known.has(t);
  const parts = new Map<string, string[] | undefined>();
  for (const { fields } of docs) {
    for (const terms of fields) {
      const extra: string[] = [];
      for (const t of terms) {
        if (t.length < 7 || t.includes('_')) continue;
        if (!parts.has(t)) parts.set(t, splitCompound(t, locale, has));
        const split = parts.get(t);
        if (split) extra.push(...split);
      }
      terms.push(...extra);
    }
  }
}

/** Restores indexes from a snapshot; the vocabulary comes from the serialised term list. */
export function loadIndexes(snapshot: Snapshot): Map<Locale, RawIndex> {
  const indexes = new Map<Locale, RawIndex>();
  for (const locale of LOCALES) {
    const js = snapshot.indexes[locale];
    if (!js) continue;
    const ms = MiniSearch.loadJS<IndexDoc>(js, MINISEARCH_OPTIONS);
    const vocab = new Map<string, number>();
    for (const [term, fields] of js.index) {
      let postings = 0;
      for (const field in fields) postings += Object.keys(fields[field]!).length;
      vocab.set(term, postings);
    }
    indexes.set(locale, { ms, vocab });
  }
  return indexes;
}

/** Checks the shape of a snapshot before trusting it. */
export function isSnapshot(value: unknown): value is Snapshot {
  const s = value as Partial<Snapshot> | null;
  return !!s && s.format === 'faq-search' && s.version === 1 && Array.isArray(s.docs) && typeof s.indexes === 'object';
}
