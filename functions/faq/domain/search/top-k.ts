/**
 * The top-k scorer over impact-sorted postings. A query is groups of terms (one group per typed
 * word, its synonyms and typo fixes included); a document scores, per group, the sum of its
 * postings' boosted impacts, and in all the sum over groups times the sum of the best boost it
 * matched per group (its coverage). Only documents that can still reach the cut matter: the
 * engine drops whatever scores under RELATIVE_FLOOR of the best, so a document whose upper bound
 * (what its groups could give at most) is under that share of the best score seen so far is
 * never scored. Groups run strongest first (MaxScore order), so the bar rises early; within a
 * list, postings come highest impact first, so once a list's next impact cannot lift a new
 * document over the bar, the rest of the list only adds to documents already in play.
 * Scores are summed in the query's own order, so they are bit for bit those of scoring every
 * posting, and ties break as they always did (first word first, then first matched).
 */
import {
  bm25,
  type CompactIndex,
  expandTerm,
  type Field,
  FIELDS,
  idfOf,
  maxImpactOf,
  type TermQuery,
} from './compact-index.js';

const F = FIELDS.length;
const LEVELS = 255;
/** Bounds are compared with a little slack, so rounding never prunes a document that makes the cut. */
const SLACK = 1 + 1e-9;

export interface TopKOptions {
  fields?: readonly Field[];
  /** Documents (positions in the index) that may be returned; others are skipped. */
  filter?: (doc: number) => boolean;
  /** A factor on a document's score, at most 1 (another Chinese script). */
  weight?: (doc: number) => number;
  /** Share of the best score under which a document may be left out; 0 scores everything. */
  floor?: number;
}

/** The scored documents of one query on one index. */
export interface TopK {
  /** Documents scored (filter passed, not pruned). */
  size: number;
  /** Distinct documents matched that pass the filter, pruned ones included. */
  matched: number;
  /** Whether some document was left out under the floor. */
  pruned: boolean;
  /** Best weighted score, 0 when nothing matched. */
  best: number;
  /** How many scored documents have a weighted score, times `factor`, of at least `min`. */
  countAtLeast(min: number, factor?: number): number;
  /** The best `k`, best first: document position, weighted score and the index terms it matched. */
  top(k: number): Array<{ doc: number; score: number; terms: string[] }>;
}

/**
 * Per index, arrays reused by every query (one query runs at a time in a process): per document
 * when it was last seen and its slot, per slot (a document in play) and group its score, best
 * boost and first list. A query's result is read before the next query on the same index.
 */
