// The toolbar's switches reach a story (e2e/stories.ts): the mock backend's mode, the locale and the
// theme, set as Storybook sets them from its toolbar (the `globals` of the story's URL).
import type { Browser } from 'playwright-core';

const STORY = 'elements-offline-order-builder--one-site';

/** What the switches failed to do (empty when each took effect). */
export async function toolbarProblems(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(`${url}iframe.html?id=${STORY}&viewMode=story&globals=mock:down;locale:fr-CA;theme:Dark`, {
      timeout: 60_000,
    });
    // "down": the one site of this story cannot be loaded, so the builder shows its sites error.
    const down = await page
      .waitForFunction(
        () => document.querySelector('offline-order-builder')?.shadowRoot?.querySelector('[part~="sites-error"]'),
        null,
        { timeout: 20_000 },
      )
      .then(() => true)
      .catch(() => false);
    const seen = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      text: getComputedStyle(document.querySelector('offline-order-builder')!).color,
    }));
    return [
      ...(down ? [] : ['toolbar: "Backend: down" did not put the story\'s backend down (no sites error)']),
      ...(seen.lang === 'fr-CA' ? [] : [`toolbar: "Français" left <html lang="${seen.lang}">`]),
      // --oo-color-text of themes/dark.css
      ...(seen.text === 'rgb(230, 237, 243)' ? [] : [`toolbar: "Dark" left the builder's text ${seen.text}`]),
    ];
  } finally {
    await context.close();
  }
}
