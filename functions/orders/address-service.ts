import type { Locale } from '../../locales/registry';
import { NotAllowed } from '../commons/errors';
import { enqueueShopWebhook, type OutboxDeps } from '../outbox/service';
import { addressChangeability } from './domain/address';
import { ADDRESS_CHANGE_STATUSES, type OrderRecord } from './domain/order';
import { type OrdersDeps, ownOrder } from './service';

/**
 * Changes the delivery address of an own order that is not packed yet, in one conditional write:
 * a change racing the shop's "packed" event loses cleanly and says why (409). Setting the same
 * address again is harmless. The shop hears of each change through a signed webhook
 * (SHOP_WEBHOOK_URL), queued in the outbox and retried there.
 */
export async function changeOwnAddress(
  deps: OrdersDeps & OutboxDeps,
  ownerEmail: string,
  orderNumber: string,
  address: NonNullable<OrderRecord['shippingAddress']>,
  locale: Locale,
): Promise<OrderRecord> {
  const refuse = (order: OrderRecord) => {
    const check = addressChangeability(order, locale);
    return new NotAllowed(check.addressReason ?? '', { orderStatus: order.status });
  };
  const order = await ownOrder(deps, ownerEmail, orderNumber);
  if (!addressChangeability(order, locale).canChangeAddress) throw refuse(order);
  const at = deps.now().toISOString();
  const changed = await deps.stores.orders.changeAddress(orderNumber, ownerEmail, address, ADDRESS_CHANGE_STATUSES, at);
  if (changed) {
    await enqueueShopWebhook(deps, {
      event: 'order.address_changed',
      key: [orderNumber, 'address', String(changed.version ?? at)],
      orderNumber,
      customerId: ownerEmail,
      payload: { orderNumber, shippingAddress: changed.shippingAddress, changedAt: at, by: 'customer' },
    });
    return changed;
  }
  throw refuse(await ownOrder(deps, ownerEmail, orderNumber));
}
