/**
 * The mock backend over real HTTP, for browser tests (mocks/http, mocks/README.md "Over real HTTP").
 *
 * ```ts
 * const mock = useHttpMock();
 * it('…', async () => {
 *   await mock.fail('listSites', { kind: 'reset' });
 *   const sites = await mock.adapter().listSites();
 *   expect(await mock.requests('listSites')).to.have.length(2);
 * });
 * ```
 *
 * The server runs in Node for the whole test run (test/adapter/http/mock-http-plugin.mjs). Each test
 * file gets its own instance (its own backend and port, so its own origin) in `before`, reset
 * before each test (backend, scenario, faults, holds, log) and closed in `after`. The page calls
 * it cross-origin, so every exchange meets real CORS.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { OperationId } from '../../mocks/handlers.js';
import { statusProblem } from '../../mocks/problem.js';
import type { Fault, FaultOptions } from '../../mocks/scenario.js';
import {
  CONTROL_BASE,
  EPOCH_HEADER,
  type ControlStatus,
  type HttpFault,
  type InstanceAnswer,
  type LoggedRequest,
  type RequestLogAnswer,
  type ResetRequest,
} from '../../mocks/http/protocol.js';
import type { OrderAdapter } from '../../src/adapter/adapter.js';
import { type RestAdapterOptions, createRestAdapter } from '../../src/adapter/rest-adapter.js';
import type { SubmittedOrder } from '../../src/model/types.js';

export type { HttpFault, LoggedRequest } from '../../mocks/http/protocol.js';

/** What a request sent from Node (not the page) got back. */
export interface ProbeAnswer {
  status: number;
  headers: Record<string, string>;
}

export interface HttpMock {
  /** The instance's origin, `http://127.0.0.1:<port>` (available from the first `before` hook on). */
  readonly url: string;
  /** The REST adapter's `baseUrl`: `url` + `/api/v1`. */
  readonly baseUrl: string;
  /**
   * A REST adapter over the instance, whose backoff jitter is 0 (a `Retry-After` is still honoured)
   * and whose requests carry the current test's epoch: the server refuses one left over from an
   * earlier test. `mark: false` sends exactly what a host's adapter sends (no extra header).
   */
  adapter(options?: Partial<RestAdapterOptions>, mark?: { mark: boolean }): OrderAdapter;
  /** The next `times` calls of `operationId` meet `fault`. */
  fail(operationId: OperationId, fault: HttpFault, times?: number): Promise<void>;
  /** Drops the faults still queued: the next calls are served. */
  clearFaults(): Promise<void>;
  /**
   * Holds the next call of `operationId` that reaches the backend until `release()`; with
   * `then: 'reset'` it is then dropped unserved.
   */
  hold(operationId: OperationId, then?: 'reset'): Promise<{ release(): Promise<void> }>;
  /** The requests received since the last reset, oldest first (of one operation, or all). */
  requests(operationId?: OperationId): Promise<LoggedRequest[]>;
  clearRequests(): Promise<void>;
  /** Waits (on the server, bounded) until `count` requests of `operationId` have arrived; answers them. */
  waitForRequests(operationId: OperationId, count: number): Promise<LoggedRequest[]>;
  /** The order an idempotency key placed, read from the backend (null when none). */
  submission(idempotencyKey: string): Promise<SubmittedOrder | null>;
  /** How many orders a site has, read from the backend. */
  orderCount(siteId?: string): Promise<number>;
  status(): Promise<ControlStatus>;
  /** Back to the seed (done before each test); `init` sets the scenario's mode or latency. */
  reset(init?: ResetRequest): Promise<void>;
  /** A request sent from Node to this instance, with headers a page cannot set (a foreign Origin). */
  probe(path: string, init?: { method?: string; headers?: Record<string, string> }): Promise<ProbeAnswer>;
}

/** How long a test waits on the server for requests to arrive (the suite runs on a loaded machine). */
const WAIT_MS = 5000;

/** A call of an instance's control endpoint (`url`: its origin); throws with the server's reason when refused. */
export async function controlCall<T>(url: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}${CONTROL_BASE}${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const answer: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const error = (answer as { error?: string } | undefined)?.error ?? `HTTP ${response.status}`;
    throw new Error(`mock server: ${method} ${CONTROL_BASE}${path}: ${error}`);
  }
  return answer as T;
}

/** A new instance of the mock server (its own backend, port and origin); close it with `DELETE` on its control endpoint. */
export async function openInstance(): Promise<InstanceAnswer> {
  const { url: root } = await executeServerCommand<{ url: string }, undefined>('mock-http:url');
  return controlCall<InstanceAnswer>(root, 'POST', '/instances');
}

