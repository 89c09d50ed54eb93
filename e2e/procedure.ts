// End-to-end test of the BUILT demo (npm run build:demo), served by a plain static server: the whole
// procedure of an agent taking an order, asserting at each step what the agent sees.
//
// 1. "procedure" (pointer and typing): site; search a customer, then create one with an address;
//    a configured product by Direct Ship and a simple one for pickup; Order Details with shipping
//    method, coupon, notes and gift message; a card payment; the read-back; submit; the new order
//    at the top of the orders list. Card data never reaches localStorage or sessionStorage.
// 2. "keyboard only": after the first page load only `page.keyboard` (Tab, Shift+Tab, arrows,
//    Enter, Space, Escape, typing; locators only wait and read): site, customer search, a new
//    customer with an address, a product by Direct Ship, Order Details (Escape closes it) with a
//    shipping method, the Payments tab by arrow key and a card, Submit Order and its confirmation.
//    A step that cannot be done by keyboard fails, naming every focus stop on the way.
// 3. "demo page checks" (e2e/demo-checks.ts): axe (WCAG 2.2 AA with target-size) on the page as
//    it loads, with the workspace and with Order Details; the layout at 200% zoom and 320 CSS px.
//
// The demo's realistic mock latency (100-400 ms a call) stays: waits are generous (15 s), never
// fixed sleeps. E2E_DEBUG=1 prints page load times and, on a failure, the open dialogs' text and
// screenshots into test-results/; SCREENSHOT_DIR=<dir> saves a screenshot after each step.
// Both run in a fresh browser context each (a first visit: the mock service worker starts with the
// page) and fail on a page error, a console error or an /api/ request the mock did not answer.
// Run by `npm run test:demo` (and .ci/run).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { demoChecks } from './demo-checks.js';

if (!existsSync('dist-demo/index.html')) {
  console.error('dist-demo/ is missing: run `npm run build:demo` first.');
  process.exit(1);
}

/** Generous: a busy 2-core machine, and the demo's 100-400 ms of latency per call. */
const WAIT = { timeout: 15_000 };
const CARD_NUMBER = '4111111111111111';
const SECURITY_CODE = '737';
/** The seed's newest order is 10541 (mocks/README.md); each test runs on a fresh backend. */
const FIRST_ORDER = '10542';

const started = Date.now();
const passed: string[] = [];
const { server, url } = await serveStatic('dist-demo');
const browser: Browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });

// --- Helpers -------------------------------------------------------------------------------------

/** A fresh context and page, recording page errors, console errors and /api/ calls the mock missed. */
async function openPage(): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (!pathname.includes('/api/')) return;
    if (response.status() === 404) problems.push(`404 ${response.request().method()} ${pathname}`);
    else if (!response.fromServiceWorker())
      problems.push(`not answered by the mock: ${response.request().method()} ${pathname}`);
  });
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? '';
    // Stale searches are aborted on purpose.
    if (request.url().includes('/api/') && !failure.includes('ERR_ABORTED'))
      problems.push(`failed ${request.url()}: ${failure}`);
  });
  const t0 = Date.now();
  await page.goto(url);
  if (process.env.E2E_DEBUG) console.log(`  (page loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return { page, problems, close: () => context.close() };
}

async function step(name: string, run: () => Promise<void>): Promise<void> {
  const t0 = Date.now();
  try {
    await run();
  } catch (error) {
    if (error instanceof Error) error.message = `step "${name}": ${error.message}`;
    throw error;
  }
  passed.push(name);
  await snap(name);
  console.log(`  ✓ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

/** The text of a locator with its white space collapsed. */
async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent(WAIT)) ?? '').replace(/\s+/g, ' ').trim();
}

