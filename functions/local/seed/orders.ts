import type { Locale } from '../../../locales/registry';
import type { OrderRecord } from '../../orders/domain/order';
import type { OrderStatus, TimelineEvent } from '../../orders/domain/order';
import { withLineIds } from '../../orders/domain/feed';
import { demoAccounts } from './customers';

const DAY = 86_400_000;
const CARRIERS = {
  DHL: (n: string) => `https://www.dhl.com/en/express/tracking.html?AWB=${n}`,
  UPS: (n: string) => `https://www.ups.com/track?tracknum=${n}`,
  'Viettel Post': (n: string) => `https://viettelpost.com.vn/tra-cuu-hanh-trinh-don/?code=${n}`,
  黑貓宅急便: (n: string) => `https://www.t-cat.com.tw/inquire/trace.aspx?no=${n}`,
} as const;
type Carrier = keyof typeof CARRIERS;

const PATH: OrderStatus[] = ['placed', 'paid', 'packed', 'shipped'];
const AFTER_SHIPPED: Partial<Record<OrderStatus, OrderStatus[]>> = {
  delayed: ['delayed'],
  out_for_delivery: ['out_for_delivery'],
  delivery_attempted: ['out_for_delivery', 'delivery_attempted'],
  delivered: ['out_for_delivery', 'delivered'],
  returned: ['out_for_delivery', 'delivered', 'returned'],
};

/**
 * The events an order went through to reach `status`, spaced out from the day it was placed but
 * squeezed to fit between then and `now`: no event lies in the future.
 */
function journey(
  status: OrderStatus,
  placed: number,
  now: number,
  carrier: Carrier,
  tracking: string,
): TimelineEvent[] {
  if (status === 'cancelled')
    return [ev('placed', placed), ev('paid', placed + 600_000), ev('cancelled', placed + 7_200_000)];
  const upTo = PATH.includes(status)
    ? PATH.slice(0, PATH.indexOf(status) + 1)
    : [...PATH, ...(AFTER_SHIPPED[status] ?? [])];
  const step = Math.min(0.8 * DAY, (now - placed) / upTo.length);
  return upTo.map((s, i) => {
    const at = placed + i * step;
    if (s === 'shipped') return { ...ev(s, at), carrier, trackingNumber: tracking };
    if (s === 'delivery_attempted') return { ...ev(s, at), location: 'the parcel shop nearby' };
    return ev(s, at);
  });
}
const ev = (status: OrderStatus, at: number): TimelineEvent => ({ status, at: new Date(at).toISOString() });

interface Spec {
  n: string;
  who: string;
  status: OrderStatus;
  daysAgo: number;
  items: [string, string, number, number][];
  carrier: Carrier;
}

