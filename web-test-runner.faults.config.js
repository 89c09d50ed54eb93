// `npm run test:faults` (scripts/faults.mjs): the reliability and security suites of test/faults/,
// in the same browser and with the same plugins as the tests, plus the report plugin that collects
// the rows they check for the tables the command prints.
import base from './web-test-runner.config.js';
import { faultsReportPlugin } from './test/faults/report-plugin.mjs';

export default {
  ...base,
  files: ['test/faults/**/*.faults.ts'],
  // One file at a time: the soak and the matrix are long, and their rows are easier to read in order.
  concurrency: 1,
  testFramework: { config: { timeout: 120_000 } },
  testsFinishTimeout: 900_000,
  plugins: [...base.plugins, faultsReportPlugin()],
};
