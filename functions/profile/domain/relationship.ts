import type { OrderStatus } from '../../orders/domain/order';

export const TIERS = ['bronze', 'silver', 'gold', 'platinum'] as const;
export const STAGES = ['prospect', 'new', 'active', 'loyal', 'at_risk', 'lapsed'] as const;

export type Tier = (typeof TIERS)[number];
export type Stage = (typeof STAGES)[number];

export interface OrderFacts {
  placedAt: string;
  totalCents: number;
  status: OrderStatus;
}

const DAY = 86_400_000;
/** Spend over the last 12 months (cents) from which each tier starts. */
const TIER_THRESHOLDS: readonly [Tier, number][] = [
  ['platinum', 200_000],
  ['gold', 75_000],
  ['silver', 25_000],
  ['bronze', 0],
];

const counts = (status: OrderStatus) => status !== 'cancelled' && status !== 'returned';

/**
 * Loyalty tier and relationship stage, derived from order history at `now`.
 * Cancelled and returned orders count for neither spend nor frequency.
 * @example relationship([{ placedAt: '2026-01-02T00:00:00Z', totalCents: 9900, status: 'delivered' }], now)
 */
export function relationship(orders: readonly OrderFacts[], now: Date) {
  const valid = orders.filter((o) => counts(o.status));
  const yearAgo = now.getTime() - 365 * DAY;
  const spentLast12MonthsCents = valid
    .filter((o) => Date.parse(o.placedAt) >= yearAgo)
    .reduce((sum, o) => sum + o.totalCents, 0);
  const tier = TIER_THRESHOLDS.find(([, min]) => spentLast12MonthsCents >= min)?.[0] ?? 'bronze';
  const times = valid.map((o) => Date.parse(o.placedAt)).sort((a, b) => a - b);
  const lastOrderAt = orders
    .map((o) => o.placedAt)
    .sort()
    .at(-1);
  return { tier, stage: stageOf(times, now), spentLast12MonthsCents, orderCount: orders.length, lastOrderAt };
}

function stageOf(times: number[], now: Date): Stage {
  const last = times.at(-1);
  const first = times[0];
  if (last === undefined || first === undefined) return 'prospect';
  const sinceLast = (now.getTime() - last) / DAY;
  if (sinceLast > 365) return 'lapsed';
  if (sinceLast > 180) return 'at_risk';
  if (times.length >= 5) return 'loyal';
  if ((now.getTime() - first) / DAY <= 60) return 'new';
  return 'active';
}