/** A description list as label → value (white space collapsed), e.g. the confirmation's read-back. */
async function pairs(dl: Locator): Promise<Record<string, string>> {
  const clean = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
  const entries = await dl.evaluate((el) =>
    [...el.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );
  return Object.fromEntries(entries.map(([k, v]) => [clean(k), clean(v)]));
}

/** Every entry of the page's localStorage and sessionStorage: [storage, key, value]. */
async function storage(page: Page): Promise<[string, string, string][]> {
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
function leaves(text: string): { keys: string[]; values: string[] } {
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
async function assertNoCardData(page: Page, when: string, mustHold: RegExp): Promise<void> {
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
interface Focus {
  tag: string;
  id: string;
  role: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
}

async function focused(page: Page): Promise<Focus> {
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

const describe = (f: Focus) =>
  `${f.tag}${f.id ? `#${f.id}` : ''}${f.role ? `[role=${f.role}]` : ''} "${f.name.slice(0, 40)}"`;

/**
 * Presses Tab (Shift+Tab when `back`) until what has focus satisfies `want` (checked first before
 * any key); fails naming every stop on the way when it is not reached within `max` presses.
 */
async function tabTo(
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

const button = (name: string) => (f: Focus) => f.tag === 'button' && f.name === name;

/** Presses `key` until the focused select's value is `value`. */
async function arrowTo(page: Page, value: string, key = 'ArrowDown', max = 10): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focused(page)).value === value) return;
    await page.keyboard.press(key);
  }
  assert.equal((await focused(page)).value, value, `${key} did not reach "${value}"`);
}

/** Presses ArrowDown in a combobox until its active option (aria-activedescendant) is the one named `name`. */
async function arrowToOption(page: Page, name: RegExp, max = 20): Promise<void> {
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

// --- The procedure, with pointer and keyboard as an agent works ----------------------------------

async function procedure(): Promise<void> {
  const { page, problems, close } = await openPage();
  const orders = page.getByRole('feed', { name: 'Orders' });

  await step('site picked; existing orders listed on the left', async () => {
    const site = page.getByLabel('Site', { exact: true });
    await site.selectOption({ label: 'US Store (USD)' }, WAIT);
    await page.getByRole('button', { name: 'Continue' }).click(WAIT);
    await page.getByRole('heading', { name: 'New Order' }).waitFor(WAIT);
    const first = orders.getByRole('article').first();
    await first.waitFor(WAIT);
    assert.match((await first.getAttribute('aria-label')) ?? '', /^Order \d{5}$/);
    const ordersBox = await orders.boundingBox();
    const newOrderBox = await page.getByRole('heading', { name: 'New Order' }).boundingBox();
    assert.ok(
      ordersBox && newOrderBox && ordersBox.x + ordersBox.width <= newOrderBox.x,
      'the orders are not left of the new order',
    );
  });

  const search = page.getByRole('combobox', { name: 'Customer Search' });
  const customerCard = page.locator('customer-search [part~="customer"]');

  await step('customer found by search, with her details', async () => {
    await search.fill('Ada', WAIT);
    await page.getByRole('option', { name: /Ada Lovelace/ }).click(WAIT);
    await customerCard.waitFor(WAIT);
    const details = await textOf(customerCard);
    for (const expected of ['Ada Lovelace', 'ada', '(512) 555-0100', 'Austin'])
      assert.ok(details.includes(expected), `"${expected}" not in: ${details}`);
  });

  await step('new customer created with an address (default billing and shipping) and selected', async () => {
    await page.getByRole('button', { name: 'Change customer' }).click(WAIT);
    await page.getByRole('button', { name: 'Create New Customer' }).click(WAIT);
    const dialog = page.getByRole('dialog', { name: 'Create Customer' });
    await dialog.getByLabel('First name').fill('Mary', WAIT);
    await dialog.getByLabel('Last name').fill('Somerville');
    await dialog.getByLabel('Email').fill('mary.somerville@example.com');
    await dialog.getByLabel('Mobile').fill('(512) 555-0199');
    await dialog.getByRole('button', { name: 'Add Address' }).click();
    const address = page.getByRole('dialog', { name: 'Edit Address' });
    assert.equal(await address.getByLabel('Name', { exact: true }).inputValue(WAIT), 'Mary Somerville');
    await address.getByLabel('Address line 1').fill('1 Congress Ave');
    await address.getByLabel('City').fill('Austin');
    await address.getByLabel('State/Province').fill('TX');
    await address.getByLabel('Postal code').fill('78701');
    await address.getByLabel('Default billing').check();
    await address.getByLabel('Default shipping').check();
    assert.ok(await address.getByLabel('Use the same address for billing and shipping').isChecked());
    await address.getByRole('button', { name: 'Save', exact: true }).click();
    await address.waitFor({ state: 'hidden', ...WAIT });
    const listed = await textOf(dialog.locator('[part~="address"]'));
    assert.match(listed, /1 Congress Ave, Austin, TX 78701.*Default billing · Default shipping/);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'hidden', ...WAIT });
    await customerCard.locator('[part~="customer-name"]').getByText('Mary Somerville').waitFor(WAIT);
    const details = await textOf(customerCard);
    for (const expected of ['mary.somerville@example.com', 'Mobile: (512) 555-0199', '1 Congress Ave']) {
      assert.ok(details.includes(expected), `"${expected}" not in: ${details}`);
    }
    assert.equal(await customerCard.locator('[part~="problems"]').count(), 0, 'the new customer lacks something');
  });

  const details = page.getByRole('dialog', { name: 'Order Details' });

  await step('configured product added for Direct Ship', async () => {
    await page.getByRole('button', { name: 'Edit Details' }).click(WAIT);
    await details.getByRole('combobox', { name: 'Name' }).fill('Trail', WAIT);
    await details.getByRole('option', { name: /Trail Runner Shoe/ }).click(WAIT);
    const configure = page.getByRole('dialog', { name: 'Configure Product' });
    await configure.getByLabel(/^Size/).selectOption('9', WAIT);
    await configure.getByLabel(/^Color/).selectOption('Blue');
    await configure.getByText(/TRS-100-09-BLU · \$89\.99/).waitFor(WAIT);
    await configure.getByText('In stock', { exact: true }).waitFor(WAIT);
    await configure.getByRole('button', { name: 'Save', exact: true }).click();
    await configure.waitFor({ state: 'hidden', ...WAIT });
    await details.getByRole('radio', { name: 'Direct Ship' }).check(WAIT);
    await details.getByRole('button', { name: 'Add', exact: true }).click();
    await details.getByRole('rowheader', { name: /Trail Runner Shoe.*Size: 9, Color: Blue/ }).waitFor(WAIT);
  });

  await step('simple product added for pickup', async () => {
    await details.getByRole('combobox', { name: 'Name' }).fill('Canvas', WAIT);
    await details.getByRole('option', { name: /Canvas Tote Bag/ }).click(WAIT);
    await details.getByRole('radio', { name: 'Pickup: Downtown Store' }).check(WAIT);
    await details.getByRole('button', { name: 'Add', exact: true }).click();
    const row = details.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Canvas Tote Bag/ }) });
    await row.waitFor(WAIT);
    assert.match(await textOf(row), /Pickup: Downtown Store/);
  });

  await step('order details: shipping method, coupon SAVE10, note, gift message, saved', async () => {
    const method = details.getByLabel('Shipping Method');
    await method.locator('option[value="ground"]').waitFor({ state: 'attached', ...WAIT });
    await method.selectOption('ground');
    await details.getByLabel('Coupon code').fill('SAVE10');
    await details.getByRole('button', { name: 'Apply' }).click();
    await details.locator('[part~="coupons"]').getByText('Accepted: -$11.50').waitFor(WAIT);
    await details.getByLabel('Customer notes').fill('Call on arrival');
    await details.getByLabel('Order gift message').fill('Enjoy the trails!');
    await details.locator('[part~="totals"]').getByText('Coupon SAVE10').waitFor(WAIT);
    await details.getByRole('button', { name: 'Save', exact: true }).click();
    await details.waitFor({ state: 'hidden', ...WAIT });
    const summary = page.locator('[part~="details-summary"]');
    await summary.getByText(/^\$\d+\.\d\d$/).waitFor(WAIT);
    const text = await textOf(summary);
    for (const expected of ['2 items', 'Ground', 'SAVE10'])
      assert.ok(text.includes(expected), `"${expected}" not in: ${text}`);
  });

  await step('card payment added; no card data in storage', async () => {
    await page.getByRole('tab', { name: 'Payments' }).click(WAIT);
    await page.getByRole('button', { name: 'Add Payment' }).click(WAIT);
    const form = page.locator('payment-panel form');
    assert.equal(await form.getByLabel('Payment type').locator('option:checked').textContent(WAIT), 'Credit Card');
    await form.getByLabel('Name on card').fill('Mary Somerville');
    await form.getByLabel('Card number').fill(CARD_NUMBER);
    await form.getByText('Visa').waitFor(WAIT);
    await form.getByLabel('Expiry (MM/YY)').fill('12/30');
    await form.getByLabel('Security code').fill(SECURITY_CODE);
    assert.ok(
      await form.getByLabel('Same as shipping address').isChecked(),
      'the billing address is not the shipping address',
    );
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('payment-panel [part~="payment-label"]').getByText('Visa •••• 1111').waitFor(WAIT);
    await page.locator('payment-panel [part~="balance-due"]').getByText('$0.00').waitFor(WAIT);
    await assertNoCardData(page, 'after adding the payment', /offline-order-draft:us=.*"token":"tok_/);
  });

  await step('read-back names shopper, lines, SAVE10 and the card; order submitted and listed first', async () => {
    await page.getByRole('button', { name: 'Submit Order' }).click(WAIT);
    const confirm = page.getByRole('dialog', { name: 'Submit this order?' });
    const readBack = confirm.locator('[part~="read-back"]');
    await readBack.locator('[part~="read-back-total"]').waitFor(WAIT);
    const read = await pairs(readBack);
    const expected: Record<string, string | RegExp> = {
      Customer: 'Mary Somerville, mary.somerville@example.com, (512) 555-0199',
      Items:
        /^1 × Trail Runner Shoe, Size 9, Color Blue: Direct Ship, \$89\.99\. 1 × Canvas Tote Bag: Pickup at Downtown Store, \$24\.99\.$/,
      'Shipping Method': 'Ground',
      Coupons: 'SAVE10',
      'Coupon SAVE10': '-$11.50',
      'Customer notes': 'Call on arrival',
      'Order gift message': 'Enjoy the trails!',
      Payments: /^Visa •••• 1111 \$\d+\.\d\d$/,
      'Balance due': '$0.00',
    };
    for (const [label, value] of Object.entries(expected)) {
      if (typeof value === 'string') assert.equal(read[label], value, `read-back "${label}"`);
      else assert.match(read[label] ?? '', value, `read-back "${label}"`);
    }
    assert.equal(read['Payments'], `Visa •••• 1111 ${read['Total']}`, 'the card pays the total');
    const submit = confirm.getByRole('button', { name: 'Submit Order' });
    await submit.and(page.locator('[aria-disabled="false"]')).waitFor(WAIT);
    await snap('confirmation');
    await submit.click();
    await page.getByRole('heading', { name: `Order ${FIRST_ORDER} submitted` }).waitFor(WAIT);
    const first = orders.getByRole('article').first();
    await first.and(page.locator(`[aria-label="Order ${FIRST_ORDER}"]`)).waitFor(WAIT);
    assert.match(await textOf(first), /Mary Somerville/);
    await assertNoCardData(page, 'after submitting', new RegExp(`offline-orders-mock:v1=.*"number":"?${FIRST_ORDER}`));
  });

  assert.deepEqual(problems, [], `problems during the procedure:\n${problems.join('\n')}`);
  passed.push('procedure: no page errors, console errors or unanswered /api/ calls');
  await close();
}

