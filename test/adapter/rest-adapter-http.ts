/**
 * The REST adapter's suites over real HTTP (test/support/http-mock.ts): each fault of the mock
 * scenario as the server plays it, answers replaced or rewritten by its `status` and `rewrite`
 * faults, and its own request log, read through the control endpoint.
 */
import { MockBackend } from '../../mocks/backend.js';
import type { Fault, FaultOptions } from '../../mocks/scenario.js';
import { statusProblem } from '../../mocks/problem.js';
import { type HttpFault, useHttpMock } from '../support/http-mock.js';
import type { RestTransport } from './rest-adapter-transport.js';

/** The scenario's fault as the HTTP mock plays it, its options included (an answer lost after the work). */
export function httpFaultOf(fault: Fault, options: FaultOptions = {}): HttpFault {
  const afterProcessing = options.afterProcessing === true;
  switch (fault) {
    case 'network':
      return { kind: 'reset', at: afterProcessing ? 'after-processing' : 'before' };
    case 'timeout':
      return { kind: 'hang' };
    case 'malformed':
      return { kind: 'malformed' };
    case 'redirect':
    case 'missing-fields':
    case 'wrong-kind':
      throw new Error(`The REST adapter's suites do not play "${fault}" over HTTP: use rewrite() or answer().`);
    default:
      return {
        kind: 'status',
        status: fault,
        ...(options.errors ? { body: statusProblem(fault, options.retryAfter, options.errors).toBody() } : {}),
        ...(options.retryAfter === undefined ? {} : { retryAfter: options.retryAfter }),
        ...(afterProcessing ? { afterProcessing } : {}),
      };
  }
}

/** Registers the hooks of the HTTP mock (call inside a describe). */
export function overHttp(): RestTransport {
  const mock = useHttpMock();
  // The same seed as the server's: the drafts and customers the tests send.
  const seed = new MockBackend();
  return {
    name: 'HTTP',
    seed,
    get absoluteBaseUrl() {
      return mock.baseUrl;
    },
    adapter: (options = {}) => mock.adapter(options),
    fail: (operationId, fault, times, options) => mock.fail(operationId, httpFaultOf(fault, options), times),
    answer: (operationId, status, body) => mock.fail(operationId, { kind: 'status', status, body }),
    rewrite: (operationId, ops) => mock.fail(operationId, { kind: 'rewrite', ops }),
    latency: (ms) => mock.reset({ latency: [ms, ms] }),
    async hold(operationId) {
      const held = await mock.hold(operationId);
      return () => held.release();
    },
    async requests(operationId) {
      return (await mock.requests(operationId)).map(({ method, path, headers }) => ({
        method,
        path,
        idempotencyKey: headers['idempotency-key'] ?? null,
      }));
    },
    async waitForRequests(operationId, count) {
      await mock.waitForRequests(operationId, count);
    },
    submission: (idempotencyKey) => mock.submission(idempotencyKey),
  };
}
