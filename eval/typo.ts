/** One deterministic typo: swap two inner letters of the longest word of 5+ letters. */
export function typo(q: string): string {
  const words = q.split(/(\s+)/);
  let best = -1;
  words.forEach((w, i) => {
    if (/^\p{L}{5,}$/u.test(w) && (best < 0 || w.length > words[best]!.length)) best = i;
  });
  if (best < 0) return q;
  const w = [...words[best]!];
  const k = Math.floor(w.length / 2);
  [w[k - 1], w[k]] = [w[k]!, w[k - 1]!];
  words[best] = w.join('');
  return words.join('');
}
