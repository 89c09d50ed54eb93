// What the demo's end-to-end flows share (e2e/procedure.ts runs them): the run (browser, served
// demo, checks passed), a fresh page per flow on a chosen backend that records what went wrong,
// steps, and helpers that read the page as an agent sees it (text, read-backs, focus) or check it
// (no card data in storage).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

/** Generous: a busy 2-core machine, and the demo's 100-400 ms of latency per call. */
export const WAIT = { timeout: 15_000 };
export const CARD_NUMBER = '4111111111111111';
export const SECURITY_CODE = '737';
/** The seed's newest order is 10541 (mocks/README.md); each flow runs on a fresh backend. */
export const FIRST_ORDER = '10542';

/** The backends of the demo's "Backend" switch, and what differs between them for a flow. */
export interface DemoBackend {
  name: string;
  /** The demo's query for it ("" or "?backend=kibo"). */
  query: string;
  /** The value of "US Store (USD)" in the Site select (the backend's own site id). */
  usSiteId: string;
}

export const BACKENDS: readonly DemoBackend[] = [
  { name: 'REST mock', query: '', usSiteId: 'us' },
  { name: 'Kibo', query: '?backend=kibo', usSiteId: '60001' },
];

/** One run of the flows: the browser, the served demo, and the names of the checks that passed. */
export interface E2eRun {
  browser: Browser;
  url: string;
  passed: string[];
  /** Called with each flow's fresh context before its page opens (e.g. to watch for CSP violations). */
  prepare?: (context: BrowserContext) => Promise<void>;
}

export interface OpenPage {
  page: Page;
  problems: string[];
  close: () => Promise<void>;
}

/** Calls to a mock backend: our REST API (…/api/v1/…), Kibo's API and its payment service (…/kibo/…). */
const isBackendCall = (pathname: string) => pathname.includes('/api/') || pathname.includes('/kibo/');

/**
 * A fresh context and page on the demo with `backend`, recording page errors, console errors and
 * backend calls the mock missed.
 */
export async function openPage(run: E2eRun, backend: DemoBackend): Promise<OpenPage> {
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await run.prepare?.(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (!isBackendCall(pathname)) return;
    if (response.status() === 404) problems.push(`404 ${response.request().method()} ${pathname}`);
    else if (!response.fromServiceWorker())
      problems.push(`not answered by the mock: ${response.request().method()} ${pathname}`);
  });
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? '';
    // Stale searches are aborted on purpose.
    if (isBackendCall(new URL(request.url()).pathname) && !failure.includes('ERR_ABORTED'))
      problems.push(`failed ${request.url()}: ${failure}`);
  });
  const t0 = Date.now();
  await page.goto(`${run.url}${backend.query}`);
  if (process.env.E2E_DEBUG) console.log(`  (page loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return { page, problems, close: () => context.close() };
}

/** Runs one named check; its failure names it. Prints it with its time when it passes. */
export async function step(run: E2eRun, name: string, check: () => Promise<void>): Promise<void> {
  const t0 = Date.now();
  try {
    await check();
  } catch (error) {
    if (error instanceof Error) error.message = `step "${name}": ${error.message}`;
    throw error;
  }
  run.passed.push(name);
  await snap(run, name);
  console.log(`  ✓ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

/** Asserts that nothing went wrong on the page, as a check of its own. */
export function assertNoProblems(run: E2eRun, opened: OpenPage, flow: string): void {
  assert.deepEqual(opened.problems, [], `problems during ${flow}:\n${opened.problems.join('\n')}`);
  run.passed.push(`${flow}: no page errors, console errors or unanswered backend calls`);
}

/** The text of a locator with its white space collapsed. */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent(WAIT)) ?? '').replace(/\s+/g, ' ').trim();
}

/** A description list as label → value (white space collapsed), e.g. the confirmation's read-back. */
export async function pairs(dl: Locator): Promise<Record<string, string>> {
  const clean = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
  const entries = await dl.evaluate((el) =>
    [...el.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );
  return Object.fromEntries(entries.map(([k, v]) => [clean(k), clean(v)]));
}

/** Every entry of the page's localStorage and sessionStorage: [storage, key, value]. */
export async function storage(page: Page): Promise<[string, string, string][]> {
  return page.evaluate(() =>
    (['localStorage', 'sessionStorage'] as const).flatMap((name) => {
      const store = window[name];
      return Array.from({ length: store.length }, (_, i) => store.key(i)!).map((key): [string, string, string] => [
        name,
        key,
        store.getItem(key) ?? '',
      ]);
    }),
  );
}

/** Every key and leaf value of a JSON text (or the text itself when it is not JSON). */
export function leaves(text: string): { keys: string[]; values: string[] } {
  const found = { keys: [] as string[], values: [] as string[] };
  const walk = (value: unknown): void => {
    if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        found.keys.push(key);
        walk(inner);
      }
    } else found.values.push(String(value));
  };
  try {
    walk(JSON.parse(text));
  } catch {
    found.values.push(text);
  }
  return found;
}

/**
 * The card number (in any spacing) and the security code appear nowhere in storage: not in any
 * text, not as any value of a stored JSON document, not under a key for them. `mustHold` is what
 * shows that the storage checked does hold the order (the draft's payment token, the submitted order).
 */
