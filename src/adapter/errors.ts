/**
 * Typed adapter errors. Each carries a `message` fit to show an agent (what failed and what to
 * do), a machine `kind`, and whether retrying the same call may succeed.
 *
 * Whoever builds one (the REST adapter, a host's adapter), its message and the messages of its
 * problems are scrubbed of card numbers and security codes (`scrubMessage`): a backend that
 * echoes a card in its error text cannot put it on screen, in an event or in a log.
 */
import type { Problem } from '../model/types.js';
import { scrubMessage } from './scrub.js';

export type AdapterErrorKind =
  'validation' | 'conflict' | 'not-found' | 'unavailable' | 'timeout' | 'declined' | 'invalid-response';

/** What every adapter error may be built with. */
interface AdapterErrorOptions {
  /** The failure behind this one (a network error, an abort). */
  cause?: unknown;
  /** The HTTP status of the answer, when there was one. */
  status?: number;
}

/** What an error that may say when to try again is built with (`Retry-After`). */
interface RetryLaterOptions extends AdapterErrorOptions {
  retryAfterMs?: number;
}

export abstract class AdapterError extends Error {
  abstract readonly kind: AdapterErrorKind;
  /** The HTTP status behind the error, when there was one. */
  readonly status: number | undefined;

  constructor(message: string, options?: AdapterErrorOptions) {
    super(scrubMessage(message), options?.cause === undefined ? undefined : { cause: options.cause });
    this.status = options?.status;
  }

  /** Whether the same call may succeed if retried (network failure, timeout, 409, 429, 5xx). */
  get retryable(): boolean {
    return false;
  }
}

/** The backend refused the input. `problems` address the fields ("email", "lines.<id>.quantity"). */
export class ValidationError extends AdapterError {
  readonly kind = 'validation';
  override name = 'ValidationError';
  readonly problems: Problem[];

  constructor(message: string, problems: Problem[], options?: AdapterErrorOptions) {
    super(message, options);
    this.problems = problems.map((p) => ({ ...p, message: scrubMessage(p.message) }));
  }

  /** The problems at one field path. */
  at(path: string): Problem[] {
    return this.problems.filter((p) => p.path === path);
  }
}

/**
 * An error after which the same call may succeed (a conflict, an unavailable backend), and which may
 * say when to try (`Retry-After`). The base of `ConflictError` and `UnavailableError`.
 */
abstract class RetryLaterError extends AdapterError {
  /** Milliseconds the backend asked to wait (Retry-After) before trying again, when it did. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options?: RetryLaterOptions) {
    super(message, options);
    this.retryAfterMs = options?.retryAfterMs;
  }

  override get retryable(): boolean {
    return true;
  }
}

/**
 * The request conflicts with the backend's state (HTTP 409): a submission with this idempotency key is
 * still in progress. Retried with the same key; `retryAfterMs` when the backend said when.
 */
export class ConflictError extends RetryLaterError {
  readonly kind = 'conflict';
  override name = 'ConflictError';
}

/**
 * What was asked for does not exist (HTTP 404): a product, a customer, an option combination, a gift
 * card code. Not retried: the agent picks something else.
 */
export class NotFoundError extends AdapterError {
  readonly kind = 'not-found';
  override name = 'NotFoundError';
}

/**
 * The backend could not be reached or is overloaded: no response, HTTP 429 or 5xx. Retried with
 * backoff, waiting `retryAfterMs` when the backend sent `Retry-After`.
 */
export class UnavailableError extends RetryLaterError {
  readonly kind = 'unavailable';
  override name = 'UnavailableError';
}

/** The backend did not answer in time. */
export class TimeoutError extends AdapterError {
  readonly kind = 'timeout';
  override name = 'TimeoutError';
  override get retryable(): boolean {
    return true;
  }
}

/** The payment provider declined the card. */
export class DeclinedError extends AdapterError {
  readonly kind = 'declined';
  override name = 'DeclinedError';
  /** The provider's decline code, when it gave one ("insufficient-funds", "do-not-honor"). */
  readonly code: string | undefined;

  constructor(message: string, options?: AdapterErrorOptions & { code?: string }) {
    super(message, options);
    this.code = options?.code;
  }
}

/** The backend answered something that does not match the contract. */
export class InvalidResponseError extends AdapterError {
  readonly kind = 'invalid-response';
  override name = 'InvalidResponseError';
}

export function isAdapterError(error: unknown): error is AdapterError {
  return error instanceof AdapterError;
}

/** True for the rejection of an aborted call. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