class Workspace {
  query = 0;
  group = 0;
  size = 0;
  groups = 1;
  readonly seen: Int32Array;
  readonly slotOf: Int32Array;
  readonly groupSeen: Int32Array;
  docs = new Int32Array(256);
  scores = new Float64Array(256);
  boosts = new Float64Array(256);
  firstList = new Int32Array(256);
  /** Partial score and coverage over the groups run so far: a lower bound of the final score. */
  partScore = new Float64Array(256);
  partCover = new Float64Array(256);
  raw = new Float64Array(256);
  weighted = new Float64Array(256);
  firstGroup = new Int32Array(256);
  firstScore = new Float64Array(256);
  firstTouch = new Float64Array(256);
  /** (slot, list sequence) of every posting scored, to name a hit's terms later. */
  log = new Int32Array(1024);
  logged = 0;
  /** Per list of the query (flat over groups): its term, term * 3 + field, factor, query in its group, highest boosted impact. */
  listTerm = new Int32Array(64);
  listList = new Int32Array(64);
  listFactor = new Float64Array(64);
  listQuery = new Int32Array(64);
  listMax = new Float64Array(64);
  /** Per group: its first list (and one past the last group's end), bounds, and the order groups run in. */
  groupStart = new Int32Array(17);
  bound = new Float64Array(16);
  boostBound = new Float64Array(16);
  restScore = new Float64Array(17);
  restBoost = new Float64Array(17);
  order = new Int32Array(16);
  /** Slots a group touched. */
  touched = new Int32Array(256);
  constructor(docCount: number) {
    this.seen = new Int32Array(docCount);
    this.slotOf = new Int32Array(docCount);
    this.groupSeen = new Int32Array(docCount);
  }
  reset(groups: number): void {
    this.size = 0;
    this.logged = 0;
    this.groups = groups;
    if (this.scores.length < this.docs.length * groups) {
      this.scores = new Float64Array(this.docs.length * groups);
      this.boosts = new Float64Array(this.docs.length * groups);
      this.firstList = new Int32Array(this.docs.length * groups);
    }
    if (this.bound.length < groups) {
      const n = Math.max(groups, this.bound.length * 2);
      this.groupStart = new Int32Array(n + 1);
      this.bound = new Float64Array(n);
      this.boostBound = new Float64Array(n);
      this.restScore = new Float64Array(n + 1);
      this.restBoost = new Float64Array(n + 1);
      this.order = new Int32Array(n);
    }
  }
  addList(at: number, term: number, list: number, factor: number, query: number, max: number): void {
    if (at === this.listTerm.length) {
      const n = at * 2;
      const grow = <T extends Int32Array | Float64Array>(a: T, b: T) => {
        b.set(a);
        return b;
      };
      this.listTerm = grow(this.listTerm, new Int32Array(n));
      this.listList = grow(this.listList, new Int32Array(n));
      this.listFactor = grow(this.listFactor, new Float64Array(n));
      this.listQuery = grow(this.listQuery, new Int32Array(n));
      this.listMax = grow(this.listMax, new Float64Array(n));
    }
    this.listTerm[at] = term;
    this.listList[at] = list;
    this.listFactor[at] = factor;
    this.listQuery[at] = query;
    this.listMax[at] = max;
  }
  touch(at: number, slot: number): void {
    if (at === this.touched.length) {
      const bigger = new Int32Array(at * 2);
      bigger.set(this.touched);
      this.touched = bigger;
    }
    this.touched[at] = slot;
  }
  add(doc: number): number {
    if (this.size === this.docs.length) this.grow();
    const slot = this.size++;
    this.docs[slot] = doc;
    this.partScore[slot] = 0;
    this.partCover[slot] = 0;
    // Only the first-list mark is cleared: a group's score and boost are set when it first matches.
    for (let at = slot * this.groups, end = at + this.groups; at < end; at++) this.firstList[at] = -1;
    return slot;
  }
  note(slot: number, list: number): void {
    if (this.logged + 2 > this.log.length) {
      const bigger = new Int32Array(this.log.length * 2);
      bigger.set(this.log);
      this.log = bigger;
    }
    this.log[this.logged++] = slot;
    this.log[this.logged++] = list;
  }
  private grow(): void {
    const n = this.docs.length * 2;
    const g = this.groups;
    const grow = <T extends Int32Array | Float64Array>(a: T, b: T) => {
      b.set(a);
      return b;
    };
    this.docs = grow(this.docs, new Int32Array(n));
    // Per-group arrays may be longer already (an earlier query had more groups).
    const m = Math.max(n * g, this.scores.length);
    this.scores = grow(this.scores, new Float64Array(m));
    this.boosts = grow(this.boosts, new Float64Array(m));
    this.firstList = grow(this.firstList, new Int32Array(m));
    this.partScore = grow(this.partScore, new Float64Array(n));
    this.partCover = grow(this.partCover, new Float64Array(n));
    this.raw = new Float64Array(n);
    this.weighted = new Float64Array(n);
    this.firstGroup = new Int32Array(n);
    this.firstScore = new Float64Array(n);
    this.firstTouch = new Float64Array(n);
  }
}
const workspaces = new WeakMap<CompactIndex, Workspace>();

function workspaceOf(index: CompactIndex): Workspace {
  let w = workspaces.get(index);
  if (!w) {
    w = new Workspace(index.docCount);
    workspaces.set(index, w);
  }
  return w;
}

/**
 * Scores `groups` (in the query's order) over `index`. See the file comment for what is left out.
 *
 * @example scoreTopK(index, [[{ term: 'refund', boost: 1, prefix: false, fuzzy: 0 }]], { q: 2, t: 2, a: 1 }).top(10)
 */