const SPECS: Spec[] = [
  {
    n: '10021',
    who: 'ana@example.com',
    status: 'delivered',
    daysAgo: 240,
    carrier: 'DHL',
    items: [['SKU-CHAIR', 'Oak dining chair', 2, 12900]],
  },
  {
    n: '10022',
    who: 'ana@example.com',
    status: 'delivered',
    // Recent enough that its return window is open (10021 shows one that closed).
    daysAgo: 14,
    carrier: 'DHL',
    items: [['SKU-LAMP', 'Brass desk lamp', 1, 8900]],
  },
  {
    n: '10023',
    who: 'ana@example.com',
    status: 'shipped',
    daysAgo: 3,
    carrier: 'DHL',
    items: [['SKU-RUG', 'Wool rug 160x230', 1, 24900]],
  },
  {
    n: '10024',
    who: 'ana@example.com',
    status: 'out_for_delivery',
    daysAgo: 4,
    carrier: 'UPS',
    items: [['SKU-MUG', 'Stoneware mug', 4, 1500]],
  },
  {
    n: '10025',
    who: 'ana@example.com',
    status: 'placed',
    daysAgo: 0,
    carrier: 'DHL',
    items: [
      ['SKU-SOFA', 'Linen sofa cover', 1, 7900],
      ['SKU-PILLOW', 'Cushion', 2, 1900],
    ],
  },
  {
    n: '10026',
    who: 'ana@example.com',
    status: 'paid',
    daysAgo: 1,
    carrier: 'DHL',
    items: [['SKU-VASE', 'Glass vase', 1, 3900]],
  },
  {
    n: '10031',
    who: 'ben@example.com',
    status: 'delayed',
    daysAgo: 9,
    carrier: 'UPS',
    items: [['SKU-DESK', 'Standing desk', 1, 49900]],
  },
  {
    n: '10032',
    who: 'ben@example.com',
    status: 'packed',
    daysAgo: 1,
    carrier: 'UPS',
    items: [['SKU-CABLE', 'Cable tray', 2, 2400]],
  },
  {
    n: '10033',
    who: 'ben@example.com',
    status: 'cancelled',
    daysAgo: 30,
    carrier: 'UPS',
    items: [['SKU-MONITOR', 'Monitor arm', 1, 8900]],
  },
  {
    n: '10034',
    who: 'ben@example.com',
    status: 'returned',
    daysAgo: 60,
    carrier: 'UPS',
    items: [['SKU-CHAIR2', 'Office chair', 1, 29900]],
  },
  {
    n: '10041',
    who: 'lena@example.de',
    status: 'delivery_attempted',
    daysAgo: 5,
    carrier: 'DHL',
    items: [['SKU-KETTLE', 'Wasserkocher', 1, 5900]],
  },
  {
    n: '10042',
    who: 'lena@example.de',
    status: 'delivered',
    daysAgo: 50,
    carrier: 'DHL',
    items: [['SKU-PAN', 'Gusseisenpfanne', 1, 6900]],
  },
  {
    n: '10043',
    who: 'lena@example.de',
    status: 'placed',
    daysAgo: 0,
    carrier: 'DHL',
    items: [['SKU-KNIFE', 'Kochmesser', 1, 11900]],
  },
  {
    n: '10051',
    who: 'minh@example.vn',
    status: 'shipped',
    daysAgo: 2,
    carrier: 'Viettel Post',
    items: [['SKU-FAN', 'Quạt đứng', 1, 3500]],
  },
  {
    n: '10052',
    who: 'minh@example.vn',
    status: 'delivered',
    daysAgo: 200,
    carrier: 'Viettel Post',
    items: [['SKU-RICE', 'Nồi cơm điện', 1, 4500]],
  },
  {
    n: '10053',
    who: 'minh@example.vn',
    status: 'paid',
    daysAgo: 0,
    carrier: 'Viettel Post',
    items: [['SKU-TEA', 'Trà ô long', 3, 900]],
  },
  {
    n: '10061',
    who: 'mei@example.tw',
    status: 'packed',
    daysAgo: 1,
    carrier: '黑貓宅急便',
    items: [['SKU-TEAPOT', '陶瓷茶壺', 1, 4200]],
  },
  {
    n: '10062',
    who: 'mei@example.tw',
    status: 'delivered',
    daysAgo: 400,
    carrier: '黑貓宅急便',
    items: [['SKU-BOWL', '手工碗', 4, 1200]],
  },
  {
    n: '10063',
    who: 'mei@example.tw',
    status: 'delayed',
    daysAgo: 10,
    carrier: '黑貓宅急便',
    items: [['SKU-LAMP2', '竹燈', 1, 6800]],
  },
];

const CURRENCY: Record<Locale, string> = { en: 'USD', de: 'EUR', vi: 'USD', zh: 'TWD' };

/** Demo orders in every status and several locales, dated relative to `now` at first seed. */
export function demoOrders(now: Date): OrderRecord[] {
  return SPECS.map((spec) => {
    const account = demoAccounts.find((a) => a.email === spec.who);
    if (!account?.profile) throw new Error(`seed order ${spec.n} names an unknown customer ${spec.who}`);
    const placed = now.getTime() - spec.daysAgo * DAY - 3 * 3_600_000;
    const tracking = `${spec.carrier === 'DHL' ? 'JD' : 'TR'}${spec.n}${String(placed).slice(-6)}`;
    const timeline = journey(spec.status, placed, now.getTime(), spec.carrier, tracking);
    const shipped = timeline.some((e) => e.status === 'shipped');
    const items = withLineIds(
      spec.items.map(([sku, name, quantity, unitPriceCents]) => ({ sku, name, quantity, unitPriceCents })),
    );
    return {
      orderNumber: spec.n,
      email: account.email,
      locale: account.profile.locale,
      placedAt: new Date(placed).toISOString(),
      status: spec.status,
      currency: CURRENCY[account.profile.locale],
      items,
      totalCents: items.reduce((sum, i) => sum + i.quantity * i.unitPriceCents, 0),
      shippingAddress: {
        name: account.profile.name,
        line1: '1 Demo Street',
        postalCode: '10115',
        city: 'Demo City',
        country: 'DE',
      },
      tracking: shipped
        ? { carrier: spec.carrier, trackingNumber: tracking, url: CARRIERS[spec.carrier](tracking) }
        : undefined,
      expectedDelivery: new Date(placed + (spec.status === 'delayed' ? 12 : 5) * DAY).toISOString().slice(0, 10),
      timeline,
      updatedAt: timeline.at(-1)?.at ?? new Date(placed).toISOString(),
    };
  });
}
