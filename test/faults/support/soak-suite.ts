/**
 * The submit soak of `npm run test:faults` (issue 12), over one transport: 1,000 submissions
 * through the real `<offline-order-builder>` and the REST adapter, with faults before and after the
 * order is created, double presses, lost answers followed by edits, reloads mid-flight and two tabs
 * sharing one storage, half of them with payments (a card token, store credit or a gift card).
 * Every run must end with exactly one order for its draft, the one the agent is shown, its payments
 * taken once; nothing may throw uncaught.
 *
 * The runs are drawn from one seed (`SOAK_SEED`, printed in the table and in every failure, which
 * names the run: its plan is a function of the seed and its number) and played in chunks of 200 by
 * parallel lanes (see `soak-lane.ts`); each chunk is a test, on new lanes.
 */
import { expect } from '@open-wc/testing';
import { reportRow, reportTotals } from './report.js';
import type { SoakTransport } from './soak-backend.js';
import { openLanes, playChunk } from './soak-driver.js';
import { baseline, SoakLedger } from './soak-ledger.js';
import { SOAK_SEED, soakPlan } from './soak-plan.js';

const SUITE = 'submit soak';
/** Runs per test; fewer tests, fewer lanes idle at a test's end. */
const CHUNK = 200;
/** Lanes at once: the builder's waits (pricing's debounce, backoff) overlap; more only crowds two cores. */
const LANES = 10;
const CLAIMS = 'offline-order-submits';

/**
 * Registers the soak over the transport `setup` makes (it may register its own hooks): `runs`
 * submissions (1,000 in `npm run test:faults`; fewer only to try a change).
 */
export function soakSuite(setup: () => SoakTransport, { runs: RUNS = 1000 } = {}): void {
  describe('submit soak', function () {
    // A chunk takes about 45 s on a busy 2-core machine.
    this.timeout(240_000);
    const transport = setup();
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
      it(`runs #${from}–#${from + runs.length - 1} over ${transport.name}: one order per draft, shown, paid once`, async () => {
        const lanes = await openLanes(transport, from / CHUNK, LANES);
        // The stores the lanes keep their orders in (one shared over MSW, one per lane over HTTP), as they stand.
        const stores = [...new Set(lanes.map((lane) => lane.backend.store))];
        const before = await Promise.all(stores.map(baseline));
        const records = await playChunk(lanes, runs);
        const failuresBefore = ledger.failures().length;
        for (const [i, store] of stores.entries()) {
          const served = records.filter((run) => lanes[run.lane]!.backend.store === store);
          await ledger.add(store, before[i]!, served);
        }
        await Promise.all(lanes.map((lane) => lane.backend.close()));
        const failures = ledger.failures().slice(failuresBefore);
        expect(failures, failures.join('\n')).to.deep.equal([]);
      });
    }

    it(`reports its table over ${transport.name}: 0 duplicates, 0 lost, 0 paid twice, 0 uncaught`, async () => {
      const totals = { ...ledger.totals(), seconds: Math.round((performance.now() - started) / 1000) };
      for (const row of ledger.table()) await reportRow(SUITE, { transport: transport.name, ...row });
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
}
