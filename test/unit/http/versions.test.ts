import { describe, expect, it } from 'vitest';
import { BadRequest, PreconditionRequired } from '../../../functions/commons/errors';
import { etagOf, requireIfMatch, versionFromIfMatch } from '../../../functions/http/versions';

describe('Function: versionFromIfMatch', () => {
  it.each<[string | undefined, number | undefined]>([
    ['"3"', 3],
    ['W/"3"', 3],
    ['3', 3],
    [' "12" ', 12],
    ['"0"', 0],
    [undefined, undefined],
    ['*', undefined],
  ])('should read %j as %s', (header, expected) => {
    // Act
    const version = versionFromIfMatch(header);

    // Assess
    expect(version).toBe(expected);
  });

  it.each(['', 'abc', '"abc"', '"-1"', '"3.5"', '"3", "4"', 'w/"3"', '"3', '3"', '""', '3; DROP TABLE', '"1e3"'])(
    'should refuse %j as a bad request naming If-Match',
    (header) => {
      // Act
      const act = () => versionFromIfMatch(header);

      // Assess
      expect(act).toThrow(BadRequest);
      expect(act).toThrow(/If-Match/);
    },
  );

  it('should read back the ETag it writes', () => {
    // Act
    const version = versionFromIfMatch(etagOf(42));

    // Assess
    expect(etagOf(42)).toBe('"42"');
    expect(version).toBe(42);
  });
});

describe('Function: requireIfMatch', () => {
  it('should give the version a save names', () => {
    expect(requireIfMatch('W/"7"', 'the starting list')).toBe(7);
  });

  it.each([undefined, '*'])('should refuse %j with 428, saying where version 0 comes from', (header) => {
    const act = () => requireIfMatch(header, 'the built-in rules');
    expect(act).toThrow(PreconditionRequired);
    expect(act).toThrow('Send If-Match with the version you edited ("0" for the built-in rules)');
  });

  it('should refuse a malformed header as a bad request, not as a missing one', () => {
    expect(() => requireIfMatch('"abc"', 'the built-in rules')).toThrow(BadRequest);
  });
});
