import { hashPassword } from '../../auth/local-idp';
import type { AppDeps } from '../../env';
import { indexCustomer } from '../../customers/service';
import { faqAdminOf } from '../../faq/admin-service';
import { keepOrderFacts } from '../../profile/service';
import { demoAccounts } from './customers';
import { seedArticles } from './faq-articles';
import { demoHistory } from './history';
import { demoOrders } from './orders';

const SEED_ACTOR = 'seed';

/**
 * Seeds demo users, profiles, orders and published FAQ articles. Idempotent: existing items are
 * left as they are, so a restart keeps every change made since.
 */
export async function seedDemoData(deps: AppDeps, password: string, historyCustomers = 0) {
  const { stores, now } = deps;
  const passwordHash = await hashPassword(password);
  let created = 0;
  for (const account of demoAccounts) {
    if (await stores.users.create({ email: account.email, sub: account.sub, passwordHash, groups: account.groups }))
      created++;
    if (account.profile) {
      const profile = { ...account.profile, customerId: account.sub, email: account.email };
      // Indexed on every start (as stored): a data dir seeded before customer search finds them too.
      await indexCustomer(deps, await stores.customers.ensure(profile));
    }
  }
  // Orders are keyed by email, as a shop feeds them: they are a customer's once they sign in.
  for (const order of demoOrders(now())) {
    if (await stores.orders.create(order)) created++;
    // Facts and relationship aggregates as a fed order gets them (unchanged facts change nothing).
    await keepOrderFacts(deps, order);
  }
  // A shop's past (SEED_HISTORY_CUSTOMERS) for the relationship insights: profiles as the feed makes them.
  for (const { profile, orders } of demoHistory(now(), historyCustomers)) {
    await stores.customers.ensure(profile);
    for (const order of orders) {
      if (await stores.orders.create(order)) created++;
      await keepOrderFacts(deps, order);
    }
  }
  const existing = new Set((await stores.faq.listHeads()).map((h) => `${h.slug}#${h.locale}`));
  const fresh = seedArticles
    .filter((a) => !existing.has(`${a.slug}#${a.locale}`))
    .map((a) => ({ ...a, status: 'published' }));
  if (fresh.length) created += (await faqAdminOf(deps).importRows(fresh, SEED_ACTOR)).created;
  return { created, accounts: demoAccounts.map((a) => ({ email: a.email, groups: a.groups })) };
}
