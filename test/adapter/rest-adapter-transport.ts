/**
 * What the REST adapter's suites (test/adapter/rest-suites/) need from the mock backend, whatever
 * carries it: MSW in the page (rest-adapter-msw.ts, the `rest-adapter-*.test.ts` files) or the
 * mock served over real HTTP (rest-adapter-http.ts, the `rest-adapter-*-http.test.ts` files). MSW
 * and the HTTP mock never share a file: once MSW's service worker controls the page, an abort no
 * longer reaches a socket of the HTTP mock.
 */
import type { MockBackend } from '../../mocks/backend.js';
import type { OperationId } from '../../mocks/handlers.js';
import type { RewriteOp } from '../../mocks/http/protocol.js';
import type { Fault, FaultOptions } from '../../mocks/scenario.js';
import type { OrderAdapter } from '../../src/adapter/adapter.js';
import type { RestAdapterOptions } from '../../src/adapter/rest-adapter.js';
import type { SubmittedOrder } from '../../src/model/types.js';

/** A request as the backend received it, the same over both transports. */
export interface SeenRequest {
  method: string;
  /** The path and query as received (`/api/v1/sites/us/products/a%2Fb%3Fc`). */
  path: string;
  idempotencyKey: string | null;
}

export interface RestTransport {
  /** "MSW" or "HTTP", for the names of the suites. */
  readonly name: string;
  /**
   * The seed's data, read without a request (drafts, customers): over MSW the page's backend, over
   * HTTP a backend of the same seed as the server's.
   */
  readonly seed: MockBackend;
  /** The API's base as an absolute URL (`http://…/api/v1`, no trailing slash). */
  readonly absoluteBaseUrl: string;
  /** A REST adapter over the backend, with no backoff jitter and `options` over the defaults. */
  adapter(options?: Partial<RestAdapterOptions>): OrderAdapter;
  /** The next `times` calls of `operationId` meet `fault` (the scenario's faults; see mocks/scenario.ts). */
  fail(operationId: OperationId, fault: Fault, times?: number, options?: FaultOptions): Promise<void>;
  /** The next call of `operationId` is answered `status` with `body` as JSON, without reaching the backend. */
  answer(operationId: OperationId, status: number, body: unknown): Promise<void>;
  /** The next call of `operationId` gets the backend's real answer changed by `ops` (JSON pointers). */
  rewrite(operationId: OperationId, ops: RewriteOp[]): Promise<void>;
  /** Every answer from now on comes `ms` late. Call it first: over HTTP it resets the backend. */
  latency(ms: number): Promise<void>;
  /** Holds the next call of `operationId` that reaches the backend; the function lets it go on. */
  hold(operationId: OperationId): Promise<() => Promise<void>>;
  /** The requests of `operationId` the backend received in this test, oldest first. */
  requests(operationId: OperationId): Promise<SeenRequest[]>;
  /** Waits (bounded) until at least `count` requests of `operationId` have arrived. */
  waitForRequests(operationId: OperationId, count: number): Promise<void>;
  /** The order an idempotency key placed, read from the backend (null when none). */
  submission(idempotencyKey: string): Promise<SubmittedOrder | null>;
}
