/**
 * Named domain errors. Each maps to one HTTP status in `problem.ts`; nothing else decides statuses.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly type: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFound extends DomainError {
  constructor(what = 'Resource') {
    super(`${what} not found`, 404, 'not-found');
  }
}

export class Unauthorized extends DomainError {
  constructor(message = 'A valid access token is required') {
    super(message, 401, 'unauthorized');
  }
}

export class Forbidden extends DomainError {
  constructor(message = 'You are not allowed to do this') {
    super(message, 403, 'forbidden');
  }
}

export class Conflict extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, 409, 'conflict', extra);
  }
}

/** The resource changed since the caller read it (If-Match did not hold). */
export class PreconditionFailed extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, 412, 'precondition-failed', extra);
  }
}

export class PreconditionRequired extends DomainError {
  constructor(message = 'This update needs an If-Match header with the version you edited') {
    super(message, 428, 'precondition-required');
  }
}

export class TooManyRequests extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many requests; try again later', 429, 'rate-limited', { retryAfter: retryAfterSeconds });
  }
}

export class BadRequest extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, 400, 'bad-request', extra);
  }
}

export class PayloadTooLarge extends DomainError {
  constructor(limit: number) {
    super(`The request body is larger than ${limit} bytes`, 413, 'payload-too-large');
  }
}

/** An action the order no longer allows (e.g. cancelling a shipped order). */
export class NotAllowed extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, 409, 'not-allowed', extra);
  }
}
