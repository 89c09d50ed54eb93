/**
 * The Kibo-shaped mock for browser tests: `useKiboMock()` installs `createKiboHandlers` over a fresh
 * `MockBackend` on the page's MSW worker (the one of test/support/mock.ts) before each test, and
 * `call()` sends a request as the Kibo adapter would (`x-vol-tenant`, `x-vol-site`) and checks
 * the answer's body against Kibo's definitions (`validateResponse`): a mock response that does not
 * match Kibo's schema fails the test. Kibo's payment service (`createPublicCard`) is served too, at
 * `KIBO_PAYMENT_SERVICE_URL`, and checked against our schema of it.
 */
import { expect } from '@open-wc/testing';
import type { OrderAdapter } from '../../src/adapter/adapter.js';
import { createKiboAdapter, type KiboAdapterOptions } from '../../src/kibo/index.js';
import { MockBackend, type MockBackendOptions } from '../../mocks/backend.js';
import { DEFAULT_PAYMENT_SERVICE_URL, createKiboHandlers, type KiboOperationId } from '../../mocks/kibo/handlers.js';
import { KIBO_SITE_IDS, KIBO_TENANT_ID } from '../../mocks/kibo/shapes.js';
import { MockScenario } from '../../mocks/scenario.js';
import { describeErrors, validateResponse } from '../kibo/validate.js';
import { fromThisTest, mockWorker } from './mock.js';

export const KIBO_BASE_URL = '/kibo/api';
/** Where the payment service is served: the Kibo adapter's `paymentServiceUrl` in tests. */
export const KIBO_PAYMENT_SERVICE_URL = DEFAULT_PAYMENT_SERVICE_URL;

/** The operations served below the payment service's base URL instead of the API's. */
const PAYMENT_SERVICE_OPERATIONS: readonly KiboOperationId[] = ['createPublicCard'];

export interface KiboCallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Our site id whose Kibo number goes in `x-vol-site` (default "us"; null: none). */
  site?: string | null;
  /** Skip the schema check (error bodies, which Kibo's definitions do not describe). */
  expectError?: boolean;
}

export interface KiboAnswer<T> {
  status: number;
  body: T;
  response: Response;
}

export interface KiboMockHandle {
  readonly backend: MockBackend;
  readonly scenario: MockScenario;
  /**
   * Sends a request to the mock (`path` below the API's base URL, or the payment service's for its
   * operation); a 2xx body is validated against `operationId`'s response schema.
   */
  call<T = Record<string, unknown>>(
    operationId: KiboOperationId,
    path: string,
    options?: KiboCallOptions,
  ): Promise<KiboAnswer<T>>;
}

/** A request of the Kibo adapter to the Kibo-shaped mock and the mock's answer, as sent and read (see `kiboOnMock`). */
export interface KiboExchange {
  method: string;
  /** The path and query. */
  url: string;
  /** The request's JSON body; undefined without one. */
  body: unknown;
  status: number;
  /** The answer's JSON body; undefined when empty. */
  answer: unknown;
}

const json = (text: string | null | undefined): unknown => (text ? (JSON.parse(text) as unknown) : undefined);

/**
 * The Kibo adapter over the Kibo-shaped mock of `useKiboMock` (access token "test-token", no
 * retries, the mock's payment service), each request and its answer handed to `record` as it
 * arrives; `options` add to (or change) the adapter's configuration.
 */
export function kiboOnMock(
  record: (exchange: KiboExchange) => void = () => undefined,
  options: Partial<KiboAdapterOptions> = {},
): OrderAdapter {
  const recording: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    record({
      method: init?.method ?? 'GET',
      url: url.pathname + url.search,
      body: typeof init?.body === 'string' ? json(init.body) : undefined,
      status: response.status,
      answer: json(await response.clone().text()),
    });
    return response;
  };
  return createKiboAdapter({
    apiHost: KIBO_BASE_URL,
    tenantId: KIBO_TENANT_ID,
    getAccessToken: () => 'test-token',
    retry: false,
    fetch: recording,
    paymentServiceUrl: KIBO_PAYMENT_SERVICE_URL,
    ...options,
  });
}

export function useKiboMock(options: { backend?: MockBackendOptions } = {}): KiboMockHandle {
  const backend = new MockBackend(options.backend);
  const scenario = new MockScenario({ latency: [0, 0] });
  const handlers = createKiboHandlers(backend, {
    baseUrl: KIBO_BASE_URL,
    paymentServiceUrl: KIBO_PAYMENT_SERVICE_URL,
    scenario,
    accept: fromThisTest,
  });

  before(async () => {
    await mockWorker();
  });

  beforeEach(async () => {
    backend.reset();
    scenario.reset();
    (await mockWorker()).resetHandlers(...handlers);
  });

  return {
    backend,
    scenario,
    async call<T>(operationId: KiboOperationId, path: string, callOptions: KiboCallOptions = {}) {
      const site = callOptions.site === undefined ? 'us' : callOptions.site;
      const headers: Record<string, string> = { 'x-vol-tenant': String(KIBO_TENANT_ID) };
      if (site !== null) headers['x-vol-site'] = String(KIBO_SITE_IDS[site]);
      if (callOptions.body !== undefined) headers['Content-Type'] = 'application/json';
      const root = PAYMENT_SERVICE_OPERATIONS.includes(operationId) ? KIBO_PAYMENT_SERVICE_URL : KIBO_BASE_URL;
      const response = await fetch(`${root}${path}`, {
        method: callOptions.method ?? (callOptions.body === undefined ? 'GET' : 'POST'),
        headers,
        ...(callOptions.body === undefined ? {} : { body: JSON.stringify(callOptions.body) }),
      });
      const text = await response.text();
      const body = (text ? JSON.parse(text) : undefined) as T;
      if (callOptions.expectError) {
        expect(response.ok, `${operationId} answered ${response.status}, an error was expected`).to.equal(false);
      } else {
        expect(response.status, `${operationId}: ${text.slice(0, 300)}`).to.be.within(200, 299);
        const errors = await validateResponse(operationId, response.status, body);
        expect(
          errors,
          `${operationId}'s answer does not match Kibo's schema:\n${describeErrors(errors)}`,
        ).to.deep.equal([]);
      }
      return { status: response.status, body, response };
    },
  };
}