// --- The core procedure by keyboard alone ---------------------------------------------------------

async function keyboardOnly(): Promise<void> {
  const { page, problems, close } = await openPage();
  const keys = page.keyboard;
  // Only waiting and reading below: every action is a key.
  await page.getByLabel('Site', { exact: true }).waitFor(WAIT);

  await step('keyboard: site picked', async () => {
    await tabTo(page, 'the Site select', (f) => f.tag === 'select' && f.name === 'Site');
    await arrowTo(page, 'us');
    await tabTo(page, 'Continue', button('Continue'));
    await keys.press('Enter');
    await page.getByRole('heading', { name: 'New Order' }).waitFor(WAIT);
    const f = await focused(page);
    assert.equal(f.name, 'New Order', `focus after Continue: ${describe(f)}`);
  });

  await step('keyboard: customer searched and chosen', async () => {
    await tabTo(page, 'Customer Search', (f) => f.role === 'combobox' && f.name === 'Customer Search');
    await keys.type('Ada');
    await page.getByRole('option', { name: /Ada Lovelace/ }).waitFor(WAIT);
    await arrowToOption(page, /^Ada Lovelace/);
    await keys.press('Enter');
    await page.locator('customer-search [part~="customer-name"]').getByText('Ada Lovelace').waitFor(WAIT);
    const f = await focused(page);
    assert.match(f.name, /^Ada Lovelace/, `focus after choosing: ${describe(f)}`);
  });

  await step('keyboard: new customer created with an address and chosen', async () => {
    await tabTo(page, 'Change customer', button('Change customer'));
    await keys.press('Enter');
    await tabTo(page, 'Create New Customer', button('Create New Customer'));
    await keys.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Create Customer' });
    await dialog.waitFor(WAIT);
    for (const [label, value] of [
      ['First name', 'Hedy'],
      ['Last name', 'Lamarr'],
      ['Email', 'hedy.lamarr@example.com'],
      ['Mobile', '(512) 555-0142'],
    ]) {
      await tabTo(page, label!, (f) => f.tag === 'input' && f.name === label);
      await keys.type(value!);
    }
    await tabTo(page, 'Add Address', button('Add Address'));
    await keys.press('Enter');
    const address = page.getByRole('dialog', { name: 'Edit Address' });
    await address.waitFor(WAIT);
    for (const [label, value] of [
      ['Address line 1', '500 Lavaca St'],
      ['City', 'Austin'],
      ['State/Province', 'TX'],
      ['Postal code', '78701'],
    ]) {
      await tabTo(page, label!, (f) => f.tag === 'input' && f.name === label);
      await keys.type(value!);
    }
    // The first address is the default billing and shipping address already.
    assert.ok(await address.getByLabel('Use the same address for billing and shipping').isChecked());
    await tabTo(page, 'Save (address)', button('Save'));
    await keys.press('Enter');
    await address.waitFor({ state: 'hidden', ...WAIT });
    await tabTo(page, 'Save (customer)', button('Save'));
    await keys.press('Enter');
    await dialog.waitFor({ state: 'hidden', ...WAIT });
    await page.locator('customer-search [part~="customer-name"]').getByText('Hedy Lamarr').waitFor(WAIT);
    const f = await focused(page);
    assert.match(f.name, /^Hedy Lamarr/, `focus after saving: ${describe(f)}`);
  });

  const details = page.getByRole('dialog', { name: 'Order Details' });

  await step('keyboard: Order Details opened, Escape closes it, opened again', async () => {
    await tabTo(page, 'Edit Details', button('Edit Details'));
    await keys.press('Enter');
    await details.waitFor(WAIT);
    await keys.press('Escape');
    await details.waitFor({ state: 'hidden', ...WAIT });
    const f = await focused(page);
    assert.equal(f.name, 'Edit Details', `focus after Escape: ${describe(f)}`);
    await keys.press('Enter');
    await details.waitFor(WAIT);
  });

  await step('keyboard: simple product added (Direct Ship)', async () => {
    await tabTo(page, 'the product search', (f) => f.role === 'combobox' && f.name === 'Name');
    await keys.type('Canvas');
    await details.getByRole('option', { name: /Canvas Tote Bag/ }).waitFor(WAIT);
    await arrowToOption(page, /^Canvas Tote Bag/);
    await keys.press('Enter');
    await details.getByRole('radio', { name: 'Direct Ship' }).waitFor(WAIT);
    // Tab enters the group at its first option (none is chosen yet); Space chooses it.
    await tabTo(page, 'the fulfillment radios', (f) => f.type === 'radio');
    await keys.press('Space');
    const f = await focused(page);
    assert.ok(f.name === 'Direct Ship' && f.checked, `Space did not choose Direct Ship: ${describe(f)}`);
    await tabTo(page, 'Add', button('Add'));
    await keys.press('Enter');
    await details.getByRole('rowheader', { name: /Canvas Tote Bag/ }).waitFor(WAIT);
  });

  await step('keyboard: shipping method chosen, details saved', async () => {
    await details
      .getByLabel('Shipping Method')
      .locator('option[value="ground"]')
      .waitFor({ state: 'attached', ...WAIT });
    await tabTo(page, 'Shipping Method', (f) => f.tag === 'select' && f.name === 'Shipping Method');
    await arrowTo(page, 'ground');
    await tabTo(page, 'Save', button('Save'));
    await keys.press('Enter');
    await details.waitFor({ state: 'hidden', ...WAIT });
    const summary = page.locator('[part~="details-summary"]');
    await summary.getByText('Ground').waitFor(WAIT);
    await summary.getByText(/^\$\d+\.\d\d$/).waitFor(WAIT);
  });

  await step('keyboard: Payments tab by arrow key, card payment added', async () => {
    await tabTo(page, 'the Order Details tab', (f) => f.role === 'tab' && f.name === 'Order Details', { back: true });
    await keys.press('ArrowRight');
    const tab = await focused(page);
    assert.ok(tab.role === 'tab' && tab.name === 'Payments', `focus after ArrowRight: ${describe(tab)}`);
    await page.getByRole('tab', { name: 'Payments', selected: true }).waitFor(WAIT);
    await tabTo(page, 'Add Payment', button('Add Payment'));
    await keys.press('Enter');
    const form = page.locator('payment-panel form');
    await form.waitFor(WAIT);
    for (const [label, value] of [
      ['Name on card', 'Hedy Lamarr'],
      ['Card number', CARD_NUMBER],
      ['Expiry (MM/YY)', '12/30'],
      ['Security code', SECURITY_CODE],
    ]) {
      await tabTo(page, label!, (f) => f.tag === 'input' && f.name === label);
      await keys.type(value!);
    }
    await tabTo(page, 'Save (payment)', button('Save'));
    await keys.press('Enter');
    await page.locator('payment-panel [part~="payment-label"]').getByText('Visa •••• 1111').waitFor(WAIT);
    // The card pays the whole balance: focus goes to its row (never the page, never its "Remove").
    await page.waitForFunction(
      () => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.localName === 'li';
      },
      undefined,
      WAIT,
    );
    const row = await focused(page);
    assert.match(row.name, /^Visa •••• 1111 \$\d+\.\d\d$/, `focus after saving the card: ${describe(row)}`);
    await assertNoCardData(page, 'after adding the payment by keyboard', /offline-order-draft:us=.*"token":"tok_/);
  });

  await step('keyboard: Submit Order confirmed; success shown', async () => {
    await tabTo(page, 'Submit Order', button('Submit Order'));
    await keys.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'Submit this order?' });
    await confirm.waitFor(WAIT);
    const back = await focused(page);
    assert.equal(back.name, 'Back', `focus in the confirmation: ${describe(back)}`);
    const submit = confirm.getByRole('button', { name: 'Submit Order' });
    await submit.and(page.locator('[aria-disabled="false"]')).waitFor(WAIT);
    const read = await pairs(confirm.locator('[part~="read-back"]'));
    assert.match(read['Customer'] ?? '', /^Hedy Lamarr, hedy\.lamarr@example\.com, /);
    assert.match(read['Payments'] ?? '', /^Visa •••• 1111 /);
    assert.match(read['Items'] ?? '', /^1 × Canvas Tote Bag: Direct Ship, \$24\.99\.$/);
    assert.equal(read['Shipping Method'], 'Ground');
    await tabTo(page, 'the confirmation’s Submit Order', button('Submit Order'));
    await keys.press('Enter');
    await page.getByRole('heading', { name: `Order ${FIRST_ORDER} submitted` }).waitFor(WAIT);
  });

  assert.deepEqual(problems, [], `problems during the keyboard run:\n${problems.join('\n')}`);
  passed.push('keyboard: no page errors, console errors or unanswered /api/ calls');
  await close();
}

