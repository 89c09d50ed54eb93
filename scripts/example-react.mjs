// The React 19 host example (examples/react), as CI runs it (npm run example:react):
//   1. type-checks it against the package as a host gets it (exports in dist/ and types/, so run
//      `npm run build` first): its JSX use of <offline-order-builder>, and the probes of
//      src/type-probe.tsx, each of which must be a type error;
//   2. builds it with vite (its own config; vite transforms the TSX);
//   3. opens the built page in Chromium: the builder, given its adapter by React as a property,
//      shows the mock backend's sites; an `order-submitted` event reaches the host's
//      `onorder-submitted` handler; axe finds no violation.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const example = join(root, 'examples/react');
const bin = (path) => join(root, 'node_modules', path);

for (const built of ['dist/index.d.ts', 'dist/mocks/index.d.ts', 'dist/define.js', 'types/jsx.d.ts']) {
  if (!existsSync(join(root, built))) {
    console.error(`${built} is missing: run \`npm run build\` (and \`npm run analyze\`) first.`);
    process.exit(1);
  }
}

const run = (file, args) => execFileSync(process.execPath, [bin(file), ...args], { cwd: root, stdio: 'inherit' });
run('typescript/bin/tsc', ['-p', example]);
console.log('examples/react type-checks (its type probes refused as they should be)');
run('vite/bin/vite.js', ['build', '--config', join(example, 'vite.config.mjs'), '--logLevel', 'warn']);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { server, url } = await serveStatic(join(example, 'dist'));
const browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });
const failures = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  await page.goto(url);
  // The sites come from the mock through the adapter React set: the site picker lists them.
  const site = page.getByRole('combobox', { name: 'Site' });
  await site.waitFor({ timeout: 15_000 });
  const sites = await site.locator('option').allTextContents();
  if (!sites.some((text) => text.includes('US Store'))) failures.push(`the site picker shows ${JSON.stringify(sites)}`);

  await page.evaluate(() => {
    const event = Object.assign(new Event('order-submitted', { bubbles: true, composed: true }), {
      orderNumber: '10542',
    });
    document.querySelector('offline-order-builder')?.dispatchEvent(event);
  });
  const status = page.locator('#host-status');
  await status.filter({ hasText: 'The host saw order 10542.' }).waitFor({ timeout: 5_000 });

  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
  failures.push(...violations.map((v) => `axe: ${v}`));
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error('The React example failed:');
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log('examples/react: built; the builder shows the mock sites, onorder-submitted reaches the host, axe clean');
