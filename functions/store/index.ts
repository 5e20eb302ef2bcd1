import { botRulesStore } from '../chat/rules-store';
import { chatStore } from '../chat/store';
import type { Db } from './client';
import { customersStore } from '../profile/store';
import { privacyStore } from '../profile/privacy-store';
import { customerDirectoryStore } from '../customers/store';
import { faqStore } from '../faq/store';
import { ordersStore } from '../orders/store';
import { photoStore } from '../orders/photo-store';
import { outboxStore } from '../outbox/store';
import { rateLimitStore } from '../limits/store';
import { relationshipStore } from '../insights/relationship-store';
import { statsStore } from '../insights/store';
import { npsStore } from '../insights/nps-store';
import { ticketsStore } from '../tickets/store';
import { refreshTokensStore, usersStore } from '../auth/store';
import { webhookStore } from '../integrations/webhook-store';

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
    relationship: relationshipStore(db),
    chat: chatStore(db),
    tickets: ticketsStore(db),
    botRules: botRulesStore(db),
    outbox: outboxStore(db),
    webhooks: webhookStore(db),
    privacy: privacyStore(db),
    directory: customerDirectoryStore(db),
    nps: npsStore(db),
    refreshTokens: refreshTokensStore(db),
    photos: photoStore(db),
  };
}

export type Stores = ReturnType<typeof createStores>;