/** SCREENSHOT_DIR=<dir>: a full-page screenshot of the open pages after each step (for looking at them). */
async function snap(name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const slug = `${String(passed.length).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`;
  for (const [i, page] of browser
    .contexts()
    .flatMap((c) => c.pages())
    .entries()) {
    await page.screenshot({ path: `${dir}/${slug}${i ? `-${i}` : ''}.png`, fullPage: true });
  }
}

/** E2E_DEBUG=1: the open pages' screenshots and the text of their open dialogs, into test-results/. */
async function debugDump(): Promise<void> {
  const pages = browser.contexts().flatMap((c) => c.pages());
  for (const [i, page] of pages.entries()) {
    await page.screenshot({ path: `test-results/e2e-${i}.png`, fullPage: true }).catch(() => undefined);
    for (const dialog of await page.getByRole('dialog').all())
      console.error(
        `dialog: ${(await textOf(dialog).catch(() => '?')).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)}`,
      );
  }
}

let failed = false;
try {
  console.log('procedure (pointer and typing):');
  await procedure();
  console.log('keyboard only:');
  await keyboardOnly();
  console.log('demo page checks:');
  await demoChecks(browser, url, step);
} catch (error) {
  failed = true;
  console.error(`\nFAILED: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.E2E_DEBUG) await debugDump();
} finally {
  await browser.close();
  server.close();
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\n${failed ? 'e2e FAILED' : 'e2e passed'}: ${passed.length} checks in ${seconds} s`);
process.exit(failed ? 1 : 0);
