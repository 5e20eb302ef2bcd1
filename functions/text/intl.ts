/**
 * Intl formatters, one per locale and options for the life of the instance. Building one costs a
 * tenth of a millisecond or more (it loads ICU data), more than the rest of a profile read; a
 * formatter is immutable, so sharing it changes no output.
 */
const KEPT = 500;
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function kept<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  const hit = formats.get(key);
  if (hit) return hit as F;
  // Keys come from a few option sets and the shop's currencies; the bound only guards odd input.
  if (formats.size >= KEPT) formats.clear();
  const made = make();
  formats.set(key, made);
  return made;
}

/** `new Intl.DateTimeFormat(locale, options)`, made once. */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  kept(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

/** `new Intl.NumberFormat(locale, options)`, made once. */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  kept(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
