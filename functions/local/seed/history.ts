import type { Locale } from '../../../locales/registry';
import type { OrderRecord } from '../../orders/domain/order';
import { newProfile, type ProfileRecord } from '../../profile/domain/profile';

const DAY = 86_400_000;
const LOCALES: Locale[] = ['en', 'en', 'de', 'vi', 'zh'];
const CURRENCY: Record<Locale, string> = { en: 'USD', de: 'EUR', vi: 'USD', zh: 'TWD' };
const GOODS: [string, number][] = [
  ['Throw pillow', 2900],
  ['Table lamp', 7900],
  ['Wool rug', 12900],
  ['Side table', 18900],
  ['Armchair', 42900],
  ['Bookshelf', 24900],
];

/** A small deterministic generator (mulberry32): the same history on every machine. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One past customer of the demo shop: a profile (as a shop's feed creates it) and delivered orders. */
export interface HistoryCustomer {
  profile: ProfileRecord;
  orders: OrderRecord[];
}

/**
 * A shop's past, so the relationship insights have something to show locally: `count` customers
 * who first bought up to seven years ago, some still buying, some lapsed, with small and large
 * baskets. Dated relative to `now` at first seed, like the demo orders.
 */
export function demoHistory(now: Date, count: number): HistoryCustomer[] {
  const next = random(20_260_101);
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    const email = `shopper-${n}@history.example`;
    const locale = LOCALES[Math.floor(next() * LOCALES.length)] as Locale;
    const firstAgo = Math.floor(next() ** 1.5 * 7 * 365) + 20;
    // Most keep buying for a while; a share stopped long ago (lapsed).
    const activeDays = next() < 0.3 ? Math.floor(next() * 200) : Math.floor(next() * firstAgo);
    const orders = 1 + Math.floor(next() * 5);
    const placed = Array.from({ length: orders }, (_, k) =>
      Math.max(firstAgo - Math.floor((activeDays * k) / Math.max(orders - 1, 1)), 1),
    );
    const since = new Date(now.getTime() - firstAgo * DAY).toISOString();
    const profile = { ...newProfile(email, email, new Date(since)), name: `Shopper ${n}`, locale, orderFacts: {} };
    return {
      profile,
      orders: placed.map((ago, k) => {
        const [name, unitPriceCents] = GOODS[Math.floor(next() * GOODS.length)] as [string, number];
        const quantity = 1 + Math.floor(next() * 2);
        const at = new Date(now.getTime() - ago * DAY).toISOString();
        return {
          orderNumber: `H${n}${k + 1}`,
          email,
          locale,
          placedAt: at,
          status: 'delivered' as const,
          currency: CURRENCY[locale],
          items: [{ lineId: 'L1', name, quantity, unitPriceCents }],
          totalCents: quantity * unitPriceCents,
          timeline: [
            { status: 'placed' as const, at },
            { status: 'delivered' as const, at: new Date(Date.parse(at) + 4 * DAY).toISOString() },
          ],
          updatedAt: at,
        };
      }),
    };
  });
}
