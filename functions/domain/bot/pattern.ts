import { fold, basicNormalise, hasHan } from './normalise.js';

/** Synonym groups for one locale: name -> alternatives (each a term, may use `*`). */
export type SynonymTable = Record<string, string[]>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Pattern text goes through the same normalisation as user text (accents, case, Han variants). */
const normTerm = (t: string) => fold(basicNormalise(t)).trim();

function alternative(alt: string, han: boolean): string {
  const pre = alt.startsWith('*');
  const post = alt.endsWith('*');
  const core = normTerm(alt.replace(/^\*|\*$/g, '').replace(/\+/g, ' '));
  if (!core) throw new Error(`empty term in "${alt}"`);
  // Multi-word alternatives (from synonyms such as "tracking number") keep their single spaces.
  const body = escape(core);
  if (han) return body;
  return `${pre ? '\\S*' : ''}${body}${post ? '\\S*' : ''}`;
}

/** `a|@group|b` -> every alternative, synonym groups expanded. */
function expandAlternatives(t: string, synonyms: SynonymTable): string[] {
  return t.split('|').flatMap((a) => {
    if (!a.startsWith('@')) return [a];
    const group = synonyms[a.slice(1)];
    if (!group) throw new Error(`unknown synonym group "${a}"`);
    return group;
  });
}

function term(raw: string, synonyms: SynonymTable, han: boolean): string {
  const optional = raw.endsWith('?') && raw.length > 1;
  const t = optional ? raw.slice(0, -1) : raw;
  const alts = expandAlternatives(t, synonyms);
  const body = `(?:${alts.map((a) => alternative(a, han)).join('|')})`;
  if (han) return optional ? `${body}?` : body;
  return optional ? `(?:${body} )?` : `${body} `;
}

/**
 * Compiles one regex-lite pattern to a RegExp over normalised, folded, space-padded text.
 * @example compilePattern('where _ @order', { order: ['order*', 'package'] }).test(' where is my package ') // true
 */
export function compilePattern(pattern: string, synonyms: SynonymTable): RegExp {
  const parts = pattern.trim().split(/\s+/);
  const han = hasHan(pattern) || parts.some((p) => p.includes('@') && expandAlternatives(p.replace(/\?$/, ''), synonyms).some(hasHan));
  let src = han ? '' : ' ';
  for (const p of parts) {
    if (p === '_' || p === '__') {
      const n = p === '_' ? 3 : 6;
      src += han ? `.{0,${n + 1 + (p === '__' ? 2 : 0)}}` : `(?:\\S+ ){0,${n}}`;
    } else {
      src += term(p, synonyms, han);
    }
  }
  return new RegExp(src, 'u');
}

/** Literal latin words of a pattern (for the typo corrector's vocabulary). */
export function literalWords(pattern: string, synonyms: SynonymTable): string[] {
  const out: string[] = [];
  for (const p of pattern.trim().split(/\s+/)) {
    const t = p.replace(/\?$/, '');
    const alts = expandAlternatives(t, synonyms);
    for (const a of alts) {
      for (const w of normTerm(a.replace(/^\*|\*$/g, '').replace(/\+/g, ' ')).split(' ')) if (w && !hasHan(w)) out.push(w);
    }
  }
  return out;
}
