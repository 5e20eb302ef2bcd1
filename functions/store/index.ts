import { botRulesStore } from './bot-rules';
import { chatStore } from './chat';
import type { Db } from './client';
import { customersStore } from './customers';
import { faqStore } from './faq';
import { ordersStore } from './orders';
import { rateLimitStore } from './rate-limits';
import { statsStore } from './stats';
import { ticketsStore } from './tickets';
import { usersStore } from './users';

/** Every store over one table; the only code that talks to DynamoDB. */
export function createStores(db: Db) {
  return {
    db,
    customers: customersStore(db),
    orders: ordersStore(db),
    users: usersStore(db),
    rateLimits: rateLimitStore(db),
    faq: faqStore(db),
    stats: statsStore(db),
    chat: chatStore(db),
    tickets: ticketsStore(db),
    botRules: botRulesStore(db),
  };
}

export type Stores = ReturnType<typeof createStores>;
