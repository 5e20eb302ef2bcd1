import type { Db } from './client';
import { customersStore } from './customers';
import { ordersStore } from './orders';
import { rateLimitStore } from './rate-limits';
import { usersStore } from './users';

/** Every store over one table; the only code that talks to DynamoDB. */
export function createStores(db: Db) {
  return {
    db,
    customers: customersStore(db),
    orders: ordersStore(db),
    users: usersStore(db),
    rateLimits: rateLimitStore(db),
  };
}

export type Stores = ReturnType<typeof createStores>;