export function useHttpMock(): HttpMock {
  let instance: InstanceAnswer | undefined;
  let epoch = 0;

  const url = () => {
    if (!instance) throw new Error('The HTTP mock starts in a before() hook; use it inside tests or hooks.');
    return instance.url;
  };
  const call = <T>(method: string, path: string, body?: unknown) => controlCall<T>(url(), method, path, body);

  const mock: HttpMock = {
    get url() {
      return url();
    },
    get baseUrl() {
      return instance ? instance.apiUrl : `${url()}/api/v1`;
    },
    adapter(options = {}, { mark } = { mark: true }) {
      const base = options.fetch ?? ((input, init) => fetch(input, init));
      const marked: typeof fetch = (input, init) => {
        const headers = new Headers(init?.headers);
        headers.set(EPOCH_HEADER, String(epoch));
        return base(input, { ...init, headers });
      };
      return createRestAdapter({ baseUrl: mock.baseUrl, random: () => 0, ...options, fetch: mark ? marked : base });
    },
    async fail(operationId, fault, times = 1) {
      await call('POST', '/faults', { operationId, fault, times });
    },
    async clearFaults() {
      await call('DELETE', '/faults');
    },
    async hold(operationId, then) {
      const { id } = await call<{ id: number }>('POST', '/holds', { operationId, ...(then ? { then } : {}) });
      return { release: () => call<void>('POST', `/holds/${id}/release`) };
    },
    async requests(operationId) {
      const query = operationId ? `?operationId=${operationId}` : '';
      return (await call<RequestLogAnswer>('GET', `/requests${query}`)).entries;
    },
    async clearRequests() {
      await call('DELETE', '/requests');
    },
    async waitForRequests(operationId, count) {
      const { reached } = await call<{ reached: boolean }>(
        'GET',
        `/requests/wait?operationId=${operationId}&count=${count}&timeoutMs=${WAIT_MS}`,
      ).catch(() => ({ reached: false }));
      if (!reached) throw new Error(`Timeout: ${count} ${operationId} request(s) did not reach the mock server`);
      return mock.requests(operationId);
    },
    async submission(idempotencyKey) {
      return (await call<{ order: SubmittedOrder | null }>('GET', `/submissions/${encodeURIComponent(idempotencyKey)}`))
        .order;
    },
    async orderCount(siteId = 'us') {
      return (await call<{ total: number }>('GET', `/orders?siteId=${encodeURIComponent(siteId)}`)).total;
    },
    status: () => call<ControlStatus>('GET', '/status'),
    async reset(init = {}) {
      epoch = (await call<{ epoch: number }>('POST', '/reset', init)).epoch;
    },
    probe(path, init = {}) {
      return executeServerCommand<ProbeAnswer, Record<string, unknown>>('mock-http:probe', {
        url: `${url()}${path}`,
        ...init,
      });
    },
  };

  before(async () => {
    instance = await openInstance();
  });

  beforeEach(() => mock.reset());

  after(async () => {
    // The instance closes itself after answering; the server would close it with the run anyway.
    if (instance) await call('DELETE', '');
    instance = undefined;
  });

  return mock;
}

/**
 * A fault of the MSW scenario as the HTTP server plays it, after the backend did the work when
 * `options.afterProcessing` says so (a status, a reset or a hang; the broken answers always are).
 */
export function httpFault(fault: Fault, options: FaultOptions = {}): HttpFault {
  const after = options.afterProcessing === true ? { afterProcessing: true } : {};
  switch (fault) {
    case 'network':
      return { kind: 'reset', at: options.afterProcessing ? 'after-processing' : 'before' };
    case 'timeout':
      return { kind: 'hang', ...after };
    case 'redirect':
      return { kind: 'redirect', status: 302, location: '/elsewhere' };
    case 'malformed':
      return { kind: 'malformed' };
    case 'missing-fields':
      return { kind: 'rewrite', ops: [{ op: 'set', path: '', value: {} }] };
    case 'wrong-kind':
      return {
        kind: 'rewrite',
        ops: [
          { op: 'set-every', key: 'currency', value: 'ZZZ' },
          { op: 'set-every', key: 'id', value: 42 },
          { op: 'set-every', key: 'token', value: 42 },
        ],
      };
    default:
      return {
        kind: 'status',
        status: fault,
        ...(options.errors ? { body: statusProblem(fault, options.retryAfter, options.errors).toBody() } : {}),
        ...(options.retryAfter === undefined ? {} : { retryAfter: options.retryAfter }),
        ...after,
      };
  }
}
