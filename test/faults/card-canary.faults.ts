import { createRestAdapter } from '../../src/adapter/rest-adapter.js';
import { HttpResponse, http } from 'msw';
import { useMockBackend } from '../support/mock.js';
import { canarySuite } from './support/canary-suite.js';

/** How long an attempt may take, and one quick retry: the hang is given up soon. */
const ADAPTER = { random: () => 0, timeoutMs: 1500, retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 5 } };

canarySuite(() => {
  const mock = useMockBackend();
  return {
    name: 'MSW',
    async fail(fault, options) {
      mock.scenario.failNext('tokenizeCard', fault, 5, options);
    },
    async answer(status, body) {
      const type = status < 400 ? 'application/json' : 'application/problem+json';
      mock.worker.use(
        http.post(
          '*/sites/:siteId/card-tokens',
          () => new HttpResponse(JSON.stringify({ status, ...body }), { status, headers: { 'Content-Type': type } }),
        ),
      );
    },
    adapter: (fetch) => createRestAdapter({ baseUrl: mock.baseUrl, ...ADAPTER, fetch }),
    log: async () => mock.backend.requests.map((request) => JSON.stringify(request)),
  };
});
