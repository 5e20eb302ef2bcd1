import { pack } from '../../../locales/packs';
import { type Locale, localeInfo } from '../../../locales/registry';
import { formatDay } from './returns';
import { type InvoiceFacts, type OrderRecord, UNINVOICED_STATUSES } from './order';
import { numberFormat } from '../../text/intl';

/** Whether the order has an invoice to download, and if not why, in the customer's language. */
export function invoiceability(
  record: OrderRecord,
  locale: Locale,
): { canDownloadInvoice: boolean; invoiceReason?: string } {
  if (!UNINVOICED_STATUSES.includes(record.status)) return { canDownloadInvoice: true };
  const refused = pack(locale).orders.invoiceRefused;
  return {
    canDownloadInvoice: false,
    invoiceReason: record.status === 'cancelled' ? refused.cancelled : refused.notPaid,
  };
}

/** The invoice's number: one invoice per order, so the order's number names it. */
export const invoiceNumberOf = (record: OrderRecord) => `INV-${record.orderNumber}`;

/** What the PDF prints, every word and amount already in the customer's language. */
export interface InvoiceModel {
  labels: ReturnType<typeof pack>['orders']['invoice'];
  number: string;
  orderNumber: string;
  date: string;
  billedTo: string[];
  lines: { name: string; quantity: string; unitPrice: string; amount: string }[];
  total: string;
}

/**
 * The invoice of an order, ready to print: the issue date (the first download, kept), the
 * buyer (a business customer's company and VAT id first), lines and total as money in the
 * customer's language. Pure: the same order gives the same invoice.
 */
export function invoiceModel(record: OrderRecord, facts: InvoiceFacts, locale: Locale, now: Date): InvoiceModel {
  const labels = pack(locale).orders.invoice;
  const money = numberFormat(localeInfo(locale).intl, { style: 'currency', currency: record.currency });
  const cents = (n: number) => money.format(n / 100);
  const a = record.shippingAddress;
  return {
    labels,
    number: invoiceNumberOf(record),
    orderNumber: record.orderNumber,
    date: formatDay(facts.issuedAt ?? now.toISOString(), locale),
    billedTo: [
      facts.companyName,
      facts.vatId ? `${labels.vatId}: ${facts.vatId}` : undefined,
      a?.name,
      a?.line1,
      a ? `${a.postalCode} ${a.city}` : undefined,
      a?.country,
      record.email,
    ].filter((l): l is string => Boolean(l)),
    lines: record.items.map((l) => ({
      name: l.name,
      quantity: String(l.quantity),
      unitPrice: cents(l.unitPriceCents),
      amount: cents(l.unitPriceCents * l.quantity),
    })),
    total: cents(record.totalCents),
  };
}
