import { orders as deOrders } from './de/orders';
import { profile as deProfile } from './de/profile';
import { orders as enOrders } from './en/orders';
import { profile as enProfile } from './en/profile';
import type { LanguagePack } from './pack-types';
import type { Locale } from './registry';
import { orders as viOrders } from './vi/orders';
import { profile as viProfile } from './vi/profile';
import { orders as zhOrders } from './zh/orders';
import { profile as zhProfile } from './zh/profile';

/**
 * The backend's language packs, one per registry entry (the type makes a missing one an error).
 * The site reads its UI strings from `locales/<code>/ui.ts` itself.
 */
export const PACKS = {
  en: { orders: enOrders, profile: enProfile },
  de: { orders: deOrders, profile: deProfile },
  vi: { orders: viOrders, profile: viProfile },
  zh: { orders: zhOrders, profile: zhProfile },
} satisfies Record<Locale, LanguagePack>;

/** One locale's pack. */
export const pack = (locale: Locale): LanguagePack => PACKS[locale];