export async function assertNoCardData(page: Page, when: string, mustHold: RegExp): Promise<void> {
  const entries = await storage(page);
  const all = entries.map(([, key, value]) => `${key}=${value}`).join('\n');
  assert.match(all, mustHold, `storage ${when} lacks ${mustHold}: the check would prove nothing`);
  assert.ok(!all.replace(/[\s-]/g, '').includes(CARD_NUMBER), `the card number is in storage ${when}`);
  for (const [name, key, value] of entries) {
    const { keys, values } = leaves(value);
    assert.ok(
      !keys.some((k) => /securityCode|cvv|cvc|cardNumber/i.test(k)),
      `a card field is in ${name} "${key}" ${when}`,
    );
    assert.ok(
      !values.some((v) => v.replace(/[\s-]/g, '').includes(CARD_NUMBER)),
      `the card number is in ${name} "${key}" ${when}`,
    );
    assert.ok(!values.some((v) => v.trim() === SECURITY_CODE), `the security code is in ${name} "${key}" ${when}`);
  }
}

/** What has focus, through shadow roots: tag, id, role, type, accessible name (simplified), value. */
export interface Focus {
  tag: string;
  id: string;
  role: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
}

export async function focused(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const node = el as
      | (HTMLElement & { labels?: NodeListOf<HTMLLabelElement>; value?: string; checked?: boolean; type?: string })
      | null;
    if (!node) return { tag: '', id: '', role: '', type: '', name: '', value: '', checked: false };
    const root = node.getRootNode() as Document | ShadowRoot;
    const labelledBy = node.getAttribute('aria-labelledby');
    const name =
      node.getAttribute('aria-label') ??
      (labelledBy
        ? labelledBy
            .split(/\s+/)
            .map((id) => root.getElementById(id)?.textContent ?? '')
            .join(' ')
        : (node.labels?.[0]?.textContent ?? node.textContent ?? ''));
    return {
      tag: node.localName,
      id: node.id,
      role: node.getAttribute('role') ?? '',
      type: typeof node.type === 'string' ? node.type : '',
      name: name.replace(/\s+/g, ' ').trim(),
      value: typeof node.value === 'string' ? node.value : '',
      checked: node.checked === true,
    };
  });
}

export const describe = (f: Focus) =>
  `${f.tag}${f.id ? `#${f.id}` : ''}${f.role ? `[role=${f.role}]` : ''} "${f.name.slice(0, 40)}"`;

/**
 * Presses Tab (Shift+Tab when `back`) until what has focus satisfies `want` (checked first before
 * any key); fails naming every stop on the way when it is not reached within `max` presses.
 */
export async function tabTo(
  page: Page,
  what: string,
  want: (f: Focus) => boolean,
  { back = false, max = 60 } = {},
): Promise<Focus> {
  const trail: string[] = [];
  let current = await focused(page);
  for (let i = 0; i <= max; i++) {
    if (want(current)) return current;
    if (i === max) break;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    current = await focused(page);
    trail.push(describe(current));
  }
  throw new Error(`${what} was not reached with ${back ? 'Shift+Tab' : 'Tab'} (${max} presses): ${trail.join(' → ')}`);
}

/** Waits until what has focus satisfies `want` (a focus move that follows an answer or an update). */
export async function waitForFocus(page: Page, want: (f: Focus) => boolean, timeout = WAIT.timeout): Promise<Focus> {
  const until = Date.now() + timeout;
  let current = await focused(page);
  while (!want(current) && Date.now() < until) {
    await page.waitForTimeout(50);
    current = await focused(page);
  }
  return current;
}

export const button = (name: string) => (f: Focus) => f.tag === 'button' && f.name === name;

/** Presses `key` until the focused select's value is `value`. */
export async function arrowTo(page: Page, value: string, key = 'ArrowDown', max = 10): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focused(page)).value === value) return;
    await page.keyboard.press(key);
  }
  assert.equal((await focused(page)).value, value, `${key} did not reach "${value}"`);
}

/** Presses ArrowDown in a combobox until its active option (aria-activedescendant) is the one named `name`. */
export async function arrowToOption(page: Page, name: RegExp, max = 20): Promise<void> {
  const active = page.locator('[role="option"][aria-selected="true"]');
  let seen = '';
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('ArrowDown');
    await active.waitFor(WAIT);
    seen = await textOf(active);
    if (name.test(seen)) return;
  }
  throw new Error(`ArrowDown did not reach the option ${name} (last: "${seen}")`);
}

/** SCREENSHOT_DIR=<dir>: a full-page screenshot of the open pages after each step (for looking at them). */
export async function snap(run: E2eRun, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const slug = `${String(run.passed.length).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`;
  for (const [i, page] of run.browser
    .contexts()
    .flatMap((c) => c.pages())
    .entries()) {
    await page.screenshot({ path: `${dir}/${slug}${i ? `-${i}` : ''}.png`, fullPage: true });
  }
}

/** E2E_DEBUG=1: the open pages' screenshots and the text of their open dialogs, into test-results/. */
export async function debugDump(browser: Browser): Promise<void> {
  const pages = browser.contexts().flatMap((c) => c.pages());
  for (const [i, page] of pages.entries()) {
    await page.screenshot({ path: `test-results/e2e-${i}.png`, fullPage: true }).catch(() => undefined);
    for (const dialog of await page.getByRole('dialog').all())
      console.error(
        `dialog: ${(await textOf(dialog).catch(() => '?')).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)}`,
      );
  }
}

/** What shows that the draft of the US site, kept in storage, holds a tokenized card. */
export function draftWithToken(backend: DemoBackend): RegExp {
  return new RegExp(`offline-order-draft:${backend.usSiteId}=.*"token":"[^"]+"`);
}
