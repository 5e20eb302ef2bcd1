import type { ZodError } from 'zod';

/** Turns a zod error into `[{ field, message }]`, naming the offending field. */
export function fieldErrors(error: ZodError) {
  return error.issues.map((issue) => {
    const path = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') {
      return {
        field: issue.keys.map((k) => (path ? `${path}.${k}` : k)).join(','),
        message: `Unknown field(s): ${issue.keys.join(', ')}`,
      };
    }
    return { field: path || '(body)', message: issue.message };
  });
}
