/**
 * One-edit typo correction (SymSpell-style delete index) towards the rule vocabulary:
 * "cancle" -> "cancel", "pasword" -> "password", "adress" -> "address". Only words of 6+ letters
 * are corrected, and only to vocabulary words of 6+ letters, to keep real words intact.
 */
export interface TypoCorrector { correct(token: string): string }

const MIN = 6;

function deletes(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

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
  const cache = new Map<string, string>();
  return {
    correct(token) {
      if (token.length < MIN || words.has(token) || knownWords.has(token) || !/^[a-z]+$/.test(token)) return token;
      const hit = cache.get(token);
      if (hit !== undefined) return hit;
      let best = index.get(token);
      if (!best) for (const d of deletes(token)) { best = index.get(d); if (best) break; }
      const out = best ?? token;
      if (cache.size < 5000) cache.set(token, out);
      return out;
    },
  };
}
