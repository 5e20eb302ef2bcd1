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
  vocab: Vocabulary;
}

/**
 * Term -> postings (documents x fields), read from the index itself: nothing is built per term
 * when an index is opened.
 */
export class Vocabulary {
  constructor(private readonly index: CompactIndex) {}
  has(term: string): boolean {
    return this.index.ids.has(term);
  }
  get(term: string): number | undefined {
    return this.index.ids.has(term) ? postingsOf(this.index, term) : undefined;
  }
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
  return { index, docs, vocab: new Vocabulary(index) };
}

const MAGIC = 'FAQS';
const VERSION = 4;

interface SnapshotHeader {
  /** The articles without their text (it follows as one UTF-8 blob). */
  docs: Array<Omit<DocRecord, 'text'>>;
  /** End of each article's text in the blob, in bytes. */
  textEnds: number[];
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

/** Sections start on 4-byte boundaries, so they can be read in place. */
const pad = (n: number) => (4 - (n % 4)) % 4;

/**
 * The engine as bytes: a JSON header (articles, terms), the answers' text and the postings as
 * typed arrays (in impact order, with their quantised impacts), gzipped. Loading reads the arrays in place and decodes a text only when a hit
 * shows it.
 */
export function writeSnapshot(docs: readonly DocRecord[], indexes: ReadonlyMap<Locale, RawIndex>): Uint8Array {
  const position = new Map(docs.map((d, i) => [d.id, i]));
  const texts = docs.map((d) => Buffer.from(d.text, 'utf8'));
  const textEnds: number[] = [];
  let end = 0;
  for (const t of texts) {
    end += t.length;
    textEnds.push(end);
  }
  const header: SnapshotHeader = { docs: docs.map(({ text: _text, ...rest }) => rest), textEnds, locales: [] };
  const parts: Uint8Array[] = [];
  const section = (a: ArrayBufferView) => {
    parts.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), new Uint8Array(pad(a.byteLength)));
  };
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
    section(index.offsets);
    section(docBytes === 2 ? Uint16Array.from(index.docs) : Uint32Array.from(index.docs));
    section(freqBytes === 1 ? Uint8Array.from(index.freqs) : Uint16Array.from(index.freqs));
    section(index.fieldLengths);
    section(index.impacts);
  }
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(16);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(VERSION, 4);
  head.writeUInt32LE(json.length, 8);
  head.writeUInt32LE(end, 12);
  const blob = Buffer.concat(texts);
  return gzipSync(
    Buffer.concat([head, json, new Uint8Array(pad(json.length)), blob, new Uint8Array(pad(end)), ...parts]),
  );
}

/** Restores the articles and indexes of `writeSnapshot` output, without tokenising anything. */
export function readSnapshot(snapshot: Uint8Array): { docs: DocRecord[]; indexes: Map<Locale, RawIndex> } {
  let raw: Buffer;
  try {
    raw = gunzipSync(snapshot);
  } catch {
    throw new TypeError('Not a FAQ search snapshot (not gzip)');
  }
  if (raw.length < 16 || raw.toString('latin1', 0, 4) !== MAGIC || raw.readUInt32LE(4) !== VERSION)
    throw new TypeError(`Not a FAQ search snapshot (format ${MAGIC}, version ${VERSION})`);
  const jsonLength = raw.readUInt32LE(8);
  const textLength = raw.readUInt32LE(12);
  const header = JSON.parse(raw.toString('utf8', 16, 16 + jsonLength)) as SnapshotHeader;
  const textAt = 16 + jsonLength + pad(jsonLength);
  const blob = raw.subarray(textAt, textAt + textLength);
  const docs: DocRecord[] = header.docs.map(
    (d, i) => new SnapshotDoc(d, blob, header.textEnds[i - 1] ?? 0, header.textEnds[i]!),
  );
  let at = textAt + textLength + pad(textLength);
  // A view where the section is aligned (gunzip's buffer normally is), else a copy.
  const take = <T>(count: number, size: number, make: (b: ArrayBuffer, offset: number, length: number) => T): T => {
    const bytes = count * size;
    const start = raw.byteOffset + at;
    at += bytes + pad(bytes);
    if (start % size === 0) return make(raw.buffer as ArrayBuffer, start, count);
    const copy = new Uint8Array(bytes);
    copy.set(raw.subarray(start - raw.byteOffset, start - raw.byteOffset + bytes));
    return make(copy.buffer, 0, count);
  };
  const indexes = new Map<Locale, RawIndex>();
  for (const l of header.locales) {
    const docCount = l.docs.length;
    const data: IndexData = {
      docCount,
      terms: l.terms,
      offsets: take(l.terms.length * 3 + 1, 4, (b, o, n) => new Uint32Array(b, o, n)),
      docs: take(l.postings, l.docBytes, (b, o, n) =>
        l.docBytes === 2 ? new Uint16Array(b, o, n) : new Uint32Array(b, o, n),
      ),
      freqs: take(l.postings, l.freqBytes, (b, o, n) =>
        l.freqBytes === 1 ? new Uint8Array(b, o, n) : new Uint16Array(b, o, n),
      ),
      fieldLengths: take(docCount * 3, 2, (b, o, n) => new Uint16Array(b, o, n)),
      impacts: take(l.postings, 1, (b, o, n) => new Uint8Array(b, o, n)),
      averages: Float64Array.from(l.averages),
    };
    indexes.set(
      l.locale,
      opened(
        openIndex(data),
        l.docs.map((i) => docs[i]!),
      ),
    );
  }
  return { docs, indexes };
}

/**
 * An article whose text is decoded from the snapshot the first time it is read (a hit's snippet):
 * the getter lives on the prototype, so opening a snapshot defines no property per article.
 */
class SnapshotDoc implements DocRecord {
  readonly id: string;
  readonly slug: string;
  readonly locale: Locale;
  readonly question: string;
  readonly category: string;
  readonly script?: HanScript;
  // Private fields: a copy of the record ({ ...doc }) carries only what a DocRecord holds.
  readonly #blob: Buffer;
  readonly #from: number;
  readonly #to: number;
  #text: string | undefined;
  constructor(doc: Omit<DocRecord, 'text'>, blob: Buffer, from: number, to: number) {
    this.#blob = blob;
    this.#from = from;
    this.#to = to;
    this.id = doc.id;
    this.slug = doc.slug;
    this.locale = doc.locale;
    this.question = doc.question;
    this.category = doc.category;
    if (doc.script) this.script = doc.script;
  }
  get text(): string {
    this.#text ??= this.#blob.toString('utf8', this.#from, this.#to);
    return this.#text;
  }
}
