/**
 * Faults over real HTTP: the mock served by `npm run serve:mock` (test/support/http-mock.ts), each
 * fault of the matrix as the server plays it (mocks/http/protocol.ts `HttpFault`).
 */
import type { Fault, FaultOptions } from '../../../mocks/scenario.js';
import { statusProblem } from '../../../mocks/problem.js';
import type { HttpFault, HttpMock } from '../../support/http-mock.js';
import type { FaultInjector } from './matrix.js';

/** Enough calls to outlast any retry of the adapter and of the element. */
const UNTIL_CLEARED = 100;

/** The matrix's fault as the HTTP server plays it. */
export function httpFault(fault: Fault, options: FaultOptions = {}): HttpFault {
  switch (fault) {
    case 'network':
      return { kind: 'reset', at: 'before' };
    case 'timeout':
      return { kind: 'hang' };
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
      };
  }
}

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
