/**
 * CSV for the order backfill: RFC 4180 parsing (quotes, doubled quotes, CRLF), past orders from
 * one line per order item, and CSV text back for the rejected rows. Pure: unit-tested in Node.
 */

/** The records of a CSV text; a line break inside quotes stays in its field. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => r.some((f) => f.trim() !== ''));
}

const quote = (field: string) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);

/** CSV text of records (CRLF line ends, as spreadsheets write them). */
export const toCsv = (records: readonly (readonly string[])[]) =>
  `${records.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;

/** The columns a backfill CSV may have, one line per order item (order columns repeat). */
export const BACKFILL_COLUMNS = [
  'orderNumber',
  'email',
  'name',
  'locale',
  'placedAt',
  'currency',
  'totalCents',
  'status',
  'expectedDelivery',
  'sku',
  'item',
  'quantity',
  'unitPriceCents',
] as const;

/** Numbers where the cell is one, so a wrong cell reaches the API as what it is and is named there. */
const value = (cell: string | undefined) => {
  const v = cell?.trim() ?? '';
  if (v === '') return undefined;
  return /^-?\d+$/.test(v) ? Number(v) : v;
};

/** One order the CSV describes, with the file lines (1-based, the header is line 1) it came from. */
export interface CsvOrder {
  row: Record<string, unknown>;
  lines: number[];
}

/**
 * Past orders from CSV records: the header names the columns (any order, any case), lines with
 * the same order number become one order with several items, in file order. Unknown columns are
 * passed on, so the API names them.
 */
export function ordersFromCsv(records: readonly (readonly string[])[]): CsvOrder[] {
  const [head, ...body] = records;
  if (!head) return [];
  const canonical = new Map(BACKFILL_COLUMNS.map((c) => [c.toLowerCase(), c as string]));
  const names = head.map((h) => canonical.get(h.trim().toLowerCase()) ?? h.trim());
  const orders = new Map<string, CsvOrder>();
  const list: CsvOrder[] = [];
  body.forEach((record, i) => {
    const cells = Object.fromEntries(names.map((n, j) => [n, value(record[j])]));
    const { orderNumber, email, name, locale, sku, item, quantity, unitPriceCents, ...rest } = cells;
    const key = String(orderNumber ?? `#line${i + 2}`);
    const line = { ...(sku !== undefined ? { sku: String(sku) } : {}), name: item, quantity, unitPriceCents };
    const known = orders.get(key);
    if (known) {
      (known.row.items as unknown[]).push(line);
      known.lines.push(i + 2);
      return;
    }
    const order: CsvOrder = {
      row: {
        ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
        orderNumber: orderNumber === undefined ? undefined : String(orderNumber),
        customer: { email, ...(name !== undefined ? { name: String(name) } : {}), ...(locale ? { locale } : {}) },
        items: [line],
      },
      lines: [i + 2],
    };
    orders.set(key, order);
    list.push(order);
  });
  return list;
}
