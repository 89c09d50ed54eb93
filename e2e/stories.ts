// Renders every story of the BUILT Storybook (npm run build:storybook), served statically, and
// fails when one does not render: a page error, Storybook's error display, an element left without
// content, or an /api/ request that the mock service worker did not answer (the start-up race),
// or an axe violation (WCAG 2.x A and AA with target size; colour contrast and target size again in each
// example theme of themes/: e2e/story-axe.ts). Then each story again in French (the locale global
// fr-CA): no English word left in its text or accessible names, and axe (e2e/story-french.ts).
// The toolbar's switches are checked on one story.
// Run by `npm run test:stories` (and .ci/run). Prints one line per failing story and a summary.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { axeViolations, themeContrastViolations } from './story-axe.js';
import { frenchProblems } from './story-french.js';
import { toolbarProblems } from './story-toolbar.js';

const dir = process.argv[2] ?? 'dist-storybook';
if (!existsSync(`${dir}/index.json`)) {
  console.error(`${dir}/ is missing: run \`npm run build:storybook\` first.`);
  process.exit(1);
}
const index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8')) as {
  entries: Record<string, { id: string; type: string; title: string; name: string }>;
};
// STORIES=<text> checks only the stories whose id contains it (while working on a few).
const only = process.env['STORIES'];
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && (!only || e.id.includes(only)));

const started = Date.now();
const { server, url } = await serveStatic(dir);
const browser: Browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });

async function check(id: string): Promise<string[]> {
  // A fresh context per story: a first visit, before any service worker controls the page.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.includes('/api/') && (!response.fromServiceWorker() || response.status() === 404)) {
      problems.push(`${response.status()} ${response.request().method()} ${path} not answered by the mock`);
    }
  });
  try {
    await page.goto(`${url}iframe.html?id=${id}&viewMode=story`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    // Rendered: the story's root holds an element, and every custom element in it has a shadow root with content.
    await page.waitForFunction(
      () => {
        const root = document.querySelector('#storybook-root');
        const hosts = [...(root?.querySelectorAll('*') ?? [])].filter((e) => e.tagName.includes('-'));
        return hosts.length > 0 && hosts.every((e) => (e.shadowRoot?.childElementCount ?? 0) > 0);
      },
      null,
      { timeout: 20_000 },
    );
    // Let loaders, play functions and the first answers of the mock backend settle.
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
    if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
      problems.push(`error display: ${(await page.locator('#error-message').textContent())?.trim()}`);
    } else {
      problems.push(...(await axeViolations(page)), ...(await themeContrastViolations(page)));
      // Then once in French, in the same context (the mock service worker already controls it).
      problems.push(...(await frenchProblems(page, url, id)));
    }
  } catch (error) {
    problems.push(`did not render: ${String((error as Error).message).split('\n')[0]}`);
  } finally {
    await context.close();
  }
  return problems;
}

const failures: string[] = [];
const queue = [...stories];
await Promise.all(
  [0, 1, 2].map(async () => {
    for (let story = queue.shift(); story; story = queue.shift()) {
      const problems = await check(story.id);
      if (problems.length)
        failures.push(`${story.title} / ${story.name} (${story.id}):\n    ${problems.join('\n    ')}`);
    }
  }),
);
if (!only) {
  const problems = await toolbarProblems(browser, url);
  if (problems.length) failures.push(`the toolbar's switches:\n    ${problems.join('\n    ')}`);
}
await browser.close();
server.close();
const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (failures.length) console.error(failures.join('\n'));
assert.equal(failures.length, 0, `${failures.length} of ${stories.length} stories (and the toolbar) failed`);
console.log(
  `stories: all ${stories.length} rendered without errors or axe violations (colour contrast and target size in each theme too), each in a fresh browser context, then in French with no English left and no axe violation; the toolbar's switches work (${seconds} s)`,
);
