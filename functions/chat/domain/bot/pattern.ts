import { fold, basicNormalise, hasHan } from './normalise.js';

/** Synonym groups for one locale: name -> alternatives (each a term, may use `*`). */
export type SynonymTable = Record<string, string[]>;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Pattern text goes through the same normalisation as user text (accents, case, Han variants). */
const normTerm = (t: string) => fold(basicNormalise(t)).trim();

/** Options for compiling one pattern. */
export interface PatternOptions {
  /**
   * English inflection: a plain word (3+ letters, not a function word) also matches its regular
   * forms: -s/-es, -ed, -ing, with e-drop (arrive -> arriving), y -> ies/ied (reply -> replied)
   * and a doubled final consonant (ship -> shipped). Applies to the last word of a term.
   */
  inflect?: boolean;
}

// Function words never inflect ("not" must not match "noted", "can" not "canned").
const NO_INFLECT = new Set(
  (
    'not can and the you how who why was has had did for yet are but its our his her him she this that ' +
    'there here then than too was were will would could should any all one two off out via per get got put'
  ).split(' '),
);

// Irregular verbs customers use about orders: "I sent it back", "I bought", "it was taken".
const IRREGULAR: Record<string, string[]> = {
  send: ['sent'],
  buy: ['bought'],
  pay: ['paid'],
  come: ['came'],
  take: ['took', 'taken'],
  give: ['gave', 'given'],
  make: ['made'],
  leave: ['left'],
  find: ['found'],
  tell: ['told'],
  break: ['broke', 'broken'],
  lose: ['lost'],
  speak: ['spoke', 'spoken'],
  forget: ['forgot', 'forgotten'],
  write: ['wrote', 'written'],
  choose: ['chose', 'chosen'],
  bring: ['brought'],
  see: ['saw', 'seen'],
  sell: ['sold'],
  steal: ['stole', 'stolen'],
  tear: ['tore', 'torn'],
  throw: ['threw', 'thrown'],
  arrive: [],
  hold: ['held'],
  keep: ['kept'],
  mean: ['meant'],
  run: ['ran'],
  say: ['said'],
  think: ['thought'],
  go: ['went', 'gone'],
  get: ['got', 'gotten'],
  put: [],
  set: [],
  cut: [],
};

/** Regex source for a word and its regular English inflections (see PatternOptions.inflect). */
export function inflected(word: string): string {
  const irregular = IRREGULAR[word]?.length ? `|${IRREGULAR[word]!.join('|')}` : '';
  if (irregular) return `(?:${inflectedRegular(word)}${irregular})`;
  return inflectedRegular(word);
}

