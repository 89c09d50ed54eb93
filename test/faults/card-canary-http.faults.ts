import { useHttpMock } from '../support/http-mock.js';
import { canarySuite } from './support/canary-suite.js';
import { httpFault } from '../support/http-mock.js';

/** How long an attempt may take, and one quick retry: the hang is given up soon. */
const ADAPTER = { timeoutMs: 1500, retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 5 } };

canarySuite(() => {
  const mock = useHttpMock();
  return {
    name: 'HTTP',
    fail: (fault, options) => mock.fail('tokenizeCard', httpFault(fault, options), 5),
    answer: (status, body) => mock.fail('tokenizeCard', { kind: 'status', status, body: { status, ...body } }, 5),
    adapter: (fetch) => mock.adapter({ ...ADAPTER, fetch }),
    // What the server logged: its own record (it redacts a card request's number and code itself).
    log: async () => (await mock.requests()).map((request) => JSON.stringify(request)),
  };
});
