import { detect as deDetect } from './de/detect';
import { faq as deFaq } from './de/faq';
import { orders as deOrders } from './de/orders';
import { profile as deProfile } from './de/profile';
import { search as deSearch } from './de/search';
import { detect as enDetect } from './en/detect';
import { faq as enFaq } from './en/faq';
import { orders as enOrders } from './en/orders';
import { profile as enProfile } from './en/profile';
import { search as enSearch } from './en/search';
import type { LanguagePack, SearchText } from './pack-types';
import type { Locale } from './registry';
import { detect as viDetect } from './vi/detect';
import { faq as viFaq } from './vi/faq';
import { orders as viOrders } from './vi/orders';
import { profile as viProfile } from './vi/profile';
import { search as viSearch } from './vi/search';
import { detect as zhDetect } from './zh/detect';
import { faq as zhFaq } from './zh/faq';
import { orders as zhOrders } from './zh/orders';
import { profile as zhProfile } from './zh/profile';
import { search as zhSearch } from './zh/search';

/**
 * The backend's language packs, one per registry entry (the type makes a missing one an error).
 * The site reads its UI strings from `locales/<code>/ui.ts` itself.
 */
export const PACKS = {
  en: { orders: enOrders, profile: enProfile, search: enSearch, detect: enDetect, faq: enFaq },
  de: { orders: deOrders, profile: deProfile, search: deSearch, detect: deDetect, faq: deFaq },
  vi: { orders: viOrders, profile: viProfile, search: viSearch, detect: viDetect, faq: viFaq },
  zh: { orders: zhOrders, profile: zhProfile, search: zhSearch, detect: zhDetect, faq: zhFaq },
} satisfies Record<Locale, LanguagePack>;

/** One locale's pack. */
export const pack = (locale: Locale): LanguagePack => PACKS[locale];

/** How the text layer and search read one locale's language. */
export const searchText = (locale: Locale): SearchText => PACKS[locale].search;