function inflectedRegular(word: string): string {
  if (word.length < 3 || NO_INFLECT.has(word) || !/^[a-z]+$/.test(word)) return escapeRegExp(word);
  if (word.endsWith('e')) return `${word.slice(0, -1)}(?:e|es|ed|ing)`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}(?:y|ies|ied|ying)`;
  const last = word.at(-1)!;
  // consonant-vowel-consonant endings may double the consonant: ship -> shipped, cancel -> cancelled
  const double = /[^aeiou][aeiou][^aeiouwxy]$/.test(word) ? `|${last}ed|${last}ing` : '';
  return `${word}(?:s|es|ed|ing${double})?`;
}

function alternative(raw: string, han: boolean, opts: PatternOptions = {}): string {
  // `=word`: this exact word, never inflected ("=bill" must not match "billed").
  const exact = raw.startsWith('=');
  const alt = exact ? raw.slice(1) : raw;
  const pre = alt.startsWith('*');
  const post = alt.endsWith('*');
  const core = normTerm(alt.replace(/^\*|\*$/g, '').replace(/\+/g, ' '));
  if (!core) throw new Error(`empty term in "${alt}"`);
  if (han) return escapeRegExp(core);
  // Multi-word alternatives (from synonyms such as "tracking number") keep their single spaces.
  let body = escapeRegExp(core);
  if (opts.inflect && !exact && !post && !hasHan(core)) {
    const words = core.split(' ');
    body = [...words.slice(0, -1).map(escapeRegExp), inflected(words.at(-1)!)].join(' ');
  }
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

function term(raw: string, synonyms: SynonymTable, han: boolean, opts: PatternOptions): string {
  const optional = raw.endsWith('?') && raw.length > 1;
  const t = optional ? raw.slice(0, -1) : raw;
  const alts = expandAlternatives(t, synonyms);
  const body = `(?:${alts.map((a) => alternative(a, han, opts)).join('|')})`;
  if (han) return optional ? `${body}?` : body;
  return optional ? `(?:${body} )?` : `${body} `;
}

/**
 * Compiles one regex-lite pattern to a RegExp over normalised, folded, space-padded text.
 * @example compilePattern('where _ @order', { order: ['order*', 'package'] }).test(' where is my package ') // true
 */
export function compilePattern(pattern: string, synonyms: SynonymTable, opts: PatternOptions = {}): RegExp {
  const parts = pattern.trim().split(/\s+/);
  const han =
    hasHan(pattern) ||
    parts.some((p) => p.includes('@') && expandAlternatives(p.replace(/\?$/, ''), synonyms).some(hasHan));
  let src = han ? '' : ' ';
  for (const p of parts) {
    if (p === '_' || p === '__') {
      const n = p === '_' ? 3 : 6;
      src += han ? `.{0,${n + 1 + (p === '__' ? 2 : 0)}}` : `(?:\\S+ ){0,${n}}`;
    } else {
      src += term(p, synonyms, han, opts);
    }
  }
  return new RegExp(src, 'u');
}

/** What a prefilter keys a word by: its first two letters (regular inflection keeps them). */
export const wordKey = (w: string) => w.slice(0, 2);

/**
 * The word keys (`wordKey`) a text must hold for the pattern to match, per term: every keyed term
 * needs one of its keys in the text (a term's keys: the first word of each alternative, irregular
 * forms included). Unkeyed: optional terms, gaps, `*word` or one-letter `x*` alternatives. `null`
 * when no term is keyed or the pattern has Han. Lets the classifier skip most regular
 * expressions at the cost of a few set lookups.
 * @example patternKeys('where _ @order', { order: ['order', 'parcel*'] }) // [['wh'], ['or', 'pa']]
 */
export function patternKeys(pattern: string, synonyms: SynonymTable): string[][] | null {
  if (hasHan(pattern)) return null;
  const out: string[][] = [];
  for (const part of pattern.trim().split(/\s+/)) {
    if (part.startsWith('_') || part.endsWith('?')) continue;
    const keys = termKeys(part, synonyms);
    if (keys) out.push(keys);
  }
  return out.length ? out : null;
}

function termKeys(term: string, synonyms: SynonymTable): string[] | null {
  const keys = new Set<string>();
  for (const raw of expandAlternatives(term, synonyms)) {
    const alt = raw.replace(/^=/, '');
    if (alt.startsWith('*') || hasHan(alt)) return null;
    const word = normTerm(alt.replace(/\*$/, '').replace(/\+/g, ' ')).split(' ')[0] ?? '';
    if (!word || (word.length < 2 && alt.endsWith('*'))) return null;
    keys.add(wordKey(word));
    for (const form of IRREGULAR[word] ?? []) keys.add(wordKey(form));
  }
  return [...keys];
}

/** Literal latin words of a pattern (for the typo corrector's vocabulary). */
export function literalWords(pattern: string, synonyms: SynonymTable): string[] {
  const out: string[] = [];
  for (const p of pattern.trim().split(/\s+/)) {
    const t = p.replace(/\?$/, '');
    const alts = expandAlternatives(t, synonyms);
    for (const a of alts) {
      for (const w of normTerm(
        a
          .replace(/^=/, '')
          .replace(/^\*|\*$/g, '')
          .replace(/\+/g, ' '),
      ).split(' '))
        if (w && !hasHan(w)) out.push(w);
    }
  }
  return out;
}
