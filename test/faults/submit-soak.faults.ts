/**
 * The submit soak of `npm run test:faults` (issue 12): 1,000 submissions through the real
 * `<offline-order-builder>` and the REST adapter over the in-page mock backend, with faults before
 * and after the order is created, double presses, lost answers followed by edits, reloads
 * mid-flight and two tabs sharing one storage, half of them with payments (a card token, store
 * credit or a gift card). Every run must end with exactly one order for its draft, the one the agent
 * is shown, its payments taken once; nothing may throw uncaught.
 *
 * The runs are drawn from one seed (`SOAK_SEED`, printed in the table and in every failure, which
 * names the run: its plan is a function of the seed and its number) and played in chunks of 200 by
 * parallel lanes (see `support/soak-lane.ts`); each chunk is a test, on a fresh backend.
 */
import { expect } from '@open-wc/testing';
import { useMockBackend } from '../support/mock.js';
import { reportRow, reportTotals } from './support/report.js';
import { playChunk } from './support/soak-driver.js';
import { baseline, SoakLedger } from './support/soak-ledger.js';
import { SOAK_SEED, soakPlan } from './support/soak-plan.js';

const SUITE = 'submit soak';
const RUNS = 1000;
/** Runs per test (each on a fresh backend); fewer tests, fewer lanes idle at a test's end. */
const CHUNK = 200;
/** Lanes at once: the builder's waits (pricing's debounce, backoff) overlap; more only crowds two cores. */
const LANES = 10;
const CLAIMS = 'offline-order-submits';

describe('submit soak', function () {
  // A chunk takes about 45 s on a busy 2-core machine.
  this.timeout(240_000);
  const mock = useMockBackend();
  const plan = soakPlan(SOAK_SEED, RUNS);
  const ledger = new SoakLedger();
  let started = 0;

  const onError = () => void (ledger.uncaught += 1);
  before(() => {
    started = performance.now();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    sessionStorage.clear();
    localStorage.removeItem(CLAIMS);
  });

  for (let from = 0; from < RUNS; from += CHUNK) {
    const runs = plan.slice(from, from + CHUNK);
    it(`runs #${from}–#${from + runs.length - 1}: one order per draft, shown, paid once`, async () => {
      const before = baseline(mock.backend);
      const records = await playChunk(mock, from / CHUNK, runs, LANES);
      const failuresBefore = ledger.failures().length;
      ledger.add(mock.backend, before, records);
      const failures = ledger.failures().slice(failuresBefore);
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  }

  it('reports its table: 0 duplicates, 0 lost, 0 paid twice, 0 uncaught', async () => {
    const totals = { ...ledger.totals(), seconds: Math.round((performance.now() - started) / 1000) };
    for (const row of ledger.table()) await reportRow(SUITE, row);
    await reportTotals(SUITE, totals);
    expect(totals.submissions).to.equal(RUNS);
    expect(totals.ordersCreated).to.equal(RUNS);
    expect(totals.duplicates, 'duplicates').to.equal(0);
    expect(totals.lost, 'lost').to.equal(0);
    expect(totals.paidTwice, 'paid twice').to.equal(0);
    expect(totals.uncaught, 'uncaught errors').to.equal(0);
    expect(totals.failedRuns, ledger.failures().slice(0, 20).join('\n')).to.equal(0);
  });
});
