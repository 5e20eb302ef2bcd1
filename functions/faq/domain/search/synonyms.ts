import { searchText } from '../../../../locales/packs';
import type { Locale } from '../../../../locales/registry';
import { HAN } from '../../../text/han.js';
import { baseTerms, tokenise } from './tokenise.js';

/** A synonym table compiled for one locale: each member phrase as base terms, by first term. */
export interface CompiledSynonyms {
  byFirst: Map<string, Array<{ seq: string[]; group: number }>>;
  /** Index terms of every member of each group. */
  groups: string[][][];
}

/**
 * The index terms that stand for one synonym member. A Vietnamese phrase is its syllable pairs
 * ("giao hàng" -> "giao_hang"): its lone syllables ("hang") occur everywhere and would drag in
 * unrelated articles. A Chinese phrase is its bigrams, not its single characters.
 */
function memberTerms(member: string, locale: Locale): string[] {
  const terms = tokenise(member, locale);
  if (searchText(locale).syllablePairs) {
    const pairs = terms.filter((t) => t.includes('_'));
    if (pairs.length) return pairs;
  }
  if (HAN.test(member)) {
    const words = terms.filter((t) => t.length > 1 || !HAN.test(t));
    if (words.length) return words;
  }
  return terms;
}

/** Compiles admin-editable synonym groups (phrases in the locale's own spelling) once per load. */
export function compileSynonyms(groups: string[][] | undefined, locale: Locale): CompiledSynonyms {
  const byFirst: CompiledSynonyms['byFirst'] = new Map();
  const compiled: string[][][] = [];
  (groups ?? []).forEach((members, group) => {
    compiled.push(members.map((m) => memberTerms(m, locale)));
    for (const member of members) {
      const seq = baseTerms(member, locale).filter((t): t is string => t !== undefined);
      const first = seq[0];
      if (first === undefined) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ seq, group });
      byFirst.set(first, list);
    }
  });
  return { byFirst, groups: compiled };
}

/**
 * Terms to add to a query for the synonym phrases it contains, with their share of one term's
 * weight: a member phrase of n terms gives each 1/n, so "money back" counts as one word, not two.
 * Terms already in the query are not repeated.
 */
export function synonymWeights(
  base: Array<string | undefined>,
  table: CompiledSynonyms,
  /** Filled with the position of the query phrase each term stands for. */
  at?: Map<string, number>,
): Map<string, number> {
  const found = new Map<number, number>();
  for (let i = 0; i < base.length; i++) {
    const candidates = base[i] === undefined ? undefined : table.byFirst.get(base[i]!);
    for (const { seq, group } of candidates ?? []) {
      if (!found.has(group) && seq.every((t, k) => base[i + k] === t)) found.set(group, i);
    }
  }
  const out = new Map<string, number>();
  if (!found.size) return out;
  const present = new Set(base);
  for (const [group, position] of found) {
    for (const member of table.groups[group] ?? []) {
      const share = 1 / Math.max(1, member.length);
      for (const term of member) {
        if (present.has(term)) continue;
        out.set(term, Math.max(out.get(term) ?? 0, share));
        if (at && !at.has(term)) at.set(term, position);
      }
    }
  }
  return out;
}
