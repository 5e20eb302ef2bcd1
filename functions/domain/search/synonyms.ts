import { baseTerms, tokenise } from './tokenise.js';
import type { Locale } from './types.js';

/** A synonym table compiled for one locale: each member phrase as base terms, by first term. */
export interface CompiledSynonyms {
  byFirst: Map<string, Array<{ seq: string[]; group: number }>>;
  /** Index terms of every member of each group. */
  groups: string[][][];
}

/** Compiles admin-editable synonym groups (phrases in the locale's own spelling) once per load. */
export function compileSynonyms(groups: string[][] | undefined, locale: Locale): CompiledSynonyms {
  const byFirst: CompiledSynonyms['byFirst'] = new Map();
  const compiled: string[][][] = [];
  (groups ?? []).forEach((members, group) => {
    compiled.push(members.map((m) => tokenise(m, locale)));
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
 * Terms to add to a query for the synonym phrases it contains: every other member of each
 * matching group. Terms already in the query are not repeated.
 */
export function synonymTerms(base: Array<string | undefined>, table: CompiledSynonyms): string[] {
  const found = new Set<number>();
  for (let i = 0; i < base.length; i++) {
    const candidates = base[i] === undefined ? undefined : table.byFirst.get(base[i]!);
    for (const { seq, group } of candidates ?? []) {
      if (seq.every((t, k) => base[i + k] === t)) found.add(group);
    }
  }
  const present = new Set(base);
  const out = new Set<string>();
  for (const group of found) {
    for (const member of table.groups[group] ?? []) {
      for (const term of member) if (!present.has(term)) out.add(term);
    }
  }
  return [...out];
}
