/**
 * The REST adapter's suites over MSW in the page (test/support/mock.ts): faults, holds and latency
 * of the mock scenario, the backend's own request log, and answers replaced or rewritten by a
 * handler put in front of the mock's for the call they are meant for.
 */
import { waitUntil } from '@open-wc/testing';
import { HttpResponse, type JsonBodyType, getResponse, http } from 'msw';
import { createHandlers } from '../../mocks/handlers.js';
import { applyRewrite } from '../../mocks/http/faults.js';
import { createRestAdapter } from '../../src/adapter/rest-adapter.js';
import { type MockHandle, fromThisTest, useMockBackend } from '../support/mock.js';
import { operationOf } from './contract.js';
import type { RestTransport } from './rest-adapter-transport.js';

export interface MswTransport extends RestTransport {
  /** The MSW mock itself, for the tests that only MSW can run. */
  readonly mock: MockHandle;
}

/** Registers the hooks of the MSW mock (call inside a describe). */
export function overMsw(): MswTransport {
  const mock = useMockBackend();
  // The mock's own handlers, for the real answer a rewrite starts from.
  const handlers = createHandlers(mock.backend, {
    baseUrl: mock.baseUrl,
    scenario: mock.scenario,
    accept: fromThisTest,
  });

  /** Answers the next call of `operationId` with `respond`; every other call goes on to the mock's handlers. */
  function instead(operationId: string, respond: (request: Request) => Promise<Response>) {
    let spent = false;
    mock.worker.use(
      http.all(`${mock.baseUrl}/*`, async ({ request }) => {
        if (spent || !fromThisTest(request)) return undefined;
        if ((await operationOf(request.method, request.url)) !== operationId) return undefined;
        spent = true;
        return respond(request);
      }),
    );
  }

  return {
    name: 'MSW',
    mock,
    get seed() {
      return mock.backend;
    },
    absoluteBaseUrl: `${location.origin}${mock.baseUrl}`,
    adapter: (options = {}) => createRestAdapter({ baseUrl: mock.baseUrl, random: () => 0, ...options }),
    async fail(operationId, fault, times, options) {
      mock.scenario.failNext(operationId, fault, times, options);
    },
    async answer(operationId, status, body) {
      instead(operationId, async (request) => {
        // Logged as the HTTP mock logs a call it answers itself.
        const url = new URL(request.url);
        const idempotencyKey = request.headers.get('Idempotency-Key');
        const bodySize = (await request.arrayBuffer()).byteLength;
        const { method } = request;
        mock.backend.recordRequest({ operationId, method, url: url.pathname + url.search, idempotencyKey, bodySize });
        return HttpResponse.json(body as JsonBodyType, { status });
      });
    },
    async rewrite(operationId, ops) {
      instead(operationId, async (request) => {
        const real = (await getResponse(handlers, request))!;
        const type = real.headers.get('Content-Type') ?? 'application/json';
        const rewritten = applyRewrite(await real.json(), ops) as JsonBodyType;
        return HttpResponse.json(rewritten, { status: real.status, headers: { 'Content-Type': type } });
      });
    },
    async latency(ms) {
      mock.scenario.latency = [ms, ms];
    },
    async hold(operationId) {
      const release = mock.scenario.holdNext(operationId);
      return async () => release();
    },
    async requests(operationId) {
      return mock.backend
        .requestsFor(operationId)
        .map(({ method, url, idempotencyKey }) => ({ method, path: url, idempotencyKey }));
    },
    async waitForRequests(operationId, count) {
      await waitUntil(
        () => mock.backend.requestsFor(operationId).length >= count,
        `${count} ${operationId} request(s) did not reach the mock`,
        { timeout: 5000 },
      );
    },
    async submission(idempotencyKey) {
      return mock.backend.submission(idempotencyKey) ?? null;
    },
  };
}
