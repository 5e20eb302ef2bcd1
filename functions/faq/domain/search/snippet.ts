import type { Locale } from '../../../../locales/registry';
import { toSimplified } from '../../../text/han.js';
import { escapeHtml } from '../../../commons/html.js';
import { wordTerm } from './tokenise.js';

const WORD = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+/gu;

type Span = [start: number, end: number, term: string];

/** Characters of an answer searched for highlights; matches further on are not highlighted. */
const MAX_SCAN = 1200;

const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** A word of an answer with its index term, or a Han run (folded) to match character by character. */
interface Token {
  at: number;
  end: number;
  term: string | undefined;
  han: string | undefined;
  /** A Han run's characters, and the bigram starting at each (the last one character): cut once, when cached. */
  chars?: string[];
  bigrams?: string[];
}

// Snippets are cut from the same few answers again and again: their words are read and stemmed
// once. Bounded per locale; cleared wholesale when full (a cold entry is cheap to rebuild).
const TOKEN_CACHE_LIMIT = 4000;
/** An answer's words, and every term, Chinese bigram and character among them (to skip a scan that cannot match). */
interface Tokens {
  tokens: Token[];
  terms: Set<string>;
}
const tokenCache: Record<Locale, Map<string, Tokens>> = { en: new Map(), de: new Map(), vi: new Map(), zh: new Map() };

function tokensOf(text: string, locale: Locale): Tokens {
  const cache = tokenCache[locale];
  const cached = cache.get(text);
  if (cached) return cached;
  const tokens: Token[] = [];
  const terms = new Set<string>();
  // Long answers: a highlight past the first few paragraphs is not worth finding.
  const scan = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  for (const m of scan.matchAll(WORD)) {
    const word = m[0];
    const at = m.index ?? 0;
    if (isHan(word.charCodeAt(0))) {
      const folded = toSimplified(word);
      // Phrase conversion may change the length; positions then no longer line up, so skip.
      if (folded.length === word.length) {
        const chars: string[] = [];
        const bigrams: string[] = [];
        for (let i = 0; i < folded.length; i++) {
          chars.push(folded[i]!);
          bigrams.push(folded.slice(i, i + 2));
          terms.add(chars[i]!).add(bigrams[i]!);
        }
        tokens.push({ at, end: at + word.length, term: undefined, han: folded, chars, bigrams });
      }
      continue;
    }
    const term = wordTerm(word.toLowerCase(), locale);
    if (term !== undefined) {
      tokens.push({ at, end: at + word.length, term, han: undefined });
      terms.add(term);
    }
  }
  if (cache.size >= TOKEN_CACHE_LIMIT) cache.clear();
  const out = { tokens, terms };
  cache.set(text, out);
  return out;
}

/**
 * Character ranges of `text` whose index terms are in `matched`. Stops one window past the first
 * match, or once every term is found: the snippet cannot use anything further. Chinese is marked
 * by words (matched bigrams, merged when they touch), not by the single characters a hit may also
 * have matched; only when nothing else matched is a lone character marked, with its neighbour.
 */
function matchSpans(text: string, matched: Set<string>, locale: Locale, width: number): Span[] {
  const { tokens, terms } = tokensOf(text, locale);
  // Most hits matched in the question or tags only: nothing to mark in the answer.
  let any = false;
  for (const t of matched) if (terms.has(t)) any = true;
  if (!any) return [];
  const spans: Span[] = [];
  const lone: Span[] = [];
  const found = new Set<string>();
  let stopAt = Infinity;
  for (const { at, end, term, han, chars, bigrams } of tokens) {
    if (at > stopAt || found.size === matched.size) break;
    if (spans.length === 1 && stopAt === Infinity) stopAt = spans[0]![0] + width;
    if (han !== undefined) {
      for (let i = 0; i < han.length; i++) {
        const bigram = bigrams![i]!;
        if (bigram.length === 2 && matched.has(bigram)) {
          spans.push([at + i, at + i + 2, bigram]);
          found.add(bigram);
        } else if (matched.has(chars![i]!) && lone.length < 8) {
          // The word a lone character stands in: with the next character, or the previous at the end.
          const from = i + 1 < han.length ? i : Math.max(0, i - 1);
          lone.push([at + from, at + Math.min(han.length, from + 2), chars![i]!]);
        }
      }
      continue;
    }
    if (matched.has(term!)) {
      spans.push([at, end, term!]);
      found.add(term!);
    }
  }
  return spans.length ? spans : lone;
}

/** Merges overlapping or touching spans (consecutive Chinese bigrams) into one highlight. */
function merge(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out.at(-1);
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([...s]);
  }
  return out;
}

/** The window start that covers the most distinct matched terms. */
function bestStart(spans: Span[], width: number): number {
  let best = 0;
  let bestCount = -1;
  for (let i = 0; i < spans.length; i++) {
    const start = Math.max(0, spans[i]![0] - Math.floor(width / 4));
    const terms = new Set<string>();
    for (let j = i; j < spans.length && spans[j]![1] <= start + width; j++) terms.add(spans[j]![2]);
    if (terms.size > bestCount) [best, bestCount] = [start, terms.size];
  }
  return best;
}

/**
 * A snippet of plain text around the terms a hit matched: HTML-escaped, each match wrapped in
 * `<mark>`, an ellipsis where text was cut.
 *
 * @example makeSnippet('Refunds take 5 days.', new Set(['refund']), 'en') // '<mark>Refunds</mark> take 5 days.'
 */
export function makeSnippet(text: string, matched: Set<string>, locale: Locale, width = 180): string {
  const spans = matched.size ? matchSpans(text, matched, locale, width) : [];
  let start = spans.length ? bestStart(spans, width) : 0;
  let end = Math.min(text.length, start + width);
  // Cut at word boundaries where the script has them.
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    if (space >= 0 && start - space < 20) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + width / 2) end = space;
  }
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [s, e] of merge(spans)) {
    if (s < start || e > end) continue;
    out += escapeHtml(text.slice(at, s)) + '<mark>' + escapeHtml(text.slice(s, e)) + '</mark>';
    at = e;
  }
  out += escapeHtml(text.slice(at, end));
  return end < text.length ? out + '…' : out;
}
