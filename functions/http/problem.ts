import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { DomainError, type ErrorKind } from '../commons/errors';
import { fieldErrors } from '../commons/field-errors';
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
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** An RFC 9457 problem document; the one place error bodies are shaped (also for the local server's own errors). */
export function problemDocument(status: number, fields: Partial<Problem> = {}): Problem {
  return {
    type: `https://portal.example.com/problems/${fields.type ?? slugOf(status)}`,
    title: TITLES[status] ?? 'Error',
    status,
    ...withoutType(fields),
  };
}

/** Builds an RFC 9457 problem+json response. */
export function problem(
  c: Context,
  status: number,
  fields: Partial<Problem> = {},
  headers: Record<string, string> = {},
) {
  const body = problemDocument(status, { instance: c.req.path, requestId: c.get('requestId'), ...fields });
  return c.body(JSON.stringify(body), status as 400, { ...headers, 'content-type': 'application/problem+json' });
}

const slugOf = (status: number) => (TITLES[status] ?? 'error').toLowerCase().replace(/\s+/g, '-');
const withoutType = ({ type: _type, ...rest }: Partial<Problem>) => rest;

/** The one mapping from a named error to its HTTP status. */
const STATUS_OF: Record<ErrorKind, number> = {
  'bad-request': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'not-allowed': 409,
  'precondition-failed': 412,
  'payload-too-large': 413,
  'precondition-required': 428,
  'rate-limited': 429,
};

/** The validation hook of every route: the same problem shape for every failed schema. */
export function validationProblem(c: Context, error: ZodError) {
  const errors = fieldErrors(error);
  return problem(c, 400, { type: 'validation', detail: `Invalid ${errors.map((e) => e.field).join(', ')}`, errors });
}

/** Hono's onError: named errors keep their status; anything unexpected becomes an opaque 500. */
export function onError(err: Error, c: Context) {
  if (err instanceof DomainError) {
    const headers: Record<string, string> = {};
    if (err.kind === 'rate-limited' && typeof err.extra.retryAfter === 'number')
      headers['retry-after'] = String(err.extra.retryAfter);
    return problem(c, STATUS_OF[err.kind], { type: err.kind, detail: err.message, ...err.extra }, headers);
  }
  if (err instanceof ZodError) return validationProblem(c, err);
  if (err instanceof HTTPException) {
    const detail = err.status === 400 && /JSON/i.test(err.message) ? 'The request body is not valid JSON' : err.message;
    return problem(c, err.status, { detail });
  }
  logger.error('unhandled error', { error: err, path: c.req.path, requestId: c.get('requestId') });
  return problem(c, 500, { detail: 'Something went wrong on our side. Please try again.' });
}
