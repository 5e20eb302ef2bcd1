import type { Config } from '../config';
import type { Stores } from '../store';
import { createFaqAdmin } from './faq-admin';
import { createFaqSearch } from './faq-search';

/** Orchestration that spans stores and domain logic; created once per process. */
export function createServices(stores: Stores, config: Config, now: () => Date) {
  const faqSearch = createFaqSearch(stores.faq, config);
  return { faqSearch, faqAdmin: createFaqAdmin(stores.faq, faqSearch, now) };
}

export type Services = ReturnType<typeof createServices>;
