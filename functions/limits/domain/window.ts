/**
 * Sliding-window rate limits, pure: a count per fixed window, and the previous window weighted by
 * how much of it still falls within the last `seconds` (the share of the current window not yet
 * elapsed). A full burst at the end of one window still counts at the start of the next, so a
 * boundary is no reset.
 */

/** A limit: at most `limit` hits in any `seconds`. */
export interface Limit {
  scope: string;
  key: string;
  limit: number;
  seconds: number;
}

/** Where a moment falls: the start (epoch seconds) of its window and of the one before, and how far in it is. */
export function windowAt(nowMs: number, seconds: number) {
  const nowSeconds = nowMs / 1000;
  const start = Math.floor(nowSeconds / seconds) * seconds;
  return { start, previous: start - seconds, elapsed: nowSeconds - start };
}

/**
 * A limit's counter, one item per limit: the current window's start (epoch seconds) and hits, and
 * the previous window's hits, frozen when the window rolled over. One item means every take is
 * conditional on the whole state it was decided on, so a burst across a boundary cannot read the
 * previous window while it is still filling.
 */
export interface Counter {
  start: number;
  hits: number;
  previous: number;
}

/**
 * The counter as it stands at `nowMs`: kept when it is this window's (or, with clock skew between
 * instances, a later one's), rolled over when it is the last window's, fresh when older or absent.
 * `rolled` says the stored item must be replaced rather than added to.
 */
export function counterAt(stored: Counter | undefined, nowMs: number, seconds: number) {
  const at = windowAt(nowMs, seconds);
  if (stored && stored.start >= at.start)
    return {
      counter: stored,
      elapsed: Math.max(0, nowMs / 1000 - stored.start),
      rolled: false,
    };
  const previous = stored?.start === at.previous ? stored.hits : 0;
  return { counter: { start: at.start, hits: 0, previous }, elapsed: at.elapsed, rolled: true };
}

/** The weight of the previous window's count at `elapsed` seconds into the current one. */
const previousWeight = (seconds: number, elapsed: number) => Math.max(0, Math.min(1, (seconds - elapsed) / seconds));

/**
 * How many hits the current window may hold in all, given the previous window's count: a hit is
 * allowed while current + 1 + weighted previous <= limit. Never negative.
 */
export function allowance(limit: number, previous: number, seconds: number, elapsed: number): number {
  return Math.max(0, Math.floor(limit - previous * previousWeight(seconds, elapsed) + 1e-9));
}

/**
 * Whole seconds (at least 1) until one more hit would be allowed, if nothing else is counted or
 * given back meanwhile: later in this window as the previous one weighs less, or in the next one.
 */
export function retryAfter(limit: number, previous: number, current: number, seconds: number, elapsed: number) {
  const wait = (() => {
    // Later in this window: previous * (seconds - s) / seconds <= limit - current - 1.
    const room = limit - current - 1;
    if (room >= 0) {
      if (previous <= room) return 0;
      return seconds - (seconds * room) / previous - elapsed;
    }
    // In the next window, where this one's count (>= limit) is the previous: current * (seconds - s) / seconds <= limit - 1.
    return seconds - elapsed + seconds - (seconds * (limit - 1)) / current;
  })();
  return Math.max(1, Math.ceil(wait));
}

/**
 * A slow lane past a limit: one turn every `intervalMs`, taken in order. Given when the next turn
 * is due, the turn a caller would get, how long it would wait for it, and when the one after is due.
 */
export function laneTurn(nowMs: number, nextAt: number, intervalMs: number) {
  const at = Math.max(nowMs, nextAt);
  return { at, wait: at - nowMs, next: at + intervalMs };
}

/**
 * The client a limit counts, from its address: an IPv6 address by its /64 (one subscriber's
 * network, where every address is theirs to pick), anything else as it is.
 */
export function clientKey(address: string): string {
  const ip = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
