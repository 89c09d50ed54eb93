/**
 * The mock's errors: thrown by `MockBackend` methods, turned by the handlers into
 * `application/problem+json` responses as docs/ARCHITECTURE.md describes.
 */
import type { Problem } from '../src/model/types.js';

export type ProblemType = 'validation' | 'conflict' | 'not-found' | 'unavailable' | 'declined' | 'bad-request';

/** The JSON body of an error response. */
export interface ProblemBody {
  type: ProblemType;
  title: string;
  status: number;
  detail: string;
  errors?: Problem[];
  code?: string;
}

export class MockProblem extends Error {
  override name = 'MockProblem';
  readonly status: number;
  readonly type: ProblemType;
  readonly title: string;
  readonly errors: Problem[] | undefined;
  readonly code: string | undefined;
  /** Seconds for a `Retry-After` header (429, 503, and a 409 while a submission is in flight). */
  readonly retryAfter: number | undefined;

  constructor(init: {
    status: number;
    type: ProblemType;
    title: string;
    detail: string;
    errors?: Problem[];
    code?: string;
    retryAfter?: number;
  }) {
    super(init.detail);
    this.status = init.status;
    this.type = init.type;
    this.title = init.title;
    this.errors = init.errors;
    this.code = init.code;
    this.retryAfter = init.retryAfter;
  }

  toBody(): ProblemBody {
    const body: ProblemBody = { type: this.type, title: this.title, status: this.status, detail: this.message };
    if (this.errors) body.errors = this.errors;
    if (this.code !== undefined) body.code = this.code;
    return body;
  }
}

/** 422 with field-addressed problems. */
export function validationProblem(detail: string, errors: Problem[]): MockProblem {
  return new MockProblem({ status: 422, type: 'validation', title: 'Validation failed', detail, errors });
}

/** 400: the request itself is malformed (no idempotency key, a body that is not JSON). */
export function badRequest(detail: string, errors: Problem[] = []): MockProblem {
  return new MockProblem({ status: 400, type: 'bad-request', title: 'Bad request', detail, errors });
}

export function notFound(detail: string): MockProblem {
  return new MockProblem({ status: 404, type: 'not-found', title: 'Not found', detail });
}

/** The problem a fault injected by the scenario (or a real overload) answers with. */
export function statusProblem(status: number, retryAfter?: number, errors?: Problem[]): MockProblem {
  if (status === 400) return badRequest('The request was rejected by the test scenario.', errors);
  if (status === 402) {
    return new MockProblem({
      status,
      type: 'declined',
      title: 'Payment declined',
      detail: 'The card was declined. Ask the shopper for another card.',
      code: 'card-declined',
    });
  }
  if (status === 404) return notFound('The requested resource does not exist.');
  if (status === 409) {
    return new MockProblem({
      status,
      type: 'conflict',
      title: 'Conflict',
      detail: 'The request conflicts with another one in progress. Try again in a moment.',
      ...(retryAfter === undefined ? {} : { retryAfter }),
    });
  }
  if (status === 422) return validationProblem('The request was rejected by the test scenario.', errors ?? []);
  const overloaded = status === 429;
  return new MockProblem({
    status,
    type: 'unavailable',
    title: overloaded ? 'Too many requests' : 'Service unavailable',
    detail: overloaded
      ? 'The order service is busy. Try again in a moment.'
      : 'The order service is unavailable. Try again in a moment.',
    ...(retryAfter === undefined ? {} : { retryAfter }),
  });
}
