/**
 * The two transports every matrix file runs over: MSW in the page (`useMockBackend`) and the mock
 * served over real HTTP (`useHttpMock`), each with the adapter the matrix uses and the same seed.
 */
import { MockBackend } from '../../../mocks/backend.js';
import { useHttpMock } from '../../support/http-mock.js';
import { useMockBackend } from '../../support/mock.js';
import { httpInjector } from './http-injector.js';
import type { FaultInjector, MatrixEnv } from './matrix.js';
import { mswInjector } from './msw-injector.js';

/** The adapter of the matrix: a short timeout (the hang), one quick retry (a Retry-After still honoured). */
export const MATRIX_ADAPTER = {
  timeoutMs: 600,
  retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 5000 },
};

export interface Transport {
  env: MatrixEnv;
  injector: FaultInjector;
}

/** Registers the hooks of the MSW mock (call inside a describe). */
export function overMsw(): Transport {
  const mock = useMockBackend({ adapter: MATRIX_ADAPTER });
  return {
    env: {
      backend: mock.backend,
      adapter: () => mock.adapter,
      orderCount: async () => mock.backend.listOrders('us', { limit: 1 }).total!,
    },
    injector: mswInjector(mock),
  };
}

/** Registers the hooks of the HTTP mock (call inside a describe). */
export function overHttp(): Transport {
  const mock = useHttpMock();
  // The same seed as the server's: the fixtures' data and the totals to expect.
  const backend = new MockBackend();
  return {
    env: { backend, adapter: () => mock.adapter(MATRIX_ADAPTER), orderCount: () => mock.orderCount('us') },
    injector: httpInjector(mock),
  };
}
