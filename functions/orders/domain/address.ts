import { pack } from '../../../locales/packs';
import type { Locale } from '../../../locales/registry';
import { ADDRESS_CHANGE_STATUSES, type OrderRecord, SHIPPED_OR_LATER } from './order';

/** Whether the delivery address may still change (nothing packed yet), and if not why, in the customer's language. */
export function addressChangeability(
  record: OrderRecord,
  locale: Locale,
): { canChangeAddress: boolean; addressReason?: string } {
  if (ADDRESS_CHANGE_STATUSES.includes(record.status)) return { canChangeAddress: true };
  const refused = pack(locale).orders.addressRefused;
  const reason =
    record.status === 'packed'
      ? refused.packed
      : SHIPPED_OR_LATER.includes(record.status) && !['delivered', 'returned'].includes(record.status)
        ? refused.shipped
        : refused.closed;
  return { canChangeAddress: false, addressReason: reason };
}
