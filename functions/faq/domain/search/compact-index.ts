/**
 * One locale's inverted index in typed arrays: terms sorted (prefix ranges by binary search,
 * typo matches by a Levenshtein walk that shares rows between neighbouring terms), postings laid
 * out term by term and field by field, each list sorted by impact (the posting's BM25 share,
 * highest first) with the impact also kept quantised to a byte, so the top-k scorer (top-k.ts)
 * can tell from a list's head how much its tail can still add. Scoring is MiniSearch's (BM25+
 * with k 1.2, b 0.7, d 0.5; prefix and fuzzy weights 0.375 and 0.45), so ranking stays what the
 * tuned engine expects.
 */

/** The fields of an indexed article, in this order: question, tags, answer. */
export const FIELDS = ['q', 't', 'a'] as const;
export type Field = (typeof FIELDS)[number];
const F = FIELDS.length;

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** Quantisation levels of an impact, as a share of its list's highest. */
const LEVELS = 255;

/** The arrays an index is made of; a snapshot stores exactly these. */
export interface IndexData {
  /** Articles in the index, by their position in it. */
  docCount: number;
  /** Sorted, distinct. */
  terms: string[];
  /** Postings of term i, field f: `offsets[i * 3 + f]` up to the next offset, highest impact first. */
  offsets: Uint32Array;
  docs: Uint16Array | Uint32Array;
  freqs: Uint8Array | Uint16Array;
  /**
   * Per posting, its impact as a share of its list's highest, rounded up to 1/255: impact <=
   * `maxImpacts[list] * impacts[p] / 255`.
   */
  impacts: Uint8Array;
  /** Per article and field: distinct tokens (MiniSearch's field length). */
  fieldLengths: Uint16Array;
  /** Mean field length per field, as MiniSearch accumulates it. */
  averages: Float64Array;
}

export interface CompactIndex extends IndexData {
  /** Term -> its position in `terms`. */
  ids: Map<string, number>;
  /**
   * Per (term, field) list: the impact of its first posting, the list's highest; NaN until a
   * query first reads it (through `maxImpactOf`), so opening a snapshot computes none of them.
   */
  maxImpacts: Float64Array;
}

/** One query term: exact, and optionally its completions and typo neighbours. */
export interface TermQuery {
  term: string;
  boost: number;
  prefix: boolean;
  /** Largest edit distance for typo matches; 0 for none. */
  fuzzy: number;
}

/** BM25's inverse document frequency, as MiniSearch computes it. */
export const idfOf = (df: number, n: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** BM25+ of one posting (MiniSearch's formula, term for term, so scores match to the last bit). */
export const bm25 = (idf: number, tf: number, length: number, average: number) =>
  idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / average)));

/** The impact of posting `p` of list `list` (term * 3 + field): its BM25+ before any boost. */
export function impactOf(data: IndexData, list: number, p: number): number {
  const f = list % F;
  const df = data.offsets[list + 1]! - data.offsets[list]!;
  return bm25(idfOf(df, data.docCount), data.freqs[p]!, data.fieldLengths[data.docs[p]! * F + f]!, data.averages[f]!);
}

/**
 * Adds the term ids to the arrays. Each list's highest impact (its first posting's) is worked out
 * when a query first needs it: a cold start opens tens of thousands of lists and reads a few.
 */
export function openIndex(data: IndexData): CompactIndex {
  const ids = new Map<string, number>();
  for (let i = 0; i < data.terms.length; i++) ids.set(data.terms[i]!, i);
  return { ...data, ids, maxImpacts: new Float64Array(data.terms.length * F).fill(Number.NaN) };
}

/** The highest impact in `list` (its first posting's), 0 for an empty list. */
export function maxImpactOf(index: CompactIndex, list: number): number {
  let max = index.maxImpacts[list]!;
  if (Number.isNaN(max)) {
    max = index.offsets[list + 1]! > index.offsets[list]! ? impactOf(index, list, index.offsets[list]!) : 0;
    index.maxImpacts[list] = max;
  }
  return max;
}

/** An impact as a share of the list's highest, in 1/255ths, rounded up. */
const quantise = (impact: number, max: number) => Math.min(LEVELS, Math.ceil((impact / max) * LEVELS));

/**
 * Sorts every list by impact, highest first (equal impacts by document), and quantises the
 * impacts: rounded up, so a quantised impact never promises less than the posting gives.
 */
