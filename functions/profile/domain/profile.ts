import type { Locale } from '../../http/schemas';
import type { Preferences, Profile, SpecialDate } from '../schemas';
import { greeting } from './greetings';
import { isOpen, type OrderRecord } from '../../orders/domain/order';
import { relationship } from './relationship';
import { LOCALE_TIME_ZONE, occasionsOn } from './special-dates';

/** A customer profile as stored (everything not derived from orders). */
export interface ProfileRecord {
  customerId: string;
  email: string;
  name: string;
  locale: Locale;
  preferences: Preferences;
  specialDates: SpecialDate[];
  customerSince: string;
}

export const DEFAULT_PREFERENCES: Preferences = { newsletter: false, contactChannel: 'email', orderUpdates: true };

/** A first profile for a signed-in user we have not seen (e.g. a new Cognito sign-up). */
export function newProfile(customerId: string, email: string, now: Date): ProfileRecord {
  const name = email.split('@')[0] ?? 'there';
  return { customerId, email, name, locale: 'en', preferences: DEFAULT_PREFERENCES, specialDates: [], customerSince: now.toISOString() };
}

const hourIn = (now: Date, timeZone: string) =>
  Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(now));

/** The profile a customer sees: stored facts plus tier, stage, greeting and today's occasions. */
export function presentProfile(record: ProfileRecord, orders: readonly OrderRecord[], now: Date): Profile {
  const zone = LOCALE_TIME_ZONE[record.locale];
  const occasionsToday = occasionsOn(record.specialDates, now, zone);
  const rel = relationship(orders, now);
  return {
    ...record,
    tier: rel.tier,
    stage: rel.stage,
    stats: { orderCount: rel.orderCount, spentLast12MonthsCents: rel.spentLast12MonthsCents, lastOrderAt: rel.lastOrderAt },
    greeting: greeting(record.locale, record.name, hourIn(now, zone), occasionsToday),
    occasionsToday,
    openOrders: orders.filter((o) => isOpen(o.status)).length,
  };
}
