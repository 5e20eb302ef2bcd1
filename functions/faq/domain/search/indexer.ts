import { LOCALES, type Locale } from '../../../../locales/registry';
import { gunzipSync, gzipSync } from 'node:zlib';
import { searchText } from '../../../../locales/packs';
import { splitCompound } from '../../../text/compound.js';
import { HAN, type HanScript, hanScript } from '../../../text/han.js';
import { buildCompactIndex, type CompactIndex, type IndexData, openIndex, postingsOf } from './compact-index.js';
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

/** One locale's index, its articles by position in it, and term -> postings (documents x fields). */
export interface RawIndex {
  index: CompactIndex;
  docs: DocRecord[];
  vocab: Map<string, number>;
}

/**
 * The script of an article: Traditional if its question or answer is, else Simplified if either
 * is. The answer is read lower-cased, as tokenise will read it next, so it is folded only once
 * (case touches no Han character, so the script is the same).
 */
function scriptOf(question: string, text: string): HanScript | undefined {
  const scripts = [hanScript(question), hanScript(text.toLowerCase())];
  return scripts.includes('traditional') ? 'traditional' : scripts.includes('simplified') ? 'simplified' : undefined;
}

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
    const own: DocRecord[] = [];
    // Tags repeat across articles (a few dozen per knowledge base): each is cut once.
    const tagTerms = new Map<string, string[]>();
    const tagged = (tag: string) => {
      let terms = tagTerms.get(tag);
      if (!terms) {
        terms = tokenise(tag, locale);
        tagTerms.set(tag, terms);
      }
      return terms;
    };
    const tokenised = list.map((a) => {
      const text = markdownToText(a.answer).normalize('NFC');
      const script = HAN.test(a.question) ? scriptOf(a.question, text) : undefined;
      own.push({
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
        fields: [tokenise(a.question, locale), a.tags.flatMap(tagged), tokenise(text, locale)],
      };
    });
    if (searchText(locale).compounds) addCompoundParts(tokenised, locale);
    // Fields are indexed as the words they were joined from (the engine's tokens never hold spaces).
    const index = buildCompactIndex(tokenised.map(({ fields }) => fields));
    docs.push(...own);
    indexes.set(locale, opened(index, own));
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

function opened(index: CompactIndex, docs: DocRecord[]): RawIndex {
  const vocab = new Map<string, number>();
  for (const term of index.terms) vocab.set(term, postingsOf(index, term));
  return { index, docs, vocab };
}

const MAGIC = 'FAQS';
const VERSION = 2;

interface SnapshotHeader {
  docs: DocRecord[];
  locales: Array<{
    locale: Locale;
    /** Positions in `docs` of the locale's articles, in index order. */
    docs: number[];
    terms: string[];
    postings: number;
    docBytes: 2 | 4;
    freqBytes: 1 | 2;
    averages: number[];
  }>;
}

/**
 * The engine as bytes: a JSON header (articles, terms) and the postings as typed arrays, gzipped.
 * About a fifth of the JSON of a MiniSearch index, and loading it only copies arrays.
 */
export function writeSnapshot(docs: readonly DocRecord[], indexes: ReadonlyMap<Locale, RawIndex>): Uint8Array {
  const position = new Map(docs.map((d, i) => [d.id, i]));
  const header: SnapshotHeader = { docs: [...docs], locales: [] };
  const parts: Uint8Array[] = [];
  const bytes = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  for (const [locale, { index, docs: own }] of indexes) {
    const docBytes = index.docCount <= 0xffff ? 2 : 4;
    const freqBytes = index.freqs.every((f) => f <= 0xff) ? 1 : 2;
    header.locales.push({
      locale,
      docs: own.map((d) => position.get(d.id)!),
      terms: index.terms,
      postings: index.docs.length,
      docBytes,
      freqBytes,
      averages: [...index.averages],
    });
    parts.push(
      bytes(index.offsets),
      bytes(docBytes === 2 ? Uint16Array.from(index.docs) : index.docs),
      bytes(freqBytes === 1 ? Uint8Array.from(index.freqs) : index.freqs),
      bytes(index.fieldLengths),
    );
  }
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(12);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(VERSION, 4);
  head.writeUInt32LE(json.length, 8);
  return gzipSync(Buffer.concat([head, json, ...parts]));
}

/** Restores the articles and indexes of `writeSnapshot` output, without tokenising anything. */
export function readSnapshot(snapshot: Uint8Array): { docs: DocRecord[]; indexes: Map<Locale, RawIndex> } {
  let raw: Buffer;
  try {
    raw = gunzipSync(snapshot);
  } catch {
    throw new TypeError('Not a FAQ search snapshot (not gzip)');
  }
  if (raw.length < 12 || raw.toString('latin1', 0, 4) !== MAGIC || raw.readUInt32LE(4) !== VERSION)
    throw new TypeError(`Not a FAQ search snapshot (format ${MAGIC}, version ${VERSION})`);
  const jsonLength = raw.readUInt32LE(8);
  const header = JSON.parse(raw.toString('utf8', 12, 12 + jsonLength)) as SnapshotHeader;
  let at = 12 + jsonLength;
  // Copies, so every array is aligned whatever precedes it.
  const take = <T>(count: number, size: number, make: (b: ArrayBuffer) => T): T => {
    const out = new Uint8Array(count * size);
    out.set(raw.subarray(at, at + count * size));
    at += count * size;
    return make(out.buffer);
  };
  const indexes = new Map<Locale, RawIndex>();
  for (const l of header.locales) {
    const docCount = l.docs.length;
    const offsets = take(l.terms.length * 3 + 1, 4, (b) => new Uint32Array(b));
    const docsAt = take(l.postings, l.docBytes, (b) => (l.docBytes === 2 ? new Uint16Array(b) : new Uint32Array(b)));
    const freqsAt = take(l.postings, l.freqBytes, (b) => (l.freqBytes === 1 ? new Uint8Array(b) : new Uint16Array(b)));
    const fieldLengths = take(docCount * 3, 2, (b) => new Uint16Array(b));
    const data: IndexData = {
      docCount,
      terms: l.terms,
      offsets,
      docs: docsAt instanceof Uint32Array ? docsAt : Uint32Array.from(docsAt),
      freqs: freqsAt instanceof Uint16Array ? freqsAt : Uint16Array.from(freqsAt),
      fieldLengths,
      averages: Float64Array.from(l.averages),
    };
    indexes.set(
      l.locale,
      opened(
        openIndex(data),
        l.docs.map((i) => header.docs[i]!),
      ),
    );
  }
  return { docs: header.docs, indexes };
}
