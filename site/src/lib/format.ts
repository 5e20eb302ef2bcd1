import { intlLocale } from './ui';

/** Money in the page's language, e.g. 12,50 € on /de/. */
export const money = (cents: number, currency: string): string =>
  new Intl.NumberFormat(intlLocale(), { style: 'currency', currency }).format(cents / 100);

/** A calendar date; `YYYY-MM-DD` is read as that day, not as UTC midnight. */
export function day(value: string): string {
  const plain = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(plain ? `${value}T12:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium' }).format(date);
}

export const dateTime = (value: string): string => {
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
};

/** A wait such as "5 minutes" / "5 Minuten", rounded up to whole minutes past a minute. */
export function wait(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  const [value, unit] = seconds < 60 ? [Math.max(1, seconds), 'second'] : [minutes, 'minute'];
  return new Intl.NumberFormat(intlLocale(), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
