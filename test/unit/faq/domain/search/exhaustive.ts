/**
 * The scorer as it was before top-k: every posting of every term scored in document order, each
 * word's hits sorted, summed into a map and sorted again. Kept as the reference the top-k scorer
 * must match, score for score and tie for tie.
 */
import {
  bm25,
  type CompactIndex,
  expandTerm,
  type Field,
  FIELDS,
  idfOf,
  type TermQuery,
} from '../../../../../functions/faq/domain/search/compact-index.js';
import type { DocRecord } from '../../../../../functions/faq/domain/search/indexer.js';
import type { LocaleIndex, Plan } from '../../../../../functions/faq/domain/search/query.js';

const F = FIELDS.length;
const FIELD_BOOST = { q: 2, t: 2, a: 1 } as const;
const NARROW_ENOUGH = 10;

interface GroupHit {
  doc: number;
  score: number;
  matched: number[];
  terms: string[];
}

/** Postings of one list in document order (the index keeps them in impact order). */
function inDocOrder(index: CompactIndex, list: number): number[] {
  const out: number[] = [];
  for (let p = index.offsets[list]!; p < index.offsets[list + 1]!; p++) out.push(p);
  return out.sort((a, b) => index.docs[a]! - index.docs[b]!);
}

function scoreGroup(index: CompactIndex, queries: readonly TermQuery[], fields: readonly Field[]): GroupHit[] {
  const scores = new Map<number, number>();
  const hits: GroupHit[] = [];
  const hitOf = new Map<number, GroupHit>();
  const fieldIds = fields.map((f) => FIELDS.indexOf(f));
  queries.forEach((query, q) => {
    for (const [termId, weight] of expandTerm(index, query)) {
      const term = index.terms[termId]!;
      for (const f of fieldIds) {
        const list = termId * F + f;
        const from = index.offsets[list]!;
        const to = index.offsets[list + 1]!;
        if (from === to) continue;
        const factor = weight * query.boost * FIELD_BOOST[FIELDS[f]!];
        const idf = idfOf(to - from, index.docCount);
        for (const p of inDocOrder(index, list)) {
          const doc = index.docs[p]!;
          const score = factor * bm25(idf, index.freqs[p]!, index.fieldLengths[doc * F + f]!, index.averages[f]!);
          const hit = hitOf.get(doc);
          if (!hit) {
            scores.set(doc, score);
            const created = { doc, score: 0, matched: [q], terms: [term] };
            hitOf.set(doc, created);
            hits.push(created);
          } else {
            scores.set(doc, scores.get(doc)! + score);
            if (!hit.matched.includes(q)) hit.matched.push(q);
            if (!hit.terms.includes(term)) hit.terms.push(term);
          }
        }
      }
    }
  });
  for (const hit of hits) hit.score = scores.get(hit.doc)!;
  return hits;
}

export interface ReferenceHit {
  doc: DocRecord;
  score: number;
  terms: string[];
}

/** Every matching article, best first, with `weight` applied and re-sorted as the engine did. */
export function exhaustive(
  plan: Plan,
  index: LocaleIndex,
  { filter, weight }: { filter?: (d: DocRecord) => boolean; weight?: (d: DocRecord) => number } = {},
): ReferenceHit[] {
  if (plan.terms.size === 0) return [];
  const groups = new Map<number, TermQuery[]>();
  for (const [term, boost] of plan.terms) {
    const g = plan.group.get(term) ?? 0;
    const query: TermQuery = { term, boost, prefix: plan.prefix.has(term), fuzzy: plan.fuzzy.get(term) ?? 0 };
    groups.set(g, [...(groups.get(g) ?? []), query]);
  }
  const run = (fields: readonly Field[]) => {
    const hits = new Map<number, { score: number; coverage: number; terms: string[] }>();
    for (const queries of groups.values()) {
      const results = scoreGroup(index.index, queries, fields).sort((a, b) => b.score - a.score);
      for (const r of results) {
        let w = 0;
        for (const q of r.matched) w = Math.max(w, queries[q]!.boost);
        const hit = hits.get(r.doc);
        if (hit) {
          hit.score += r.score;
          hit.coverage += w;
          hit.terms.push(...r.terms);
        } else hits.set(r.doc, { score: r.score, coverage: w, terms: [...r.terms] });
      }
    }
    const out: ReferenceHit[] = [];
    for (const [doc, { score, coverage, terms }] of hits) {
      const record = index.docs[doc]!;
      if (!filter || filter(record)) out.push({ doc: record, score: score * coverage, terms });
    }
    return out.sort((a, b) => b.score - a.score);
  };
  let out = plan.narrow ? run(['q', 't']) : [];
  if (out.length < NARROW_ENOUGH) out = run(FIELDS);
  if (!weight) return out;
  for (const r of out) r.score *= weight(r.doc);
  return out.sort((a, b) => b.score - a.score);
}
