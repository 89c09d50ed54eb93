/**
 * The REST adapter's suites over real HTTP (test/support/http-mock.ts): each fault of the mock
 * scenario as the server plays it, answers replaced or rewritten by its `status` and `rewrite`
 * faults, and its own request log, read through the control endpoint.
 */
import { MockBackend } from '../../mocks/backend.js';
import { httpFault, useHttpMock } from '../support/http-mock.js';
import type { RestTransport } from './rest-adapter-transport.js';

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
    fail: (operationId, fault, times, options) => mock.fail(operationId, httpFault(fault, options), times),
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
