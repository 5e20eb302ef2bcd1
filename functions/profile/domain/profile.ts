import { DEFAULT_LOCALE, localeInfo, type Locale } from '../../../locales/registry';
import { isOpen } from '../../orders/domain/order';
import { greeting } from './greetings';
import { type OrderFacts, relationship } from './relationship';
import { occasionsOn } from './special-dates';
import { dateTimeFormat } from '../../text/intl';

export const SPECIAL_DATE_KINDS = ['birthday', 'anniversary', 'other'] as const;
export const CONTACT_CHANNELS = ['email', 'sms', 'none'] as const;

/** A date a customer wants remembered: `YYYY-MM-DD` or `MM-DD`. */
export interface SpecialDate {
  kind: (typeof SPECIAL_DATE_KINDS)[number];
  date: string;
  label?: string;
}

export interface Preferences {
  newsletter: boolean;
  contactChannel: (typeof CONTACT_CHANNELS)[number];
  orderUpdates: boolean;
}

/** A postal address, as an order's delivery address has it (country: ISO 3166-1 alpha-2). */
export interface PostalAddress {
  name: string;
  line1: string;
  postalCode: string;
  city: string;
  country: string;
}

/** What a customer may change about themselves; `defaultAddress: null` forgets it. */
export interface ProfilePatch {
  name?: string;
  locale?: Locale;
  defaultAddress?: PostalAddress | null;
  preferences?: Partial<Preferences>;
  specialDates?: SpecialDate[];
}

/** A customer profile as stored (everything not derived from orders). */
export interface ProfileRecord {
  customerId: string;
  email: string;
  name: string;
  locale: Locale;
  preferences: Preferences;
  specialDates: SpecialDate[];
  customerSince: string;
  /** Where orders go unless the customer says otherwise; the order page offers it for an address change. */
  defaultAddress?: PostalAddress;
  /**
   * What tier, stage, spend and order count are derived from, one entry per order, kept on the
   * customer item as orders and events arrive, so a profile read is one item.
   */
  orderFacts?: Record<string, StoredOrderFacts>;
}

/** One order's facts on the customer item; `version` is the order's, so a late writer never wins. */
export interface StoredOrderFacts extends OrderFacts {
  version: number;
}

const DEFAULT_PREFERENCES: Preferences = { newsletter: false, contactChannel: 'email', orderUpdates: true };

/** A first profile for a signed-in user we have not seen (e.g. a new Cognito sign-up). */
export function newProfile(customerId: string, email: string, now: Date): ProfileRecord {
  const name = email.split('@')[0] ?? 'there';
  return {
    customerId,
    email,
    name,
    locale: DEFAULT_LOCALE,
    preferences: DEFAULT_PREFERENCES,
    specialDates: [],
    customerSince: now.toISOString(),
  };
}

const hourIn = (now: Date, timeZone: string) =>
  Number(dateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(now));

/** The profile a customer sees: stored facts plus tier, stage, greeting and today's occasions. */
export function presentProfile(stored: ProfileRecord, orders: readonly OrderFacts[], now: Date) {
  const { orderFacts: _facts, ...record } = stored;
  const zone = localeInfo(record.locale).timeZone;
  const occasionsToday = occasionsOn(record.specialDates, now, zone);
  const rel = relationship(orders, now);
  return {
    ...record,
    tier: rel.tier,
    stage: rel.stage,
    stats: {
      orderCount: rel.orderCount,
      spentLast12MonthsCents: rel.spentLast12MonthsCents,
      lastOrderAt: rel.lastOrderAt,
    },
    greeting: greeting(record.locale, record.name, hourIn(now, zone), occasionsToday),
    occasionsToday,
    openOrders: orders.filter((o) => isOpen(o.status)).length,
  };
}
