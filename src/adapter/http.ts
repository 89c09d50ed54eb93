/**
 * HTTP plumbing of the REST adapter: URLs, `Retry-After`, and the mapping of problem answers
 * (`application/problem+json`, RFC 9457) and transport failures to the typed adapter errors.
 *
 * Messages are written for the agent: what failed, then what to do. A backend's `detail` is used
 * as it is when it sends one. Request bodies never reach a message (they may hold card data).
 */
import type { Problem } from '../model/types.js';
import {
  type AdapterError,
  ConflictError,
  DeclinedError,
  InvalidResponseError,
  NotFoundError,
  TimeoutError,
  UnavailableError,
  ValidationError,
} from './errors.js';

/** What a call was for, in the agent's words, to build its error messages. */
export interface CallContext {
  /** Completes "Could not …": "load the sites", "submit the order". */
  action: string;
  /** Completes "Could not …: " for a 404: "this product no longer exists. Search for it again." */
  notFound?: string;
  /** Completes "Could not …: " for a 409. */
  conflict?: string;
}

export type QueryValue = string | number | null | undefined;

/**
 * Joins a base URL (absolute, or relative such as "/api/v1") and a path whose parameters are
 * already encoded, then appends the query parameters that have a value.
 */
export function buildUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.append(key, String(value));
  }
  const search = params.toString();
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}${search ? `?${search}` : ''}`;
}

/** A path from a template and its parameters, each encoded as one path segment. */
export function pathOf(strings: TemplateStringsArray, ...params: string[]): string {
  return strings.reduce((path, part, i) => path + part + (i < params.length ? encodeURIComponent(params[i]!) : ''), '');
}

/** `Retry-After` in milliseconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date names its day and month ("Wed, 21 Oct 2026 07:28:00 GMT"); Date.parse alone would
  // also take "-5" for a year.
  const date = /[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

interface ProblemBody {
  detail?: string;
  errors: Problem[];
  code?: string;
}

/** Reads what can be used of a problem answer; anything else (an HTML error page) is ignored. */
export function readProblem(text: string): ProblemBody {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { errors: [] };
  }
  if (typeof body !== 'object' || body === null) return { errors: [] };
  const { detail, errors, code } = body as Record<string, unknown>;
  const problems: Problem[] = [];
  if (Array.isArray(errors)) {
    for (const item of errors) {
      if (typeof item !== 'object' || item === null) continue;
      const { path, code: itemCode, message } = item as Record<string, unknown>;
      if (typeof message !== 'string') continue;
      problems.push({
        path: typeof path === 'string' ? path : '',
        code: typeof itemCode === 'string' ? itemCode : 'invalid',
        message,
      });
    }
  }
  return {
    ...(typeof detail === 'string' && detail.trim() ? { detail } : {}),
    errors: problems,
    ...(typeof code === 'string' ? { code } : {}),
  };
}

function whenAgain(retryAfterMs: number | undefined): string {
  if (retryAfterMs === undefined || retryAfterMs < 1000) return 'Try again in a moment.';
  const seconds = Math.ceil(retryAfterMs / 1000);
  if (seconds < 90) return `Try again in ${seconds} seconds.`;
  return `Try again in ${Math.ceil(seconds / 60)} minutes.`;
}

/** The typed error for a non-2xx answer. */
export function errorFromResponse(
  status: number,
  headers: Headers,
  text: string,
  context: CallContext,
  now: number = Date.now(),
): AdapterError {
  const problem = readProblem(text);
  const could = `Could not ${context.action}`;
  const options = { status };
  if (status === 400 || status === 422) {
    const fallback = problem.errors.length
      ? `${could}: ${problem.errors.map((p) => p.message).join(' ')}`
      : `${could}: the order service did not accept the entered values. Check them and try again.`;
    return new ValidationError(problem.detail ?? fallback, problem.errors, options);
  }
  if (status === 402) {
    return new DeclinedError(
      problem.detail ?? 'The card was declined. Ask the shopper for another card or another way to pay.',
      { ...options, ...(problem.code === undefined ? {} : { code: problem.code }) },
    );
  }
  if (status === 404 || status === 410) {
    return new NotFoundError(
      problem.detail ?? `${could}: ${context.notFound ?? 'it no longer exists. Refresh and try again.'}`,
      options,
    );
  }
  if (status === 408) {
    return new TimeoutError(
      problem.detail ?? `${could}: the order service did not answer in time. Try again.`,
      options,
    );
  }
  // A 409 (a submission with this key still in progress), a 429 and a 5xx may say when to retry.
  const retryAfterMs = parseRetryAfter(headers.get('Retry-After'), now);
  const retryAfter = retryAfterMs === undefined ? {} : { retryAfterMs };
  if (status === 409) {
    return new ConflictError(
      problem.detail ??
        `${could}: ${context.conflict ?? 'it conflicts with a change made at the same time. Try again.'}`,
      { ...options, ...retryAfter },
    );
  }
  if (status === 429 || status >= 500) {
    const reason = status === 429 ? 'the order service is busy' : 'the order service is unavailable';
    return new UnavailableError(problem.detail ?? `${could}: ${reason}. ${whenAgain(retryAfterMs)}`, {
      ...options,
      ...retryAfter,
    });
  }
  // Outside the contract (401, 403, 405, a redirect…): retrying would not help.
  const refused =
    status === 401 || status === 403
      ? `${could}: the order service refused the request. Sign in again; if it keeps happening, ask an administrator.`
      : `${could}: the order service answered unexpectedly (HTTP ${status}). If it keeps happening, ask an administrator.`;
  return new InvalidResponseError(problem.detail ?? refused, options);
}

/**
 * No answer at all: offline, DNS, CORS, connection reset. A request with card data (`card`) is
 * made with `redirect: 'error'`, so that a redirect fails it the same way: its message says both,
 * and that the card went nowhere else.
 */
export function unreachable(context: CallContext & { card?: boolean }, cause: unknown): UnavailableError {
  const why = context.card
    ? 'the card service could not be reached, or sent the request elsewhere; nothing was sent on'
    : 'the order service could not be reached';
  return new UnavailableError(`Could not ${context.action}: ${why}. Check the connection and try again.`, { cause });
}

export function timedOut(context: CallContext, cause: unknown): TimeoutError {
  return new TimeoutError(`Could not ${context.action}: the order service did not answer in time. Try again.`, {
    cause,
  });
}

/** A 2xx answer that breaks the contract. `reason` names a path, never a value. */
export function invalidResponse(context: CallContext, reason: string, status: number): InvalidResponseError {
  return new InvalidResponseError(
    `Could not ${context.action}: the order service sent an answer this page cannot use (${reason}). ` +
      'Try again; if it keeps happening, ask an administrator.',
    { status },
  );
}
