// `npm run test:faults`: the reliability and security suites (issue 12), printed as tables.
// 1. The browser suites of test/faults/ (web-test-runner.faults.config.js): each checks its cases
//    as tests and reports one row per case and its totals (test/faults/support/report.ts).
// 2. The CSP suite (e2e/csp.ts): the built demo (`npm run build:demo` first) served with its CSP as
//    an HTTP header, the procedure run under it, violations counted.
// 3. The tables: one per suite, its rows and totals. The command fails when a test failed, a row's
//    result is not "ok", or a total that must be zero is not (duplicates, lost, canary hits, CSP
//    violations, uncaught errors).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import process from 'node:process';
import { findBrowser } from './browser.mjs';
import { FAULTS_REPORT } from '../test/faults/report-plugin.mjs';

/** Totals that must be zero, by the names the suites report them under. */
const MUST_BE_ZERO = [
  'duplicates',
  'lost',
  'paidTwice',
  'canaryHits',
  'cspViolations',
  'uncaught',
  'executed',
  'overflows',
];

const CSP_REPORT = 'test-results/faults-csp.json';
rmSync(FAULTS_REPORT, { force: true });
rmSync(CSP_REPORT, { force: true });
const chrome = findBrowser();
const run = spawnSync('npx', ['--no-install', 'wtr', '--config', 'web-test-runner.faults.config.js'], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
let failed = run.status !== 0;
const csp = spawnSync('npx', ['--no-install', 'tsx', 'e2e/csp.ts'], { stdio: 'inherit' });
if (csp.status !== 0) failed = true;

const reports = [FAULTS_REPORT, CSP_REPORT].filter((file) => existsSync(file));
if (reports.length < 2) {
  console.error(
    `\nA report is missing (${[FAULTS_REPORT, CSP_REPORT].filter((f) => !reports.includes(f)).join(', ')}): its suites did not run.`,
  );
  failed = true;
}

/** A plain text table: a header, a rule, the rows; cells padded to their column. */
function table(rows) {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cells = [columns, ...rows.map((row) => columns.map((c) => String(row[c] ?? '')))];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(cells[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)].join(
    '\n',
  );
}

const report = Object.assign({}, ...reports.map((file) => JSON.parse(readFileSync(file, 'utf8'))));
for (const [suite, { rows, totals }] of Object.entries(report)) {
  // A matrix row whose fault cannot apply to its call says "skipped: why"; it does not fail the command.
  const skipped = rows.filter((row) => String(row.result).startsWith('skipped: '));
  const bad = rows.filter((row) => row.result !== 'ok' && !skipped.includes(row));
  const ok = rows.length - bad.length - skipped.length;
  console.log(`\n## ${suite}: ${rows.length} rows, ${ok} ok${skipped.length ? `, ${skipped.length} skipped` : ''}`);
  if (rows.length) console.log(table(rows));
  const figures = Object.entries(totals).map(([name, value]) => `${name} ${value}`);
  if (figures.length) console.log(`totals: ${figures.join(', ')}`);
  const nonZero = MUST_BE_ZERO.filter((name) => (totals[name] ?? 0) !== 0);
  if (bad.length || nonZero.length) {
    failed = true;
    if (bad.length) console.log(`FAILED rows: ${bad.length}`);
    if (nonZero.length) console.log(`FAILED: ${nonZero.map((n) => `${n} ${totals[n]}`).join(', ')} (must be 0)`);
  }
}
console.log(`\ntest:faults ${failed ? 'FAILED' : 'passed'}`);
process.exit(failed ? 1 : 0);