function sortByImpact(data: Omit<IndexData, 'impacts'>): IndexData {
  // The builder's own arrays, permuted in place list by list. No comparator callbacks: impacts
  // are ranked among the list's distinct values (a native sort), then the postings are
  // counting-sorted by rank, which keeps equal impacts in document order.
  const { docs, freqs, offsets } = data;
  const impacts = new Uint8Array(docs.length);
  let impact = new Float64Array(64);
  let values = new Float64Array(64);
  let ascending = new Float64Array(64);
  let rank = new Uint32Array(64);
  let start = new Uint32Array(65);
  let docsOf = new Uint32Array(64);
  let freqsOf = new Uint32Array(64);
  for (let l = 0; l + 1 < offsets.length; l++) {
    const from = offsets[l]!;
    const length = offsets[l + 1]! - from;
    if (length === 0) continue;
    if (length === 1) {
      impacts[from] = LEVELS;
      continue;
    }
    if (length > impact.length) {
      const size = Math.max(length, impact.length * 2);
      [impact, values, ascending, rank, docsOf, freqsOf] = [
        new Float64Array(size),
        new Float64Array(size),
        new Float64Array(size),
        new Uint32Array(size),
        new Uint32Array(size),
        new Uint32Array(size),
      ];
      start = new Uint32Array(size + 1);
    }
    const f = l % F;
    const idf = idfOf(length, data.docCount);
    const average = data.averages[f]!;
    let sorted = true;
    let max = 0;
    for (let i = 0; i < length; i++) {
      const v = bm25(idf, freqs[from + i]!, data.fieldLengths[docs[from + i]! * F + f]!, average);
      impact[i] = v;
      if (v > max) max = v;
      if (i > 0 && v > impact[i - 1]!) sorted = false;
    }
    if (!sorted) {
      // Distinct values, highest first.
      const sortedValues = ascending.subarray(0, length);
      sortedValues.set(impact.subarray(0, length));
      sortedValues.sort();
      let distinct = 0;
      for (let i = length - 1; i >= 0; i--) {
        if (distinct === 0 || values[distinct - 1]! !== sortedValues[i]!) values[distinct++] = sortedValues[i]!;
      }
      start.fill(0, 0, distinct + 1);
      for (let i = 0; i < length; i++) {
        // Binary search for the rank (values descending).
        let lo = 0;
        let hi = distinct - 1;
        const v = impact[i]!;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (values[mid]! > v) lo = mid + 1;
          else hi = mid;
        }
        rank[i] = lo;
        start[lo + 1]!++;
      }
      for (let r = 1; r <= distinct; r++) start[r]! += start[r - 1]!;
      for (let i = 0; i < length; i++) {
        const at = start[rank[i]!]!++;
        docsOf[at] = docs[from + i]!;
        freqsOf[at] = freqs[from + i]!;
        impacts[from + at] = quantise(values[rank[i]!]!, max);
      }
      docs.set(docsOf.subarray(0, length), from);
      freqs.set(freqsOf.subarray(0, length), from);
      continue;
    }
    for (let i = 0; i < length; i++) impacts[from + i] = quantise(impact[i]!, max);
  }
  return { ...data, impacts };
}

/**
 * Builds the index of tokenised documents (per document, the terms of each field in order).
 * Field lengths count distinct tokens, the empty one included, exactly as MiniSearch does, so
 * scores match those the engine was tuned with.
 */
export function buildCompactIndex(documents: readonly (readonly string[][])[]): CompactIndex {
  const ids = new Map<string, number>();
  const fieldLengths = new Uint16Array(documents.length * F);
  const averages = new Float64Array(F);
  // Postings as they come: (term, field) slot, document, frequency.
  let slots = new Uint32Array(1 << 16);
  let docsOf = new Uint32Array(1 << 16);
  let freqsOf = new Uint16Array(1 << 16);
  let n = 0;
  // Per term id: its frequency in the field being read, and which field that was (stamp).
  let tf = new Uint32Array(1 << 12);
  let stamp = new Int32Array(1 << 12).fill(-1);
  const touched: number[] = [];
  for (let doc = 0; doc < documents.length; doc++) {
    const fields = documents[doc]!;
    for (let f = 0; f < F; f++) {
      const terms = fields[f] ?? [];
      const slot = doc * F + f;
      touched.length = 0;
      for (const term of terms) {
        if (!term) continue;
        let id = ids.get(term);
        if (id === undefined) {
          id = ids.size;
          ids.set(term, id);
          if (id >= tf.length) {
            const bigger = new Uint32Array(tf.length * 2);
            bigger.set(tf);
            tf = bigger;
            const stamps = new Int32Array(stamp.length * 2).fill(-1);
            stamps.set(stamp);
            stamp = stamps;
          }
        }
        if (stamp[id] !== slot) {
          stamp[id] = slot;
          tf[id] = 1;
          touched.push(id);
        } else tf[id]!++;
      }
      // Distinct tokens; an empty field still counts its one empty token, as in MiniSearch.
      const length = Math.min(65_535, terms.length === 0 ? 1 : touched.length + (terms.includes('') ? 1 : 0));
      fieldLengths[slot] = length;
      averages[f] = (averages[f]! * doc + length) / (doc + 1);
      if (n + touched.length > slots.length) {
        const size = Math.max(slots.length * 2, n + touched.length);
        const grow = <T extends Uint32Array | Uint16Array>(a: T, b: T) => {
          b.set(a);
          return b;
        };
        slots = grow(slots, new Uint32Array(size));
        docsOf = grow(docsOf, new Uint32Array(size));
        freqsOf = grow(freqsOf, new Uint16Array(size));
      }
      for (const id of touched) {
        slots[n] = id * F + f;
        docsOf[n] = doc;
        freqsOf[n] = Math.min(tf[id]!, 65_535);
        n++;
      }
    }
  }
  // Renumber terms in sorted order, then counting-sort the postings by slot (documents stay in order).
  const byFirstSeen = [...ids.keys()];
  const terms = [...byFirstSeen].sort();
  const rank = new Uint32Array(byFirstSeen.length);
  terms.forEach((t, i) => {
    rank[ids.get(t)!] = i;
  });
  const offsets = new Uint32Array(terms.length * F + 1);
  for (let i = 0; i < n; i++) {
    const s = slots[i]!;
    offsets[rank[(s / F) | 0]! * F + (s % F) + 1]!++;
  }
  for (let i = 1; i < offsets.length; i++) offsets[i]! += offsets[i - 1]!;
  const cursor = offsets.slice(0, -1);
  const docs = new Uint32Array(n);
  const freqs = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const s = slots[i]!;
    const at = cursor[rank[(s / F) | 0]! * F + (s % F)]!++;
    docs[at] = docsOf[i]!;
    freqs[at] = freqsOf[i]!;
  }
  return openIndex(sortByImpact({ docCount: documents.length, terms, offsets, docs, freqs, fieldLengths, averages }));
}

