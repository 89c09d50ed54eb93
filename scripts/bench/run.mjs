// npm run bench: builds the bench pages and measures the library beside its floors and peers in
// the machine's Chromium, then weighs it beside the peers' kits. Prints a table and writes
// bench/results.json. Never part of `npm test` or CI: timings depend on the machine; the ratios
// (ours ÷ the floor measured in the same run, rounds interleaved) are the figures to judge.
//
//   npm run bench                    everything (a few minutes)
//   npm run bench -- --rounds 7      more rounds (default 5; each figure is the median of the rounds)
//   npm run bench -- --only size     only the size rows (or: typeahead, lines, orders, builder, heap)
import { execFileSync } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../browser.mjs';
import { serveStatic } from '../static-server.mjs';
import { buildPages } from './pages.mjs';
import { ensurePeers } from './peers.mjs';
import { measureSizes } from './size.mjs';
import { printTable, runtimeRows, sizeRows } from './table.mjs';

const root = resolve(import.meta.dirname, '../..');
const flag = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
};
const ROUNDS = Math.max(5, Number(flag('rounds', 5)));
const only = flag('only', '');
const wanted = (group) => !only || only.split(',').includes(group);

/** Each scenario: its page module, and the names its `run()` takes for ours and for the floor. */
const SCENARIOS = [
  {
    group: 'typeahead',
    module: 'typeahead',
    runs: ['ours:customer', 'floor:customer', 'ours:product', 'floor:product'],
  },
  { group: 'lines', module: 'lines', runs: ['ours', 'floor', 'ours:slow', 'ours:slow-single'] },
  { group: 'orders', module: 'orders', runs: ['ours', 'floor'] },
  { group: 'builder', module: 'builder', runs: ['ours', 'floor', 'ours:idle', 'floor:idle'] },
  { group: 'heap', module: 'heap', runs: ['ours', 'floor'], heap: true },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const m = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
};

/** Runs one scenario in a fresh page and returns its figures (with the heap and DOM nodes when asked). */
async function runOnce(context, url, module, name, heap) {
  const page = await context.newPage();
  try {
    await page.goto(`${url}index.html`);
    const figures = await page.evaluate(
      async ([src, arg]) => (await import(src)).run(arg),
      [`${url}${module}.js`, name],
    );
    if (heap) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (key) => metrics.find((m) => m.name === key)?.value ?? NaN;
      figures.heapMB = metric('JSHeapUsedSize') / 1024 / 1024;
      figures.domNodes = metric('Nodes');
      await cdp.detach();
    }
    return figures;
  } finally {
    await page.close();
  }
}

async function runtime(executablePath) {
  const peers = ensurePeers();
  // A folder of this run's own: two benches at once (two checkouts) must not serve each other's pages.
  const out = mkdtempSync(join(tmpdir(), 'ooe-bench-build-'));
  console.log('Building the bench pages…');
  await buildPages(out, peers);
  const { server, url } = await serveStatic(out);
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  const results = {};
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    for (const scenario of SCENARIOS.filter((s) => wanted(s.group))) {
      const samples = Object.fromEntries(scenario.runs.map((name) => [name, []]));
      // Rounds interleave ours and the floor, so that both see the same moments of a noisy machine.
      for (let round = 0; round < ROUNDS; round++) {
        for (const name of scenario.runs) {
          samples[name].push(await runOnce(context, url, scenario.module, name, scenario.heap));
        }
        process.stdout.write(`\r${scenario.group}: round ${round + 1}/${ROUNDS}`);
      }
      process.stdout.write('\n');
      results[scenario.group] = Object.fromEntries(
        Object.entries(samples).map(([name, runs]) => [
          name,
          Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))])),
        ]),
      );
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
  return results;
}

function machine(executablePath) {
  let browserVersion;
  try {
    const output = execFileSync(executablePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    browserVersion = output.trim().replace(/\s+built on .*/, '');
  } catch {
    browserVersion = 'unknown';
  }
  return {
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    browser: browserVersion,
    node: process.version,
    date: new Date().toISOString(),
    rounds: ROUNDS,
  };
}

const executablePath = findBrowser();
const started = Date.now();
const measured = SCENARIOS.some((s) => wanted(s.group)) ? await runtime(executablePath) : {};
const sizes = wanted('size') ? await measureSizes(ensurePeers()) : [];
const rows = [...runtimeRows(measured), ...sizeRows(sizes)];
const report = {
  machine: machine(executablePath),
  seconds: Math.round((Date.now() - started) / 1000),
  rows,
  raw: measured,
  sizes,
};
printTable(report);
writeFileSync(join(root, 'bench/results.json'), JSON.stringify(report, null, 2) + '\n');
console.log('\nWritten to bench/results.json');
