/** Faults over MSW in the page: the mock scenario of `useMockBackend()` (test/support/mock.ts). */
import type { Fault, FaultOptions } from '../../../mocks/scenario.js';
import type { MockHandle } from '../../support/mock.js';
import type { FaultInjector } from './matrix.js';

/** Enough calls to outlast any retry of the adapter and of the element. */
const UNTIL_CLEARED = 1000;

export function mswInjector(mock: MockHandle): FaultInjector {
  return {
    transport: 'MSW',
    async inject(operationId: string, fault: Fault, options?: FaultOptions) {
      mock.scenario.failNext(operationId, fault, UNTIL_CLEARED, options);
    },
    async clear() {
      mock.scenario.clearFaults();
    },
  };
}