export function scoreTopK(
  index: CompactIndex,
  groups: readonly (readonly TermQuery[])[],
  fieldBoosts: Readonly<Record<Field, number>>,
  { fields = FIELDS, filter, weight, floor = 0 }: TopKOptions = {},
): TopK {
  const G = groups.length;
  const w = workspaceOf(index);
  const stamp = ++w.query;
  w.reset(G);
  // The lists of all groups, flat, in the order they were always read: group, query,
  // exact/completion/typo, field; a list's position is its sequence number (for naming terms).
  // Kept in the workspace's typed arrays, so a query allocates no object per list.
  const { groupStart, bound, boostBound, restScore, restBoost, order } = w;
  let count = 0;
  for (let g = 0; g < G; g++) {
    groupStart[g] = count;
    bound[g] = 0;
    boostBound[g] = 0;
    const queries = groups[g]!;
    for (let q = 0; q < queries.length; q++) {
      const query = queries[q]!;
      for (const [term, weightOf] of expandTerm(index, query)) {
        for (const field of fields) {
          const f = FIELDS.indexOf(field);
          const list = term * F + f;
          if (index.offsets[list + 1]! === index.offsets[list]!) continue;
          const factor = weightOf * query.boost * fieldBoosts[field];
          const max = factor * maxImpactOf(index, list);
          w.addList(count++, term, list, factor, q, max);
          bound[g]! += max;
          boostBound[g] = Math.max(boostBound[g]!, query.boost);
        }
      }
    }
  }
  groupStart[G] = count;
  const { listTerm, listList, listFactor, listQuery, listMax } = w;
  // Strongest group first: the best documents are found early and the bar rises soonest (ties:
  // the earlier group). An insertion sort: a query has a handful of groups.
  const before = (a: number, b: number) => bound[b]! * boostBound[b]! - bound[a]! * boostBound[a]! || a - b;
  for (let i = 0; i < G; i++) {
    let at = i;
    while (at > 0 && before(order[at - 1]!, i) > 0) {
      order[at] = order[at - 1]!;
      at--;
    }
    order[at] = i;
  }
  restScore[G] = 0;
  restBoost[G] = 0;
  for (let i = G - 1; i >= 0; i--) {
    restScore[i] = restScore[i + 1]! + bound[order[i]!]!;
    restBoost[i] = restBoost[i + 1]! + boostBound[order[i]!]!;
  }

  const { seen, slotOf, groupSeen } = w;
  let bar = 0;
  let best = 0;
  let matched = 0;
  let pruned = false;
  const { docs, freqs, fieldLengths, averages, offsets, impacts } = index;

  for (let i = 0; i < G; i++) {
    const g = order[i]!;
    const queries = groups[g]!;
    const groupMark = ++w.group;
    let touched = 0;
    // What the group's lists after this one can still give, for a document new to this list.
    let after = bound[g]!;
    for (let sq = groupStart[g]!, last = groupStart[g + 1]!; sq < last; sq++) {
      const lmax = listMax[sq]!;
      const list = listList[sq]!;
      const factor = listFactor[sq]!;
      after -= lmax;
      const from = offsets[list]!;
      const to = offsets[list + 1]!;
      const f = list % F;
      const idf = idfOf(to - from, index.docCount);
      const average = averages[f]!;
      const boost = queries[listQuery[sq]!]!.boost;
      const maxImpact = maxImpactOf(index, list);
      const later = after + restScore[i + 1]!;
      let open = true;
      for (let p = from; p < to; p++) {
        const doc = docs[p]!;
        let slot: number;
        if (seen[doc] !== stamp) {
          if (open && bar > 0) {
            // A document first met here gets at most this posting's impact and what follows.
            const most = (factor * ((maxImpact * impacts[p]!) / LEVELS) + later) * restBoost[i]! * SLACK;
            if (most < bar) open = false;
          }
          seen[doc] = stamp;
          const passes = !filter || filter(doc);
          if (passes) matched++;
          if (!passes || !open) {
            slotOf[doc] = -1;
            if (passes) pruned = true;
            continue;
          }
          slot = w.add(doc);
          slotOf[doc] = slot;
        } else {
          slot = slotOf[doc]!;
          if (slot < 0) continue;
        }
        const score = factor * bm25(idf, freqs[p]!, fieldLengths[doc * F + f]!, average);
        const at = slot * G + g;
        if (w.firstList[at]! < 0) {
          w.firstList[at] = sq;
          w.scores[at] = score;
          w.boosts[at] = boost;
        } else {
          w.scores[at]! += score;
          if (boost > w.boosts[at]!) w.boosts[at] = boost;
        }
        if (groupSeen[doc] !== groupMark) {
          groupSeen[doc] = groupMark;
          w.touch(touched++, slot);
        }
        w.note(slot, sq);
      }
    }
    // The group is done: raise the bar on what the documents it touched have at least.
    for (let t = 0; t < touched; t++) {
      const slot = w.touched[t]!;
      const at = slot * G + g;
      w.partScore[slot]! += w.scores[at]!;
      w.partCover[slot]! += w.boosts[at]!;
      const low = w.partScore[slot]! * w.partCover[slot]! * (weight ? weight(w.docs[slot]!) : 1);
      if (low > best) best = low;
    }
    bar = (floor * best) / SLACK;
  }

  // Final scores in the query's order of groups, as they were always summed.
  const n = w.size;
  const { raw, weighted, firstGroup, firstScore, firstTouch, scores, boosts, firstList } = w;
  best = 0;
  for (let slot = 0; slot < n; slot++) {
    let score = 0;
    let cover = 0;
    let first = -1;
    for (let g = 0; g < G; g++) {
      const at = slot * G + g;
      if (firstList[at]! < 0) continue;
      score += scores[at]!;
      cover += boosts[at]!;
      if (first < 0) first = g;
    }
    const doc = w.docs[slot]!;
    raw[slot] = score * cover;
    weighted[slot] = weight ? raw[slot]! * weight(doc) : raw[slot]!;
    if (weighted[slot]! > best) best = weighted[slot]!;
    firstGroup[slot] = first;
    firstScore[slot] = scores[slot * G + first]!;
    firstTouch[slot] = firstList[slot * G + first]! * index.docCount + doc;
  }
  /** Negative when slot a ranks before b. */
  const compare = (a: number, b: number) =>
    weighted[b]! - weighted[a]! ||
    raw[b]! - raw[a]! ||
    firstGroup[a]! - firstGroup[b]! ||
    firstScore[b]! - firstScore[a]! ||
    firstTouch[a]! - firstTouch[b]!;

  /** The arrays are the workspace's: a result is read before the next query on its index. */
  const fresh = () => {
    if (w.query !== stamp) throw new Error('A top-k result was read after another query on the same index');
  };
  return {
    size: n,
    matched,
    pruned,
    best,
    countAtLeast(min, factor = 1) {
      fresh();
      let count = 0;
      for (let slot = 0; slot < n; slot++) if (weighted[slot]! * factor >= min) count++;
      return count;
    },
    top(k) {
      fresh();
      if (k <= 0) return [];
      // A sorted buffer of the best k: a slot enters only if it beats the k-th.
      const kept: number[] = [];
      for (let slot = 0; slot < n; slot++) {
        if (kept.length === k && (weighted[slot]! < weighted[kept[k - 1]!]! || compare(slot, kept[k - 1]!) >= 0))
          continue;
        let at = kept.length === k ? k - 1 : kept.length;
        while (at > 0 && compare(slot, kept[at - 1]!) < 0) {
          kept[at] = kept[at - 1]!;
          at--;
        }
        kept[at] = slot;
      }
      // Which of the kept a slot is (firstGroup is free now: reused, then restored).
      const { log, logged, docs: slotDocs } = w;
      const terms = kept.map(() => new Set<string>());
      const saved = kept.map((slot) => firstGroup[slot]!);
      kept.forEach((slot, i) => {
        firstGroup[slot] = -2 - i;
      });
      for (let j = 0; j < logged; j += 2) {
        const mark = firstGroup[log[j]!]!;
        if (mark <= -2) terms[-2 - mark]!.add(index.terms[listTerm[log[j + 1]!]!]!);
      }
      kept.forEach((slot, i) => {
        firstGroup[slot] = saved[i]!;
      });
      return kept.map((slot, i) => ({ doc: slotDocs[slot]!, score: weighted[slot]!, terms: [...terms[i]!] }));
    },
  };
}
