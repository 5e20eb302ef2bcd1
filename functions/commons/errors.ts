/**
 * Named errors any layer may throw. They say what went wrong, never how HTTP reports it:
 * `http/problem.ts` maps each kind to one status, and nothing else decides statuses.
 */
export type ErrorKind =
  | 'not-found'
  | 'unauthorized'
  | 'forbidden'
  | 'conflict'
  | 'precondition-failed'
  | 'precondition-required'
  | 'rate-limited'
  | 'bad-request'
  | 'payload-too-large'
  | 'not-allowed';

export class DomainError extends Error {
  constructor(
    message: string,
    readonly kind: ErrorKind,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFound extends DomainError {
  constructor(what = 'Resource') {
    super(`${what} not found`, 'not-found');
  }
}

export class Unauthorized extends DomainError {
  constructor(message = 'A valid access token is required') {
    super(message, 'unauthorized');
  }
}

export class Forbidden extends DomainError {
  constructor(message = 'You are not allowed to do this') {
    super(message, 'forbidden');
  }
}

export class Conflict extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, 'conflict', extra);
  }
}

/** The resource changed since the caller read it (If-Match did not hold). */
export class PreconditionFailed extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, 'precondition-failed', extra);
  }
}

export class PreconditionRequired extends DomainError {
  constructor(message = 'This update needs an If-Match header with the version you edited') {
    super(message, 'precondition-required');
  }
}

export class TooManyRequests extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many requests; try again later', 'rate-limited', { retryAfter: retryAfterSeconds });
  }
}

/** Input that passed the schema but not a rule (a forged cursor, a rule file that does not compile). */
export class BadRequest extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, 'bad-request', extra);
  }
}

export class PayloadTooLarge extends DomainError {
  constructor(limit: number) {
    super(`The request body is larger than ${limit} bytes`, 'payload-too-large');
  }
}

/** An action the order no longer allows (e.g. cancelling a shipped order). */
export class NotAllowed extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, 'not-allowed', extra);
  }
}

/** A paging cursor that is not one this caller was given. */
export class InvalidCursor extends BadRequest {
  constructor() {
    super('The cursor is not valid', { errors: [{ field: 'cursor', message: 'Invalid cursor' }] });
  }
}
