/**
 * Starts the mock backend in a browser page: an MSW service worker answering the HTTP contract
 * from a `MockBackend`. Used by the demo and by the test helper (test/support/mock.ts);
 * Storybook, which starts its own worker, takes `createMockApi()` handlers instead.
 *
 * Demo: `startMockWorker({ scenario: MockScenario.fromSearch(location.search, { latency: [100, 400] }),
 * storage: localStorage, serviceWorkerUrl: './mockServiceWorker.js' })`.
 * It resolves only once the worker controls the page, so that no request can reach the network
 * instead of the mock; send no request to the mock before then.
 */
import type { UnhandledRequestStrategy } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { MockBackend, type MockBackendOptions } from './backend.js';
import { createHandlers } from './handlers.js';
import { createKiboHandlers } from './kibo/handlers.js';
import { MockScenario, type MockScenarioInit } from './scenario.js';
import { CONTROL_TIMEOUT_MS, whenControlled } from './service-worker-control.js';

export interface StartMockWorkerOptions {
  /** Where the contract is served (default "/api/v1"). */
  baseUrl?: string;
  /**
   * Where the Kibo-shaped API is served (mocks/kibo/handlers.ts), over the same backend and
   * scenario; not served when absent. The demo's Kibo backend passes e.g. "/kibo/api".
   */
  kiboBaseUrl?: string;
  /**
   * Where Kibo's payment service (card tokenization) is served beside the Kibo-shaped API, when
   * that is (default "/kibo/pci"): the Kibo adapter's `paymentServiceUrl`.
   */
  kiboPaymentServiceUrl?: string;
  /** A scenario, or how to make one. Default: normal mode with 100-400 ms of latency. */
  scenario?: MockScenario | MockScenarioInit;
  /** A backend, or how to make one (seed options, clock). */
  backend?: MockBackend | MockBackendOptions;
  /** Keeps created customers and submitted orders across reloads (the demo passes `localStorage`). */
  storage?: Storage;
  /** No MSW lines in the console (default true: request logs could carry shopper data). */
  quiet?: boolean;
  /**
   * URL of MSW's worker script (default "/mockServiceWorker.js"). An app served under a
   * sub-path passes e.g. "./mockServiceWorker.js"; the worker controls its own directory.
   */
  serviceWorkerUrl?: string;
  /** What to do with requests no handler matches (default "bypass": assets load normally). */
  onUnhandledRequest?: UnhandledRequestStrategy;
}

export interface MockWorker {
  worker: SetupWorker;
  backend: MockBackend;
  scenario: MockScenario;
}

/** The normal-mode latency of the demo and Storybook: realistic, but quick enough to work with. */
export const REALISTIC_LATENCY: [number, number] = [100, 400];

export async function startMockWorker(options: StartMockWorkerOptions = {}): Promise<MockWorker> {
  const backend =
    options.backend instanceof MockBackend
      ? options.backend
      : new MockBackend({ ...options.backend, ...(options.storage ? { storage: options.storage } : {}) });
  const scenario =
    options.scenario instanceof MockScenario
      ? options.scenario
      : new MockScenario({ latency: REALISTIC_LATENCY, ...options.scenario });
  const worker = setupWorker(
    ...(options.kiboBaseUrl
      ? createKiboHandlers(backend, {
          scenario,
          baseUrl: options.kiboBaseUrl,
          ...(options.kiboPaymentServiceUrl ? { paymentServiceUrl: options.kiboPaymentServiceUrl } : {}),
        })
      : []),
    ...createHandlers(backend, { scenario, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) }),
  );
  await worker.start({
    quiet: options.quiet ?? true,
    onUnhandledRequest: options.onUnhandledRequest ?? 'bypass',
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
  });
  // On a first load the worker may be active before it controls the page; requests sent before
  // then would miss the mock (see service-worker-control.ts).
  if (!(await whenControlled())) {
    throw new Error(
      `the mock service worker did not take control of the page within ${CONTROL_TIMEOUT_MS / 1000} s; reload the page`,
    );
  }
  return { worker, backend, scenario };
}
