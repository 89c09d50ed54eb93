// axe on a rendered story (e2e/stories.ts): WCAG 2.x A and AA with target size, as the demo's
// checks run it, on the story's root and the dialogs it opened; then axe's colour-contrast rule
// and target size again with each example theme of themes/ loaded into the page as it is shipped.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The example themes checked in every story, by the name of Storybook's theme switch. */
export const THEMES: readonly { name: string; css: string }[] = ['dark', 'dense'].map((file) => ({
  name: file[0]!.toUpperCase() + file.slice(1),
  css: readFileSync(new URL(`../themes/${file}.css`, import.meta.url), 'utf8'),
}));

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

type AxeOptions = { runOnly: { type: 'tag' | 'rule'; values: string[] }; rules?: Record<string, { enabled: boolean }> };

/**
 * After the page's styles changed (a theme added): every element's style recomputed, through shadow
 * roots, and the transitions that started (the buttons' colours) finished, so that axe reads the theme's colours and not the ones a transition starts from.
 */
function settle(page: Page): Promise<void> {
  // No named functions inside: tsx would wrap them in a helper that the page does not have.
  return page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (let root = roots.pop(); root; root = roots.pop()) {
      for (const element of root.querySelectorAll('*')) {
        void getComputedStyle(element).color;
        for (const animation of element.getAnimations()) if (animation instanceof CSSTransition) animation.finish();
        if (element.shadowRoot) roots.push(element.shadowRoot);
      }
    }
  });
}

/**
 * Storybook's accessibility panel runs the same axe in the page when a story renders, and axe runs
 * one check at a time: wait for the panel's to end ("Axe is already running").
 */
async function run(page: Page, options: AxeOptions): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  for (let attempt = 1; ; attempt++) {
    await settle(page);
    try {
      return await runOnce(page, options);
    } catch (error) {
      if (attempt >= 40 || !String((error as Error).message).includes('already running')) throw error;
      // Polls for the panel's run to end (at most 10 s).
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

async function runOnce(page: Page, options: AxeOptions): Promise<string[]> {
  const violations = await page.evaluate(async (opts) => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    // The builder's footer ("Submit Order") stays in view over the order as it scrolls: what it
    // covers at the story's scroll position depends on how long the order is, and scrolls clear
    // (what gets focus always does: see layout.ts and its tests). Targets are measured with the
    // footer in the flow, so that a button the footer happens to overlap is not taken for too small.
    const unstuck = new CSSStyleSheet();
    unstuck.replaceSync('.footer { position: static !important; }');
    const builders = [...document.querySelectorAll('offline-order-builder')].flatMap((b) => b.shadowRoot ?? []);
    for (const root of builders) root.adoptedStyleSheets = [...root.adoptedStyleSheets, unstuck];
    // The whole document: the story's root and any modal dialog it opened (they are in the root's
    // shadow trees, which axe enters). Storybook's own hidden error and loading displays are not
    // part of the story.
    try {
      const result = await axe.run(document, {
        ...opts,
        exclude: [['.sb-errordisplay'], ['.sb-preparing-story'], ['.sb-preparing-docs'], ['.sb-nopreview']],
      } as object);
      return result.violations;
    } finally {
      for (const root of builders) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== unstuck);
    }
  }, options);
  return violations.flatMap((v) => [
    `${v.id} (${v.impact ?? '?'}): ${v.help}`,
    ...v.nodes
      .slice(0, 5)
      .map(
        (n) => `    ${JSON.stringify(n.target)}${n.failureSummary ? `: ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
      ),
    ...(v.nodes.length > 5 ? [`    … and ${v.nodes.length - 5} more`] : []),
  ]);
}

/** Every violation of WCAG 2.x A and AA (target size included) in the story as it is now. */
export function axeViolations(page: Page): Promise<string[]> {
  return run(page, { runOnly: { type: 'tag', values: AXE_TAGS }, rules: { 'target-size': { enabled: true } } });
}

/**
 * The colour-contrast and target-size violations of the story in each example theme (the dense
 * one shrinks spacing): the theme's file is added
 * to the page (after the story's own theme, so it wins), checked, and removed again.
 */
export async function themeContrastViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const theme of THEMES) {
    await page.evaluate((css) => {
      const style = document.createElement('style');
      style.id = 'oo-axe-theme';
      style.textContent = css;
      document.head.append(style);
    }, theme.css);
    const violations = await run(page, { runOnly: { type: 'rule', values: ['color-contrast', 'target-size'] } });
    found.push(...violations.map((line) => (line.startsWith('    ') ? line : `theme ${theme.name}: ${line}`)));
    await page.evaluate(() => document.getElementById('oo-axe-theme')?.remove());
  }
  return found;
}
