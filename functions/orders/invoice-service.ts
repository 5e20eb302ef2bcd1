import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { pack } from '../../locales/packs';
import { isLocale, type Locale, localeInfo } from '../../locales/registry';
import { NotAllowed } from '../commons/errors';
import { type InvoiceModel, invoiceability, invoiceModel } from './domain/invoice';
import type { InvoiceFacts, OrderRecord } from './domain/order';
import { type OrdersDeps, ownOrder } from './service';

/**
 * Noto Sans TC: one font with Latin (German umlauts, Vietnamese tones) and Traditional Chinese
 * glyphs, so an invoice in any of the portal's languages prints every letter. pdfkit embeds only
 * the glyphs used. Bundled Lambdas carry the file beside the code (fonts/); locally it comes from
 * the npm package.
 */
const FONT_FILE = 'NotoSansTC_400Regular.ttf';
let font: Buffer | undefined;
function invoiceFont(): Buffer {
  if (font) return font;
  const here = dirname(fileURLToPath(import.meta.url));
  const fromPackage = () => {
    try {
      return createRequire(import.meta.url).resolve(`@expo-google-fonts/noto-sans-tc/400Regular/${FONT_FILE}`);
    } catch {
      return undefined;
    }
  };
  const candidates = [process.env.INVOICE_FONT_PATH, join(here, 'fonts', FONT_FILE), fromPackage()];
  const path = candidates.find((p): p is string => Boolean(p && existsSync(p)));
  if (!path) throw new Error(`The invoice font ${FONT_FILE} is missing`);
  font = readFileSync(path);
  return font;
}

/** Draws the invoice on A4 and returns the PDF's bytes. */
export function renderInvoicePdf(model: InvoiceModel, locale: Locale): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    font: invoiceFont() as unknown as string,
    lang: localeInfo(locale).htmlLang,
    info: { Title: `${model.labels.title} ${model.number}`, Author: 'Customer service' },
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const { labels } = model;
  const left = 50;
  const width = doc.page.width - 100;
  doc.fontSize(22).text(labels.title, left, 50);
  doc.moveDown(0.5).fontSize(10);
  for (const [term, value] of [
    [labels.number, model.number],
    [labels.order, model.orderNumber],
    [labels.date, model.date],
  ])
    doc.text(`${term}: ${value}`);
  doc.moveDown().fontSize(9).fillColor('#555').text(labels.billedTo).fillColor('#000').fontSize(10);
  for (const line of model.billedTo) doc.text(line);
  doc.moveDown(1.5);
  const cols = [
    { label: labels.item, x: left, w: width - 250, align: 'left' as const },
    { label: labels.quantity, x: left + width - 250, w: 50, align: 'right' as const },
    { label: labels.unitPrice, x: left + width - 195, w: 95, align: 'right' as const },
    { label: labels.amount, x: left + width - 95, w: 95, align: 'right' as const },
  ];
  const row = (values: string[], size = 10) => {
    const y = doc.y;
    doc.fontSize(size);
    const heights = values.map((v, i) => doc.heightOfString(v, { width: cols[i]?.w }));
    values.forEach((v, i) => {
      const col = cols[i];
      if (col) doc.text(v, col.x, y, { width: col.w, align: col.align });
    });
    doc.x = left;
    doc.y = y + Math.max(...heights) + 6;
  };
  const rule = () =>
    doc
      .moveTo(left, doc.y)
      .lineTo(left + width, doc.y)
      .lineWidth(0.5)
      .strokeColor('#999')
      .stroke()
      .moveDown(0.4);
  row(
    cols.map((c) => c.label),
    9,
  );
  rule();
  for (const line of model.lines) row([line.name, line.quantity, line.unitPrice, line.amount]);
  rule();
  row([labels.total, '', '', model.total], 12);
  doc.moveDown().fontSize(10).text(labels.paid, left, doc.y, { width });
  doc.moveDown().fontSize(9).fillColor('#555').text(labels.thanks, { width });
  doc.end();
  return done;
}

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
