import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { DomainError } from '../commons/errors';
import { logger } from '../commons/logger';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: { field: string; message: string }[];
  [extra: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 412: 'Precondition Failed', 413: 'Payload Too Large', 415: 'Unsupported Media Type',
  428: 'Precondition Required', 429: 'Too Many Requests', 500: 'Internal Server Error',
};

/** Builds an RFC 9457 problem+json response; the one place error bodies are shaped. */
export function problem(c: Context, status: number, fields: Partial<Problem> = {}, headers: Record<string, string> = {}) {
  const body: Problem = {
    type: `https://portal.example.com/problems/${fields.type ?? slugOf(status)}`,
    title: TITLES[status] ?? 'Error',
    status,
    instance: c.req.path,
    requestId: c.get('requestId'),
    ...withoutType(fields),
  };
  return c.body(JSON.stringify(body), status as 400, { ...headers, 'content-type': 'application/problem+json' });
}

const slugOf = (status: number) => (TITLES[status] ?? 'error').toLowerCase().replace(/\s+/g, '-');
const withoutType = ({ type: _type, ...rest }: Partial<Problem>) => rest;

/** Turns a zod error into `[{ field, message }]`, naming the offending field. */
export function fieldErrors(error: ZodError) {
  return error.issues.map((issue) => {
    const path = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') {
      return { field: issue.keys.map((k) => (path ? `${path}.${k}` : k)).join(','), message: `Unknown field(s): ${issue.keys.join(', ')}` };
    }
    return { field: path || '(body)', message: issue.message };
  });
}

/** The validation hook of every route: the same problem shape for every failed schema. */
export function validationProblem(c: Context, error: ZodError) {
  const errors = fieldErrors(error);
  return problem(c, 400, { type: 'validation', detail: `Invalid ${errors.map((e) => e.field).join(', ')}`, errors });
}

/** Hono's onError: named errors keep their status; anything unexpected becomes an opaque 500. */
export function onError(err: Error, c: Context) {
  if (err instanceof DomainError) {
    const headers: Record<string, string> = {};
    if (err.status === 429 && typeof err.extra.retryAfter === 'number') headers['retry-after'] = String(err.extra.retryAfter);
    return problem(c, err.status, { type: err.type, detail: err.message, ...err.extra }, headers);
  }
  if (err instanceof ZodError) return validationProblem(c, err);
  if (err instanceof HTTPException) {
    const detail = err.status === 400 && /JSON/i.test(err.message) ? 'The request body is not valid JSON' : err.message;
    return problem(c, err.status, { detail });
  }
  logger.error('unhandled error', { error: err, path: c.req.path, requestId: c.get('requestId') });
  return problem(c, 500, { detail: 'Something went wrong on our side. Please try again.' });
}
