/**
 * One-edit typo correction (SymSpell-style delete index) towards the rule vocabulary:
 * "cancle" -> "cancel", "pasword" -> "password", "adress" -> "address". Words of 6+ letters are
 * corrected by any one edit; 5-letter words only when they are a vocabulary word with one letter
 * missing ("canel" -> "cancel"), the commonest typo and the safest to undo. Targets are always
 * vocabulary words of 6+ letters, and regular inflections of known words ("failing" from "fail",
 * "registering" from "register") are left alone: they are real words, not typos.
 */
export interface TypoCorrector {
  correct(token: string): string;
}

const MIN = 6;
const MIN_MISSING_LETTER = 5;

function deletes(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Optimal-string-alignment distance (Damerau-Levenshtein without repeated edits), capped at 2. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return Math.min(2, d[a.length]![b.length]!);
}

/** Candidate base forms of a regularly inflected English word (failing -> fail, faile; replied -> reply). */
export function baseForms(w: string): string[] {
  const out: string[] = [];
  const strip = (suffix: string, ...repl: string[]) => {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) {
      const stem = w.slice(0, -suffix.length);
      out.push(stem, ...repl.map((r) => stem + r));
      if (/([^aeiou])\1$/.test(stem)) out.push(stem.slice(0, -1)); // shipped -> ship
    }
  };
  strip('ing', 'e');
  strip('ed', 'e');
  strip('ies', 'y');
  strip('ied', 'y');
  strip('es');
  strip('s');
  return out;
}

// Frequent English words of 5+ letters: real words, never typos, whatever they resemble
// ("though" is not "through", "states" is not "status").
const COMMON = new Set(
  (
    'about above across actually after again against almost alone along already also although always among ' +
    'another answer anyone anything anyway around asked aside award aware began begin behind being below better between beyond ' +
    'bought bring brought build built buyer called carry cause certain chance cheap check choose chose clear close coming could ' +
    'count course cover daily dated doing doubt during early either email empty enough entire every everyone exact except extra ' +
    'fairly false family field final first floor force found front fully given going great group guess happy heard heart heavy ' +
    'hello hence house human ideal issue itself joined known large later least leave level light limit little local longer lower ' +
    'maybe means meant might minute money month months moved never night noted number often other others outside owner paper ' +
    'party people person phone place plain plane plans point power press price prior quick quite rather ready really reason ' +
    'right round saying second seems sense shall short should since small sorry sound south space start state states still ' +
    'store story study stuff sure taken taking their there these thing things think third those though thought three through ' +
    'today total truly trying twice under until usual using value water weeks where which while whole whose within without ' +
    'woman women world worse worst would write wrong years yesterday young yours'
  ).split(' '),
);

/** `targets` are words a typo may be corrected to; `known` are left alone but never targets. */
export function buildCorrector(targets: Iterable<string>, known: Iterable<string> = []): TypoCorrector {
  const words = new Set<string>();
  for (const w of targets) if (/^[a-z]+$/.test(w)) words.add(w);
  const knownWords = new Set([...known].filter((w) => /^[a-z]+$/.test(w)));
  const index = new Map<string, string>();
  for (const w of words) {
    if (w.length < MIN) continue;
    for (const d of [w, ...deletes(w)]) if (!index.has(d)) index.set(d, w);
  }
  const isKnown = (w: string) => words.has(w) || knownWords.has(w) || COMMON.has(w);
  const cache = new Map<string, string>();
  return {
    correct(token) {
      if (token.length < MIN_MISSING_LETTER || isKnown(token) || !/^[a-z]+$/.test(token)) return token;
      const hit = cache.get(token);
      if (hit !== undefined) return hit;
      let best: string | undefined;
      if (!baseForms(token).some((b) => b.length >= 3 && isKnown(b))) {
        best = index.get(token);
        // A delete of the token meeting a delete of a word can be two edits apart ("muenchen" and
        // "menschen" both give "menchen"): only true one-edit neighbours count.
        if (!best && token.length >= MIN) {
          for (const d of deletes(token)) {
            const w = index.get(d);
            if (w && editDistance(token, w) <= 1) {
              best = w;
              break;
            }
          }
        }
      }
      const out = best ?? token;
      if (cache.size < 5000) cache.set(token, out);
      return out;
    },
  };
}
