import { pack } from '../../locales/packs';
import { isLocale, type Locale } from '../../locales/registry';
import { NotAllowed } from '../commons/errors';
import { invoiceability, invoiceModel } from './domain/invoice';
import type { InvoiceFacts, OrderRecord } from './domain/order';
import { type OrdersDeps, ownOrder } from './service';

/** The language an invoice is written in: the one asked for, else the customer's, else the order's. */
async function invoiceLocale(deps: OrdersDeps, order: OrderRecord, asked?: Locale): Promise<Locale> {
  if (asked) return asked;
  const profile = await deps.stores.customers.get(order.email);
  return profile && isLocale(profile.locale) ? profile.locale : order.locale;
}

/** The own order's invoice facts, refusing (409, with the reason) an order that has no invoice. */
async function invoicedOrder(deps: OrdersDeps, ownerEmail: string, orderNumber: string, asked?: Locale) {
  const order = await ownOrder(deps, ownerEmail, orderNumber);
  const locale = await invoiceLocale(deps, order, asked);
  const check = invoiceability(order, locale);
  if (!check.canDownloadInvoice) throw new NotAllowed(check.invoiceReason ?? '', { orderStatus: order.status });
  return { order, locale };
}

/**
 * The invoice PDF of an own paid order, in the customer's language. The first download issues
 * it: the date and the buyer's company and VAT id are fixed from then on (a conditional write, so
 * two first downloads at once issue one invoice).
 */
export async function ownInvoice(deps: OrdersDeps, ownerEmail: string, orderNumber: string, asked?: Locale) {
  let { order, locale } = await invoicedOrder(deps, ownerEmail, orderNumber, asked);
  if (!order.invoice?.issuedAt) {
    const issued = { ...order.invoice, issuedAt: deps.now().toISOString() };
    order =
      (await deps.stores.orders.setInvoice(orderNumber, ownerEmail, issued)) ??
      (await ownOrder(deps, ownerEmail, orderNumber));
  }
  const model = invoiceModel(order, order.invoice ?? {}, locale, deps.now());
  const { renderInvoicePdf } = await import('./invoice-pdf-service');
  return { pdf: await renderInvoicePdf(model, locale), filename: `${model.number}.pdf` };
}

/**
 * A business customer's company name and VAT id for the invoice, accepted until the invoice is
 * issued (its first download); afterwards 409 says it is fixed.
 */
export async function setInvoiceDetails(
  deps: OrdersDeps,
  ownerEmail: string,
  orderNumber: string,
  details: Omit<InvoiceFacts, 'issuedAt'>,
  asked?: Locale,
): Promise<InvoiceFacts> {
  const { order, locale } = await invoicedOrder(deps, ownerEmail, orderNumber, asked);
  const issued = pack(locale).orders.invoiceRefused.issued;
  if (order.invoice?.issuedAt) throw new NotAllowed(issued);
  const facts: InvoiceFacts = {
    ...(details.companyName ? { companyName: details.companyName } : {}),
    ...(details.vatId ? { vatId: details.vatId } : {}),
  };
  const written = await deps.stores.orders.setInvoice(orderNumber, ownerEmail, facts);
  if (!written) throw new NotAllowed(issued);
  return written.invoice ?? facts;
}
