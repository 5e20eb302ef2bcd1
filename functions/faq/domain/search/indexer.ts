import { LOCALES, type Locale } from '../../../../locales/registry';
import { deflateRawSync, gunzipSync, gzipSync, inflateRawSync } from 'node:zlib';
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
/**
 * 5: the postings and header gzipped apart from the answers' text, which follows in chunks
 * deflated one by one (4 was one gzip of everything, header included). A snapshot of another
 * version is refused (a 4 does not even start with the magic), and the caller rebuilds.
 */
const VERSION = 5;
/** Answers' text per deflated chunk, about: a hit inflates this much the first time it shows. */
const TEXT_CHUNK_BYTES = 32 * 1024;

interface SnapshotHeader {
  /** The articles without their text (it follows in chunks, see `chunks`). */
  docs: Array<Omit<DocRecord, 'text'>>;
  /** End of each article's text in all the texts one after the other, in bytes (UTF-8). */
  textEnds: number[];
  /** Per text chunk: its first article, and where its deflated bytes end (from the first chunk's start). */
  chunks: Array<[firstDoc: number, end: number]>;
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
 * The engine as bytes: 16 bytes (magic, version, length of the core), the core gzipped (a JSON
 * header with articles and terms, then the postings as typed arrays in impact order, with their
 * quantised impacts), then the answers' text in chunks deflated one by one. Loading inflates the
 * core and reads the arrays in place; a chunk of text is inflated only when a hit first shows one
 * of its articles, so a cold start does not inflate every answer (most of the bytes) up front.
 */
export function writeSnapshot(docs: readonly DocRecord[], indexes: ReadonlyMap<Locale, RawIndex>): Uint8Array {
  const position = new Map(docs.map((d, i) => [d.id, i]));
  const texts = docs.map((d) => Buffer.from(d.text, 'utf8'));
  const textEnds: number[] = [];
  const chunks: Array<[number, number]> = [];
  const deflated: Buffer[] = [];
  let end = 0;
  let compressed = 0;
  for (let i = 0, first = 0, start = 0; i < texts.length; i++) {
    end += texts[i]!.length;
    textEnds.push(end);
    if (end - start >= TEXT_CHUNK_BYTES || i === texts.length - 1) {
      const chunk = deflateRawSync(Buffer.concat(texts.slice(first, i + 1)));
      compressed += chunk.length;
      deflated.push(chunk);
      chunks.push([first, compressed]);
      first = i + 1;
      start = end;
    }
  }
  const header: SnapshotHeader = { docs: docs.map(({ text: _text, ...rest }) => rest), textEnds, chunks, locales: [] };
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
  const jsonLength = Buffer.alloc(4);
  jsonLength.writeUInt32LE(json.length, 0);
  const core = gzipSync(Buffer.concat([jsonLength, json, new Uint8Array(pad(json.length)), ...parts]));
  const head = Buffer.alloc(16);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(VERSION, 4);
  head.writeUInt32LE(core.length, 8);
  return Buffer.concat([head, core, ...deflated]);
}

/** Restores the articles and indexes of `writeSnapshot` output, without tokenising anything. */
export function readSnapshot(snapshot: Uint8Array): { docs: DocRecord[]; indexes: Map<Locale, RawIndex> } {
  const whole = Buffer.from(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength);
  if (whole.length < 16 || whole.toString('latin1', 0, 4) !== MAGIC || whole.readUInt32LE(4) !== VERSION)
    throw new TypeError(`Not a FAQ search snapshot (format ${MAGIC}, version ${VERSION})`);
  const coreLength = whole.readUInt32LE(8);
  let raw: Buffer;
  try {
    raw = gunzipSync(whole.subarray(16, 16 + coreLength));
  } catch {
    throw new TypeError('Not a FAQ search snapshot (its core is not gzip)');
  }
  const jsonLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.toString('utf8', 4, 4 + jsonLength)) as SnapshotHeader;
  const texts = new SnapshotTexts(whole.subarray(16 + coreLength), header.textEnds, header.chunks);
  const docs: DocRecord[] = header.docs.map((d, i) => new SnapshotDoc(d, texts, i));
  let at = 4 + jsonLength + pad(jsonLength);
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

/** The answers' text of a snapshot, inflated a chunk at a time when an article in it is first read. */
class SnapshotTexts {
  private readonly inflated: Array<Buffer | undefined>;
  constructor(
    private readonly deflated: Buffer,
    private readonly ends: readonly number[],
    private readonly chunks: ReadonlyArray<readonly [firstDoc: number, end: number]>,
  ) {
    this.inflated = new Array(chunks.length);
  }
  text(doc: number): string {
    // The chunk holding `doc`: the last whose first article is at most `doc`.
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.chunks[mid]![0] <= doc) lo = mid;
      else hi = mid - 1;
    }
    const first = this.chunks[lo]![0];
    const base = this.ends[first - 1] ?? 0;
    let chunk = this.inflated[lo];
    if (!chunk) {
      chunk = inflateRawSync(this.deflated.subarray(this.chunks[lo - 1]?.[1] ?? 0, this.chunks[lo]![1]));
      this.inflated[lo] = chunk;
    }
    return chunk.toString('utf8', (this.ends[doc - 1] ?? 0) - base, this.ends[doc]! - base);
  }
}

/**
 * An article whose text is read from the snapshot the first time it is needed (a hit's snippet):
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
  readonly #texts: SnapshotTexts;
  readonly #at: number;
  #text: string | undefined;
  constructor(doc: Omit<DocRecord, 'text'>, texts: SnapshotTexts, at: number) {
    this.#texts = texts;
    this.#at = at;
    this.id = doc.id;
    this.slug = doc.slug;
    this.locale = doc.locale;
    this.question = doc.question;
    this.category = doc.category;
    if (doc.script) this.script = doc.script;
  }
  get text(): string {
    this.#text ??= this.#texts.text(this.#at);
    return this.#text;
  }
}
