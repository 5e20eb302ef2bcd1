/** The last `n` UTC days as YYYY-MM-DD, newest first. */
export function lastDays(now: Date, n: number): string[] {
  return Array.from({ length: n }, (_, i) => new Date(now.getTime() - i * 86_400_000).toISOString().slice(0, 10));
}
