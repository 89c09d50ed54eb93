/**
 * Faults over real HTTP: the mock served by `npm run serve:mock` (test/support/http-mock.ts), each
 * fault of the matrix as the server plays it (mocks/http/protocol.ts `HttpFault`).
 */
import type { Fault, FaultOptions } from '../../../mocks/scenario.js';
import { type HttpMock, httpFault } from '../../support/http-mock.js';
import type { FaultInjector } from './matrix.js';

/** Enough calls to outlast any retry of the adapter and of the element. */
const UNTIL_CLEARED = 100;

export function httpInjector(mock: HttpMock): FaultInjector {
  return {
    transport: 'HTTP',
    async inject(operationId: string, fault: Fault, options?: FaultOptions) {
      await mock.fail(operationId as Parameters<HttpMock['fail']>[0], httpFault(fault, options), UNTIL_CLEARED);
    },
    async clear() {
      await mock.clearFaults();
    },
  };
}
