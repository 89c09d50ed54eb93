// A web-test-runner plugin for `npm run test:faults`: the suites in test/faults/ send each row they
// check (`report(suite, row)` in test/faults/support/report.ts, through `executeServerCommand`) and
// their totals; the plugin keeps them in Node and writes them to `test-results/faults.json` when
// the run ends, for scripts/faults.mjs to print as tables.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const FAULTS_REPORT = 'test-results/faults.json';

export function faultsReportPlugin({ file = FAULTS_REPORT } = {}) {
  /** suite → { columns, rows, totals } */
  const suites = new Map();
  const suite = (name) => {
    if (!suites.has(name)) suites.set(name, { rows: [], totals: {} });
    return suites.get(name);
  };
  return {
    name: 'faults-report',
    async executeCommand({ command, payload }) {
      if (command === 'faults-row') {
        const { row, columns = Object.keys(row) } = payload;
        suite(payload.suite).rows.push(Object.fromEntries(columns.map((column) => [column, row[column]])));
        return true;
      }
      if (command === 'faults-total') {
        const totals = suite(payload.suite).totals;
        for (const [key, value] of Object.entries(payload.totals)) totals[key] = (totals[key] ?? 0) + value;
        return true;
      }
      return undefined;
    },
    serverStop() {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(Object.fromEntries(suites), null, 2));
    },
  };
}
