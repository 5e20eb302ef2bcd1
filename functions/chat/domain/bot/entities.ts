import type { Entities } from './types.js';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  januar: 1,
  feb: 2,
  february: 2,
  februar: 2,
  mar: 3,
  march: 3,
  maerz: 3,
  märz: 3,
  apr: 4,
  april: 4,
  may: 5,
  mai: 5,
  jun: 6,
  june: 6,
  juni: 6,
  jul: 7,
  july: 7,
  juli: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  okt: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
  dez: 12,
  dezember: 12,
};

/** Compiled entity definitions from the rule file. */
export interface EntityMatchers {
  orderNumber: RegExp[];
  email: RegExp;
  date: RegExp[];
}

export function compileEntities(def: { orderNumber: string[]; email: string; date: string[] }): EntityMatchers {
  return {
    orderNumber: def.orderNumber.map((s) => new RegExp(s, 'giu')),
    email: new RegExp(def.email, 'giu'),
    date: def.date.map((s) => new RegExp(s, 'giu')),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(g: Record<string, string | undefined>, now: Date): string | undefined {
  const d = Number(g.d);
  const m = g.m ? Number(g.m) : MONTHS[(g.mon ?? '').toLowerCase().replace(/\.$/, '')];
  let y = g.y ? Number(g.y) : now.getUTCFullYear();
  if (y < 100) y += 2000;
  if (!m || m < 1 || m > 12 || !d || d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * Extracts order numbers (`10023`, `PO-10023`, `#10023`), emails and dates from raw text.
 * Digits inside emails or dates are not order numbers.
 * @example extractEntities('PO-10023 ana@example.com', m).orderNumbers // ['PO-10023']
 */
export function extractEntities(raw: string, m: EntityMatchers, now = new Date()): Entities {
  const text = raw.normalize('NFKC');
  const emails = [...text.matchAll(m.email)].map((x) => x[0].toLowerCase());
  let rest = text.replace(m.email, ' ');
  const dates: string[] = [];
  for (const re of m.date) {
    for (const x of [...rest.matchAll(re)]) {
      const iso = isoDate(x.groups ?? {}, now);
      if (!iso) continue;
      if (!dates.includes(iso)) dates.push(iso);
      rest = rest.replace(x[0], ' ');
    }
  }
  const orderNumbers: string[] = [];
  for (const re of m.orderNumber) {
    for (const x of rest.matchAll(re)) {
      const n = (x.groups?.n ?? x[0]).toUpperCase().replace(/^PO[-\s]?/, 'PO-');
      if (!orderNumbers.some((o) => o.endsWith(n.replace(/^PO-/, '')))) orderNumbers.push(n);
    }
    rest = rest.replace(re, ' ');
  }
  return { orderNumbers, emails, dates };
}
