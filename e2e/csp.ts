// The CSP suite of `npm run test:faults` (issue 12): the built demo served with its Content
// Security Policy as a real HTTP header (the policy of its meta tag, so both apply), and the whole
// procedure (pointer and keyboard flows, on each backend) run under it, counting every
// `securitypolicyviolation` event the pages raise: there must be none. A probe first proves the
// counting works: an inline <style> injected against the policy is a violation.
// Writes its table to test-results/faults-csp.json for scripts/faults.mjs to print.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { keyboardFlow } from './flow-keyboard.js';
import { pointerFlow } from './flow-pointer.js';
import { BACKENDS, type E2eRun } from './support.js';

const REPORT = 'test-results/faults-csp.json';

if (!existsSync('dist-demo/index.html')) {
  console.error('dist-demo/ is missing: run `npm run build:demo` first.');
  process.exit(1);
}
const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  readFileSync('dist-demo/index.html', 'utf8'),
)?.[1];
assert.ok(policy, 'the demo has no Content-Security-Policy meta tag to serve as a header');

const { server, url } = await serveStatic('dist-demo', 0, { headers: { 'content-security-policy': policy } });
const browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}
let violations: Violation[] = [];

/** Every violation a page of the context raises reaches `violations`. */
async function watch(context: BrowserContext): Promise<void> {
  await context.exposeBinding('__cspViolation', (_source, violation: Violation) => void violations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cspViolation(v: object): void }).__cspViolation;
      report({ directive: event.effectiveDirective, blocked: event.blockedURI, source: event.sourceFile });
    });
  });
}

const rows: Record<string, string | number>[] = [];
const run: E2eRun = { browser, url, passed: [], prepare: watch };
let failed = false;
try {
  // The probe: the header is there, and a violation is counted.
  const context = await browser.newContext();
  await watch(context);
  const page = await context.newPage();
  const response = await page.goto(url);
  assert.equal(response?.headers()['content-security-policy'], policy, 'the page came without the CSP header');
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 1px solid red; }';
    document.head.append(style);
  });
  // The event and its report to Node are asynchronous: wait for it (at most 5 s).
  for (let i = 0; i < 50 && violations.length === 0; i++) await new Promise((done) => setTimeout(done, 100));
  const probe = violations.length;
  rows.push({
    flow: 'probe: an inline <style> injected',
    backend: '-',
    violations: probe,
    result: probe >= 1 ? 'ok' : 'the violation was not counted',
  });
  await context.close();

  for (const backend of BACKENDS) {
    for (const [flow, drive] of [
      ['procedure (pointer and typing)', pointerFlow],
      ['keyboard only', keyboardFlow],
    ] as const) {
      violations = [];
      console.log(`${flow} on ${backend.name} under the CSP header:`);
      await drive(run, backend);
      const seen = violations.map((v) => `${v.directive} ${v.blocked}`).join('; ');
      rows.push({
        flow,
        backend: backend.name,
        violations: violations.length,
        result: violations.length ? seen : 'ok',
      });
    }
  }
} catch (error) {
  failed = true;
  console.error(`\nFAILED: ${error instanceof Error ? error.message : String(error)}`);
  rows.push({
    flow: 'run',
    backend: '-',
    violations: 0,
    result: error instanceof Error ? error.message.split('\n')[0]! : 'failed',
  });
} finally {
  await browser.close();
  server.close();
}
const total = rows
  .filter((r) => !String(r['flow']).startsWith('probe'))
  .reduce((n, r) => n + Number(r['violations']), 0);
mkdirSync('test-results', { recursive: true });
writeFileSync(
  REPORT,
  JSON.stringify(
    { 'CSP as an HTTP header': { rows, totals: { flows: rows.length - 1, cspViolations: total } } },
    null,
    2,
  ),
);
process.exit(failed ? 1 : 0);
