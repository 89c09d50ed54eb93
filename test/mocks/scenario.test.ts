import { expect } from '@open-wc/testing';
import { MockScenario } from '../../mocks/scenario.js';

describe('MockScenario', () => {
  it('answers at once with no fault by default', () => {
    const plan = new MockScenario().plan('listSites');
    expect(plan).to.deep.equal({ delayMs: 0, hold: null, fault: null, retryAfter: undefined, afterProcessing: false });
  });

  it('draws the latency within its range', () => {
    const scenario = new MockScenario({ latency: [100, 400] });
    for (let i = 0; i < 50; i++) {
      const { delayMs } = scenario.plan('listOrders');
      expect(delayMs).to.be.within(100, 400);
    }
  });

  it('is slow (1-3 s) in "slow" mode', () => {
    const scenario = new MockScenario({ mode: 'slow' });
    for (let i = 0; i < 20; i++) expect(scenario.plan('priceOrder').delayMs).to.be.within(1000, 3000);
  });

  it('queues scripted faults per operation, each for as many calls as asked', () => {
    const scenario = new MockScenario();
    scenario.failNext('submitOrder', 503, 2);
    scenario.failNext('submitOrder', 'network');
    const faults = [1, 2, 3, 4].map(() => scenario.plan('submitOrder').fault);
    expect(faults).to.deep.equal([503, 503, 'network', null]);
    expect(scenario.plan('listSites').fault).to.equal(null);
  });

  it('adds a one-shot delay to the next call only', () => {
    const scenario = new MockScenario();
    scenario.delayNext('searchCustomers', 250);
    expect(scenario.plan('searchCustomers').delayMs).to.equal(250);
    expect(scenario.plan('searchCustomers').delayMs).to.equal(0);
  });

  it('holds the next call until released', async () => {
    const scenario = new MockScenario();
    const release = scenario.holdNext('priceOrder');
    const { hold } = scenario.plan('priceOrder');
    let released = false;
    const done = hold!.then(() => {
      released = true;
    });
    await Promise.resolve();
    expect(released).to.equal(false);
    release();
    await done;
    expect(released).to.equal(true);
    expect(scenario.plan('priceOrder').hold).to.equal(null);
  });

  it('forgets faults, delays and mode changes on reset', () => {
    const scenario = new MockScenario({ latency: [5, 5] });
    scenario.failNext('listSites', 500);
    scenario.delayNext('listSites', 100);
    scenario.mode = 'down';
    scenario.latency = [900, 900];
    scenario.reset();
    expect(scenario.mode).to.equal('normal');
    expect(scenario.plan('listSites')).to.include({ delayMs: 5, fault: null });
  });

  it('reads the mode from ?mock=', () => {
    expect(MockScenario.fromSearch('?mock=flaky').mode).to.equal('flaky');
    expect(MockScenario.fromSearch('?x=1&mock=down', { latency: [100, 400] })).to.include({ mode: 'down' });
    expect(MockScenario.fromSearch('?mock=bogus').mode).to.equal('normal');
    expect(MockScenario.fromSearch('', { latency: [100, 400] }).latency).to.deep.equal([100, 400]);
  });
});
