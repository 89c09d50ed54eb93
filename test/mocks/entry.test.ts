import { expect } from '@open-wc/testing';
import { UnavailableError, createRestAdapter } from '../../src/index.js';
// The package's `offline-order-elements/mocks` entry (vite.config.ts builds it into dist/mocks.js).
import * as mocks from '../../mocks/index.js';
import type { MockWorker } from '../../mocks/index.js';

/**
 * A host's own test of its page, with our mock backend as `offline-order-elements/mocks` gives it:
 * the worker started in its page at its own base URL, the REST adapter over it, the fixtures and a
 * scripted fault.
 */
describe('offline-order-elements/mocks, as a host uses it', () => {
  const baseUrl = '/host-api/v1';
  let mock: MockWorker;

  before(async () => {
    mock = await mocks.startMockWorker({ baseUrl, scenario: { latency: [0, 0] } });
  });

  after(() => mock.worker.stop());

  beforeEach(() => {
    mock.backend.reset();
    mock.scenario.reset();
  });

  it('exports the backend, the scenario, the handlers and the worker', () => {
    expect(mock.backend).to.be.instanceOf(mocks.MockBackend);
    expect(mock.scenario).to.be.instanceOf(mocks.MockScenario);
    expect(mocks.SCENARIO_MODES).to.deep.equal(['normal', 'slow', 'flaky', 'down']);
    expect(mocks.OPERATION_IDS).to.include('submitOrder');
    const { handlers, backend } = mocks.createMockApi({ baseUrl, backend: { seed: { siteIds: ['us'] } } });
    expect(handlers).to.not.be.empty;
    expect(backend.listSites().map((site) => site.name)).to.deep.equal(['US Store']);
  });

  it('serves the fixture world at the host’s base URL to the REST adapter', async () => {
    const adapter = createRestAdapter({ baseUrl, retry: false });
    expect((await adapter.listSites()).map((site) => site.name)).to.include.members(['US Store', 'Canada Store']);
    const found = await adapter.searchCustomers({ siteId: 'us', query: 'Ada' });
    expect(found.map((customer) => `${customer.firstName} ${customer.lastName}`)).to.include('Ada Lovelace');
    expect(mock.backend.requestsFor('searchCustomers')).to.have.length(1);
  });

  it('plays the faults a host scripts, then serves again', async () => {
    const adapter = createRestAdapter({ baseUrl, retry: false });
    mock.scenario.failNext('listSites', 503, 1, { retryAfter: 0 });
    let error: unknown;
    try {
      await adapter.listSites();
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(UnavailableError);
    expect(await adapter.listSites()).to.have.length(3);
  });
});
