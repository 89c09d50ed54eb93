import { expect } from '@open-wc/testing';
import { useMockBackend } from '../support/mock.js';
import { faultCases, runRow } from './support/matrix.js';
import { mswInjector } from './support/msw-injector.js';
import { builderSteps } from './support/steps-builder.js';

/** The adapter of the matrix: short timeout (the hang), one quick retry (Retry-After still honoured). */
export const MATRIX_ADAPTER = {
  timeoutMs: 600,
  retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 5000 },
};

describe('fault matrix: the builder (sites, orders, pricing, submit) over MSW', function () {
  this.timeout(60_000);
  const mock = useMockBackend({ adapter: MATRIX_ADAPTER });
  const injector = mswInjector(mock);

  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  for (const step of builderSteps(mock, () => mock.adapter)) {
    describe(step.call, () => {
      for (const fault of faultCases(step.fieldPath)) {
        it(`${step.call} × ${fault.name}`, async () => {
          expect(await runRow('fault matrix', injector, step, fault)).to.equal('ok');
        });
      }
    });
  }
});
