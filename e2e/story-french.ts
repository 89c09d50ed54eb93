// Every story again in French (e2e/stories.ts): the story opened with the toolbar's locale global
// fr-CA (Storybook sets the document's `lang`), then no English word may be left in its text or
// accessible names (the detector of the French browser tests: test/l10n/english-words.ts, with its
// allow-list of data and brand names), and axe runs on the French page.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { englishIn, englishWordsOf, NAME_ATTRIBUTES } from '../test/l10n/english-words.js';
import { axeViolations } from './story-axe.js';

const english = englishWordsOf(readFileSync(new URL('../xliff/fr-CA.xlf', import.meta.url), 'utf8'));

/**
 * Data of stories that is no UI text: the mock backend's own labels (the tax's name, a handling
 * breakdown's "Insulated Water Bottle: handling", whose product name is checked apart), the
 * customers' notes of the fixtures.
 */
const STORY_DATA = [
  'US tax',
  'Canada tax',
  'Canada duty',
  ': handling',
  'Call on arrival',
  'Enjoy the trails!',
  'Happy birthday, Grace!',
];

/**
 * Every text of the story's root (or of the page's body: the demo) and the dialogs it opened,
 * across shadow roots, and the name attributes.
 */
export function storyTexts(page: Page): Promise<string[]> {
  // No named functions inside: tsx would wrap them in a helper that the page does not have.
  return page.evaluate((attributes) => {
    const found: string[] = [];
    const stack: Node[] = [document.querySelector('#storybook-root') ?? document.body];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node instanceof Element) {
        if (/^(STYLE|SCRIPT|TEMPLATE)$/.test(node.tagName)) continue;
        for (const name of attributes) {
          const value = node.getAttribute(name);
          if (value) found.push(value);
        }
        if (node.shadowRoot) stack.push(node.shadowRoot);
      } else if (node.nodeType === Node.TEXT_NODE && node.nodeValue?.trim()) {
        found.push(node.nodeValue);
      }
      stack.push(...node.childNodes);
    }
    return found;
  }, NAME_ATTRIBUTES);
}

/** The English words left in the story as it renders now. */
async function englishLeft(page: Page): Promise<string[]> {
  return [...new Set(englishIn(await storyTexts(page), english, STORY_DATA))];
}

/**
 * The story `id` in French on `page` (whose context already opened it in English, so the mock
 * service worker controls it): the English left, once the page settled (polled until none is left,
 * at most 8 s: the catalogue loads on demand), then axe's violations on the French page.
 */
export async function frenchProblems(page: Page, url: string, id: string): Promise<string[]> {
  await page.goto(`${url}iframe.html?id=${id}&viewMode=story&globals=locale:fr-CA`, {
    waitUntil: 'domcontentloaded',
    timeout: 60_000,
  });
  await page.waitForFunction(
    () => {
      const root = document.querySelector('#storybook-root');
      const hosts = [...(root?.querySelectorAll('*') ?? [])].filter((e) => e.tagName.includes('-'));
      return (
        document.documentElement.lang === 'fr-CA' &&
        hosts.length > 0 &&
        hosts.every((e) => (e.shadowRoot?.childElementCount ?? 0) > 0)
      );
    },
    null,
    { timeout: 20_000 },
  );
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
  let left = await englishLeft(page);
  for (const until = Date.now() + 8_000; left.length && Date.now() < until; left = await englishLeft(page)) {
    await page.waitForTimeout(250);
  }
  const found = left.map((line) => `in French: English left: ${line}`);
  found.push(...(await axeViolations(page)).map((line) => (line.startsWith('    ') ? line : `in French: ${line}`)));
  return found;
}
