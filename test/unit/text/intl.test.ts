import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from '../../../functions/text/intl';

describe('kept Intl formatters', () => {
  const at = new Date('2026-02-28T23:30:00Z');

  it('gives the same formatter for the same locale and options, and the output of a fresh one', () => {
    const options = { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'long' } as const;
    expect(dateTimeFormat('vi-VN', options)).toBe(dateTimeFormat('vi-VN', { ...options }));
    expect(dateTimeFormat('vi-VN', options).format(at)).toBe(new Intl.DateTimeFormat('vi-VN', options).format(at));
  });

  it('tells locales, options and zones apart', () => {
    expect(dateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', day: '2-digit' }).format(at)).toBe('01');
    expect(dateTimeFormat('en-GB', { timeZone: 'UTC', day: '2-digit' }).format(at)).toBe('28');
    expect(numberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(12.5)).toBe('12,50\u00a0€');
    expect(numberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(12.5)).toBe('€12.50');
  });
});
