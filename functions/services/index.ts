import type { Config } from '../config';
import type { Stores } from '../store';
import { createBotRules } from './bot-rules';
import { createChat } from './chat';
import { lazyModule } from '../commons/lazy';
import { createFaqSearch } from './faq-search';

/** Orchestration that spans stores and domain logic; created once per process. */
export function createServices(stores: Stores, config: Config, now: () => Date) {
  const faqSearch = createFaqSearch(stores.faq, config);
  const botRules = createBotRules(stores.botRules, config);
  return {
    faqSearch, botRules,
    /** Admin-only: loaded on first use, so public functions never load it. */
    faqAdmin: lazyModule(async () => (await import('./faq-admin')).createFaqAdmin(stores.faq, faqSearch, now)),
    chat: createChat(stores, config, faqSearch, botRules, now),
  };
}

export type Services = ReturnType<typeof createServices>;
