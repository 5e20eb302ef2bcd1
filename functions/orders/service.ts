import { failureWindow, limitWindow } from '../limits/service';
import type { Config } from '../config';
import type { OrderRecord } from './domain/order';
import type { Stores } from '../store';

/**
 * A guest's order by number and the order's email, for the lookup route and the chatbot alike.
 * An unknown order and a wrong email both give undefined and both count as a failed try;
 * once a client has too many, it gets 429 before anything is read.
 */
export async function findGuestOrder(
  { stores, config, now }: { stores: Stores; config: Config; now: () => Date },
  client: string,
  orderNumber: string,
  email: string,
): Promise<OrderRecord | undefined> {
  const window = limitWindow(config, 'lookup', client, config.LOOKUP_FAILURES_PER_WINDOW, config.LOOKUP_WINDOW_SECONDS);
  const tries = await failureWindow(stores.rateLimits, window, now());
  const order = await stores.orders.get(orderNumber);
  if (order && order.email.toLowerCase() === email.trim().toLowerCase()) return order;
  await tries.failed();
  return undefined;
}
