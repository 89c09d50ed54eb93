// Smoke test of the BUILT demo (npm run build:demo), served by a plain static server:
// the page loads, the mock backend answers through the service worker, the agent picks a site
// and sees that site's existing orders. Run by `npm run test:demo` (and .ci/run).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

if (!existsSync('dist-demo/index.html')) {
  console.error('dist-demo/ is missing: run `npm run build:demo` first.');
  process.exit(1);
}

const { server, url } = await serveStatic('dist-demo');
const browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);

  const site = page.getByLabel('Site', { exact: true });
  await site.waitFor({ timeout: 15_000 });
  await site.selectOption({ label: 'US Store (USD)' });
  await page.getByRole('button', { name: 'Continue' }).click();

  const orders = page.getByRole('region', { name: /orders/i }).first();
  await orders.getByText(/#?1054\d/).first().waitFor({ timeout: 15_000 });

  await page.getByRole('button', { name: 'Hide orders' }).click();
  await page.getByRole('button', { name: 'Show orders' }).waitFor();

  if (process.env.SCREENSHOT_DIR) {
    mkdirSync(process.env.SCREENSHOT_DIR, { recursive: true });
    await page.getByRole('button', { name: 'Show orders' }).click();
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/demo.png` });
  }
  assert.deepEqual(errors, [], `page errors: ${errors.join('\n')}`);
  console.log('demo smoke test passed: site picked, orders listed, orders pane toggled');
} finally {
  await browser.close();
  server.close();
}
