import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { type Locale, localeInfo } from '../../locales/registry';
import type { InvoiceModel } from './domain/invoice';

/**
 * Noto Sans TC: one font with Latin (German umlauts, Vietnamese tones) and Traditional Chinese
 * glyphs, so an invoice in any of the portal's languages prints every letter. pdfkit embeds only
 * the glyphs used. Bundled Lambdas carry the file beside the code (fonts/); locally it comes from
 * the npm package. pdfkit and its fonts engine are most of a megabyte of code: invoice-service
 * imports this module on the first invoice, so other requests never parse it.
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
  // Beside the bundle's entry; this module may sit one folder down, in the bundle's chunks/.
  const candidates = [
    process.env.INVOICE_FONT_PATH,
    join(here, 'fonts', FONT_FILE),
    join(here, '..', 'fonts', FONT_FILE),
    fromPackage(),
  ];
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
