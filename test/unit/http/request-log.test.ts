import { describe, expect, it } from 'vitest';
import { requestLogLine } from '../../../functions/http/request-log';

describe('requestLogLine', () => {
  it.each<[number, number, string | undefined]>([
    [200, 12, undefined],
    [404, 3, undefined],
    [429, 999, undefined],
    [200, 1000, 'slow request'],
    [201, 4500, 'slow request'],
    [500, 2, 'request failed'],
    [503, 5000, 'request failed'],
  ])('status %i after %i ms: %s', (status, ms, expected) => {
    expect(requestLogLine(status, ms, 1000)).toBe(expected);
  });
});