/** Postings (documents x fields) of a term: what query planning budgets with. */
export function postingsOf(index: CompactIndex, term: string): number {
  const id = index.ids.get(term);
  return id === undefined ? 0 : index.offsets[(id + 1) * F]! - index.offsets[id * F]!;
}

/** Positions of the terms that start with `prefix` (sorted, so one range). */
export function prefixRange(terms: readonly string[], prefix: string): [number, number] {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < terms.length && terms[end]!.startsWith(prefix)) end++;
  return [lo, end];
}

/**
 * Terms within `max` edits (insert, delete, substitute) of `word`, with their distance. The terms
 * are walked in order; a term reuses the Levenshtein rows of the prefix it shares with the one
 * before, and a prefix already too far skips every term that starts with it.
 */
export function fuzzyTerms(terms: readonly string[], word: string, max: number): Map<number, number> {
  const out = new Map<number, number>();
  const w = word.length;
  const rows: Int32Array[] = [Int32Array.from({ length: w + 1 }, (_, j) => j)];
  let previous = '';
  for (let i = 0; i < terms.length; ) {
    const term = terms[i]!;
    let shared = 0;
    const limit = Math.min(previous.length, term.length);
    while (shared < limit && previous.charCodeAt(shared) === term.charCodeAt(shared)) shared++;
    let dead = -1;
    for (let r = shared + 1; r <= term.length; r++) {
      const above = rows[r - 1]!;
      rows[r] ??= new Int32Array(w + 1);
      const row = rows[r]!;
      row[0] = r;
      let best = r;
      const c = term.charCodeAt(r - 1);
      for (let j = 1; j <= w; j++) {
        const cost = word.charCodeAt(j - 1) === c ? 0 : 1;
        const v = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
        row[j] = v;
        if (v < best) best = v;
      }
      if (best > max) {
        dead = r;
        break;
      }
    }
    previous = term;
    if (dead >= 0) {
      // No term starting with these `dead` characters can come back within `max`.
      const stem = term.slice(0, dead);
      previous = stem;
      let next = i + 1;
      while (next < terms.length && terms[next]!.startsWith(stem)) next++;
      i = next;
      continue;
    }
    const distance = rows[term.length]![w]!;
    if (distance <= max && term.length >= w - max && term.length <= w + max) out.set(i, distance);
    i++;
  }
  return out;
}

/**
 * The index terms a query term reaches, with their weight: the term itself (1), its completions
 * when `prefix`, its typo neighbours when `fuzzy` (a completion is not counted again as a typo).
 */
export function expandTerm(index: CompactIndex, query: TermQuery): Array<[termId: number, weight: number]> {
  const out: Array<[number, number]> = [];
  const exact = index.ids.get(query.term);
  if (exact !== undefined) out.push([exact, 1]);
  const prefixed = new Set<number>();
  if (query.prefix) {
    const [from, to] = prefixRange(index.terms, query.term);
    for (let id = from; id < to; id++) {
      const distance = index.terms[id]!.length - query.term.length;
      if (!distance) continue;
      prefixed.add(id);
      const length = index.terms[id]!.length;
      out.push([id, (PREFIX_WEIGHT * length) / (length + 0.3 * distance)]);
    }
  }
  if (query.fuzzy > 0) {
    for (const [id, distance] of fuzzyTerms(index.terms, query.term, query.fuzzy)) {
      if (!distance || prefixed.has(id)) continue;
      const length = index.terms[id]!.length;
      out.push([id, (FUZZY_WEIGHT * length) / (length + distance)]);
    }
  }
  return out;
}
