/**
 * Known errors of the product. Each maps to one HTTP answer in the handlers;
 * messages never carry what the person typed, only field names and rules.
 */

/** Base class so handlers can tell known errors from surprises. */
export abstract class SignpostError extends Error {
  abstract readonly status: number;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** One or more fields failed validation; `fields` maps field name to a safe message. */
export class ValidationError extends SignpostError {
  readonly status = 400;
  constructor(
    readonly fields: Record<string, string>,
    options?: { cause?: unknown },
  ) {
    super(`invalid fields: ${Object.keys(fields).join(', ')}`, options);
  }
}

/** The body is larger than the documented limit. */
export class PayloadTooLargeError extends SignpostError {
  readonly status = 413;
  constructor(readonly limitBytes: number) {
    super(`body over ${limitBytes} bytes`);
  }
}

/** The body is neither JSON nor a urlencoded form. */
export class UnsupportedMediaTypeError extends SignpostError {
  readonly status = 415;
  constructor() {
    super('content type must be application/json or application/x-www-form-urlencoded');
  }
}

/** The body could not be read as the declared type (broken JSON, too deep, not an object). */
export class MalformedBodyError extends SignpostError {
  readonly status = 400;
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`malformed body: ${reason}`, options);
  }
}

/** The same idempotency key arrived with different content. */
export class ConflictError extends SignpostError {
  readonly status = 409;
  constructor(message = 'this submission id was already used for a different submission') {
    super(message);
  }
}

/** The bot check (Turnstile) refused the submission. */
export class HumanCheckFailedError extends SignpostError {
  readonly status = 403;
  constructor() {
    super('the anti-spam check did not pass');
  }
}

/** No intake with that id. */
export class NotFoundError extends SignpostError {
  readonly status = 404;
  constructor(what = 'intake') {
    super(`${what} not found`);
  }
}

/** A storage or mail dependency is unavailable; the caller may retry later. */
export class DependencyUnavailableError extends SignpostError {
  readonly status = 503;
  constructor(
    readonly dependency: 'store' | 'mail' | 'verification' | 'signing secret',
    options?: { cause?: unknown },
  ) {
    super(`${dependency} unavailable`, options);
  }
}

/**
 * A conditional write found the intake changed since it was read: a lease
 * was lost, an email was already added, a status moved on. Callers treat it
 * as "someone else got there first", not as a failure.
 */
export class StaleWriteError extends SignpostError {
  readonly status = 409;
  constructor(options?: { cause?: unknown }) {
    super('the intake changed meanwhile', options);
  }
}

/** The practice config file is invalid; the message names the file and the field path. */
export class ConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigError';
  }
}
