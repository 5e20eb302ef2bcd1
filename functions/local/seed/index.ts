import { hashPassword } from '../../auth/local-idp';
import type { Stores } from '../../store';
import { demoAccounts } from './customers';
import { demoOrders } from './orders';

/** Seeds demo users, profiles and orders. Idempotent: existing items are left as they are. */
export async function seedDemoData(stores: Stores, password: string, now: Date) {
  const passwordHash = await hashPassword(password);
  let created = 0;
  for (const account of demoAccounts) {
    if (await stores.users.create({ email: account.email, sub: account.sub, passwordHash, groups: account.groups })) created++;
    if (account.profile) await stores.customers.ensure({ ...account.profile, customerId: account.sub, email: account.email });
  }
  for (const order of demoOrders(now)) if (await stores.orders.create(order)) created++;
  return { created, accounts: demoAccounts.map((a) => ({ email: a.email, admin: a.groups.includes('admins') })) };
}
