/**
 * The mock backend for browser tests.
 *
 * ```ts
 * const mock = useMockBackend();
 * it('…', async () => {
 *   mock.scenario.failNext('listSites', 503);
 *   const sites = await mock.adapter.listSites();
 *   expect(mock.backend.requestsFor('listSites')).to.have.length(2);
 * });
 * ```
 *
 * The MSW worker starts once per test file (each file runs in its own page) with zero latency,
 * quiet, and unmatched requests passed through. Before each test the backend and the scenario go
 * back to the seed and the handlers of this call are installed again (dropping any `worker.use()`
 * override of the previous test). Calls in nested `describe`s each get their own backend (e.g.
 * a one-site seed); the innermost wins inside its block.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { MockBackend, type MockBackendOptions } from '../../mocks/backend.js';
import { createHandlers } from '../../mocks/handlers.js';
import { MockScenario, type MockScenarioInit } from '../../mocks/scenario.js';
import { whenControlled } from '../../mocks/service-worker-control.js';
import type { OrderAdapter } from '../../src/adapter/adapter.js';
import { createRestAdapter, type RestAdapterOptions } from '../../src/adapter/rest-adapter.js';

export const MOCK_BASE_URL = '/api/v1';

export interface UseMockBackendOptions {
  /** Seed options (order count, sites, empty lists) and the clock. */
  backend?: MockBackendOptions;
  /** Scenario defaults (latency is zero unless given). */
  scenario?: MockScenarioInit;
  baseUrl?: string;
  /**
   * Options of the REST adapter returned as `adapter`. By default its backoff jitter is 0 so that
   * retries are immediate (a `Retry-After` is still honoured: fail with `{ retryAfter: 0 }`).
   */
  adapter?: Partial<RestAdapterOptions>;
}

export interface MockHandle {
  readonly backend: MockBackend;
  readonly scenario: MockScenario;
  /** The page's MSW worker (available from the first `before` hook on). */
  readonly worker: SetupWorker;
  /** A REST adapter over the mock backend. */
  readonly adapter: OrderAdapter;
  readonly baseUrl: string;
}

let started: Promise<SetupWorker> | undefined;

/**
 * Runs `start` with the `beforeunload` listeners it adds to `window` made deaf to synthetic events.
 * MSW stops mocking the page when `window` sees `beforeunload`; the builder's tests dispatch one to
 * check the leave prompt, which must not switch the mock off for the tests that follow. A real
 * unload (a trusted event) still reaches MSW.
 */
async function ignoringSyntheticUnload<T>(start: () => Promise<T>): Promise<T> {
  const add = window.addEventListener;
  window.addEventListener = function (this: Window, type: string, listener: unknown, options?: unknown) {
    if (type === 'beforeunload' && typeof listener === 'function') {
      const real = listener as (event: Event) => void;
      listener = (event: Event) => event.isTrusted && real.call(this, event);
    }
    return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  } as typeof window.addEventListener;
  try {
    return await start();
  } finally {
    window.addEventListener = add;
  }
}

/** The page's one MSW worker, started on first use. */
export function mockWorker(): Promise<SetupWorker> {
  started ??= (async () => {
    const worker = setupWorker();
    await ignoringSyntheticUnload(() =>
      worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }),
    );
    // No test request before the worker controls the page (it would reach the test server instead).
    if (!(await whenControlled())) throw new Error('The mock service worker did not take control of the test page.');
    return worker;
  })();
  return started;
}

/**
 * The test a request belongs to. The adapter's requests carry it (`x-mock-test`, read when each
 * attempt is sent) and the handlers refuse one of an earlier test: an element of a finished test
 * may still have a request on its way (a debounced search, a retry), which must not take the
 * hold or the fault a later test queued. Requests without it (an adapter a test builds itself)
 * are served.
 */
let currentTest = 0;
const TEST_HEADER = 'x-mock-test';
afterEach(() => void currentTest++);

/** Whether `request` belongs to the running test (or carries no mark): what a test's own `worker.use()` handler answers. */
export const fromThisTest = (request: Request) => {
  const test = request.headers.get(TEST_HEADER);
  return test === null || test === String(currentTest);
};

/** `fetch`, with the current test's mark on the request. */
function markedFetch(base: typeof fetch = (input, init) => fetch(input, init)): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    headers.set(TEST_HEADER, String(currentTest));
    return base(input, { ...init, headers });
  };
}

export function useMockBackend(options: UseMockBackendOptions = {}): MockHandle {
  const baseUrl = options.baseUrl ?? MOCK_BASE_URL;
  const backend = new MockBackend(options.backend);
  const scenario = new MockScenario({ latency: [0, 0], ...options.scenario });
  const handlers = createHandlers(backend, { baseUrl, scenario, accept: fromThisTest });
  let worker: SetupWorker | undefined;
  let adapter: OrderAdapter | undefined;

  before(async () => {
    worker = await mockWorker();
  });

  beforeEach(() => {
    backend.reset();
    scenario.reset();
    worker!.resetHandlers(...handlers);
  });

  return {
    backend,
    scenario,
    baseUrl,
    get worker(): SetupWorker {
      if (!worker) throw new Error('The mock worker starts in a before() hook; use it inside tests or hooks.');
      return worker;
    },
    get adapter(): OrderAdapter {
      adapter ??= createRestAdapter({
        baseUrl,
        random: () => 0,
        ...options.adapter,
        fetch: markedFetch(options.adapter?.fetch),
      });
      return adapter;
    },
  };
}
