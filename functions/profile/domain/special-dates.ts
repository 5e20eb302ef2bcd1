import type { SpecialDate } from './profile';
import { dateTimeFormat } from '../../text/intl';

/** Today's month and day ("MM-DD") in a time zone. */
export function monthDayIn(now: Date, timeZone: string): string {
  const parts = dateTimeFormat('en-CA', { timeZone, month: '2-digit', day: '2-digit', year: 'numeric' }).formatToParts(
    now,
  );
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('month')}-${get('day')}`;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Special dates that fall on `now` in the given zone. A 29 February date is celebrated on
 * 28 February in years without one.
 */
export function occasionsOn(dates: readonly SpecialDate[], now: Date, timeZone: string): SpecialDate[] {
  const today = monthDayIn(now, timeZone);
  const year = Number(dateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(now));
  return dates.filter((d) => {
    const monthDay = d.date.slice(-5);
    if (monthDay === today) return true;
    return monthDay === '02-29' && today === '02-28' && !isLeapYear(year);
  });
}
