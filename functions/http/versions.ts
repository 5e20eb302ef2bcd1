import { BadRequest, PreconditionRequired } from '../commons/errors';

/**
 * Versions on the wire: every editable record (FAQ articles, categories, bot rules, tickets)
 * carries a number that goes up with each save, sent as a strong ETag and asked back in If-Match.
 */

/** Strong ETag for a version. */
export const etagOf = (version: number) => `"${version}"`;

const IF_MATCH_VERSION = /^(?:W\/"(\d{1,15})"|"(\d{1,15})"|(\d{1,15}))$/;

/**
 * The version an If-Match header names: undefined when there is none or it is `*` (any current
 * version). Anything else that is not one of our ETags (`"3"`, `W/"3"` or a bare `3`) is refused
 * with BadRequest, never read as "no precondition".
 */
export function versionFromIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = header.trim();
  if (value === '*') return undefined;
  const match = IF_MATCH_VERSION.exec(value);
  if (!match) {
    const message = 'If-Match must name one version by its ETag, such as "3" (or * for any version)';
    throw new BadRequest(message, { errors: [{ field: 'if-match', message }] });
  }
  return Number(match[1] ?? match[2] ?? match[3]);
}

/**
 * The version an If-Match header names, for a save that must not go blind: no header (or `*`)
 * is refused with 428, saying where the version comes from.
 */
export function requireIfMatch(header: string | undefined, startingVersion: string): number {
  const expected = versionFromIfMatch(header);
  if (expected === undefined)
    throw new PreconditionRequired(`Send If-Match with the version you edited ("0" for ${startingVersion})`);
  return expected;
}
