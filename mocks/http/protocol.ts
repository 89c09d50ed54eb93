/**
 * The control protocol of the mock backend over real HTTP (`npm run serve:mock`): the faults a test
 * can queue, the request log it reads back, and the paths of the control endpoint. Types and
 * constants only, with no Node import, so that the browser tests' helper (test/support/http-mock.ts)
 * and the Node server (mocks/http/server.ts) share them.
 */
import type { OrderSummary, SubmittedOrder } from '../../src/model/types.js';

/** Where the contract (`api/openapi.yaml`) is served on the server. */
export const API_BASE = '/api/v1';

/** Where the control endpoint lives: outside the API paths. */
export const CONTROL_BASE = '/__control';

/**
 * The header a test's adapter marks its requests with: the epoch `POST /__control/reset` answered.
 * A request marked with an older epoch (a request of an earlier test, still on its way) is refused
 * like a network error and leaves no trace, so that it cannot take a fault queued for the current
 * test. Requests without it are served.
 */
export const EPOCH_HEADER = 'X-Mock-Epoch';

/** Request headers a page on a loopback origin may send (the REST adapter's, a host's Authorization, the epoch). */
export const ALLOWED_REQUEST_HEADERS = ['Accept', 'Authorization', 'Content-Type', 'Idempotency-Key', EPOCH_HEADER];

/** Response headers a page may read besides the CORS-safelisted ones: what the adapter reads. */
export const EXPOSED_RESPONSE_HEADERS = ['Retry-After', 'Location', 'Content-Length'];

/** The statuses a redirect fault may answer. */
export type RedirectStatus = 301 | 302 | 303 | 307 | 308;

/**
 * One change of a `rewrite` fault, at a JSON pointer (RFC 6901) into the real answer's JSON:
 * `set` replaces or adds the value (creating no intermediate objects), `delete` removes the member
 * or array element. A pointer that names nothing is an error of the control call. `set-every`
 * sets every member named `key`, at any depth (values of the wrong kind: every `currency` "ZZZ").
 */
export type RewriteOp =
  | { op: 'set'; path: string; value: unknown }
  | { op: 'delete'; path: string }
  | { op: 'set-every'; key: string; value: unknown };

/**
 * What a call meets instead of its plain answer. "Processed" faults let the backend do the work
 * first (a submitted order is placed), then spoil its answer.
 *
 * - `status`: answers `status`, with `body` as JSON when given (required below 400), else the
 *   problem+json the MSW mock answers for that status (`statusProblem`, with `Retry-After:
 *   retryAfter` seconds on 409, 429 and 5xx, default 1). With `afterProcessing` the backend does
 *   the work first.
 * - `reset`: the connection is destroyed: `before` the backend sees the request, `after-processing`
 *   (the work done, nothing sent), or `mid-body` (the work done, the headers and half the body
 *   sent).
 * - `malformed`: the real answer (processed) cut in the middle: a 200 whose JSON does not parse.
 * - `oversized`: the real answer (processed) with a `padding` member that brings it to `bytes`
 *   (default 5 MB; at most 50 MB).
 * - `slow`: the real answer (processed): its headers at once, its body dribbled in `chunks` pieces
 *   (default 10, at most 100) over `durationMs`.
 * - `redirect`: answers `status` with `Location: location` (relative or absolute), unprocessed.
 * - `hang`: no answer until the client gives up, or `maxMs` (bounded by the server's `maxHangMs`),
 *   when the connection is destroyed. Unprocessed, unless `afterProcessing` (the work done, no
 *   answer ever sent: a submit whose answer is lost to the client's timeout).
 * - `rewrite`: the real answer's JSON (processed) changed by `ops` (hostile values, missing fields).
 */
export type HttpFault =
  | { kind: 'status'; status: number; body?: unknown; retryAfter?: number; afterProcessing?: boolean }
  | { kind: 'reset'; at?: 'before' | 'after-processing' | 'mid-body' }
  | { kind: 'malformed' }
  | { kind: 'oversized'; bytes?: number }
  | { kind: 'slow'; durationMs: number; chunks?: number }
  | { kind: 'redirect'; status: RedirectStatus; location: string }
  | { kind: 'hang'; maxMs?: number; afterProcessing?: boolean }
  | { kind: 'rewrite'; ops: RewriteOp[] };

export type HttpFaultKind = HttpFault['kind'];

export const FAULT_KINDS: readonly HttpFaultKind[] = [
  'status',
  'reset',
  'malformed',
  'oversized',
  'slow',
  'redirect',
  'hang',
  'rewrite',
];

/** `POST /__control/faults`: the next `times` calls (default 1) of `operationId` meet `fault`. */
export interface QueueFaultRequest {
  operationId: string;
  fault: HttpFault;
  times?: number;
}

/** One request the server received, oldest first in the log. */
export interface LoggedRequest {
  /** Its place in the order of arrival (1, 2, …; not reset by clearing the log). */
  seq: number;
  method: string;
  /** The path and query, as received. */
  path: string;
  /** The contract's operation it addressed; null for a path outside the contract. */
  operationId: string | null;
  /** The request headers, lower-cased, without `authorization` and `cookie`. */
  headers: Record<string, string>;
  /**
   * The body: parsed JSON when it is JSON, else its text (null when empty); the card number and
   * security code of a `tokenizeCard` request are replaced by "[redacted]". At most 64 KiB kept.
   */
  body: unknown;
  /** The fault it met, if any. */
  fault: HttpFaultKind | null;
  /**
   * Whether it arrived while a `Retry-After` this server had answered for the same operation was
   * still running: a client that honours `Retry-After` never sends one (measured on the server, on
   * its own monotonic clock).
   */
  early: boolean;
}

/** `GET /__control/requests`. */
export interface RequestLogAnswer {
  entries: LoggedRequest[];
  /** Entries dropped because the log is bounded (oldest first). */
  dropped: number;
  /** The `seq` of the latest request received (0 before any): `?since=` this reads what comes next. */
  last: number;
}

/** `GET /__control/submissions/{idempotencyKey}`: what the backend holds for a key. */
export interface SubmissionAnswer {
  /** The order the key placed, or null. */
  order: SubmittedOrder | null;
  /** Whether a request with the key is still being served (held, or before its answer). */
  inFlight: boolean;
  /** The order as the orders list shows it (its lines), or null. */
  summary: OrderSummary | null;
}

/** `GET /__control/status`: what the server has open, to check that nothing is left behind. */
export interface ControlStatus {
  epoch: number;
  /** Connections open now (the control call's own included). */
  openConnections: number;
  /** Requests held by a `hang` fault or a slow body still being sent. */
  pending: number;
  /** Holds not yet released. */
  holds: number;
  /** Instances created through `POST /__control/instances` still open. */
  instances: number;
}

/** `POST /__control/reset` (body optional): back to the seed; the scenario's mode and latency may be set. */
export interface ResetRequest {
  mode?: 'normal' | 'slow' | 'flaky' | 'down';
  latency?: [number, number];
  /**
   * Keep connections open between requests (default false: every answer says `Connection: close`).
   * Chromium resends a request by itself, a POST included, when a connection it reused is reset
   * before any byte of the answer; the adapter then never sees the reset. Off by default so that a
   * `reset` fault reaches the adapter every time; on to show that browser behaviour.
   */
  keepAlive?: boolean;
}

/** `POST /__control/instances`: a new server, with its own backend, on its own port (its own origin). */
export interface InstanceAnswer {
  url: string;
  apiUrl: string;
}
