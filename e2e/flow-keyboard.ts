// The core procedure by keyboard alone (run by e2e/procedure.ts on each backend): after the first
// page load only `page.keyboard` (Tab, Shift+Tab, arrows, Enter, Space, Escape, typing; locators
// only wait and read): site, customer search, a new customer with an address, a product by Direct
// Ship, Order Details (Escape closes it) with a shipping method, the Payments tab by arrow key and a
// card, Submit Order and its confirmation. A step that cannot be done by keyboard fails, naming
// every focus stop on the way.
import assert from 'node:assert/strict';
import {
  CARD_NUMBER,
  type DemoBackend,
  type E2eRun,
  FIRST_ORDER,
  SECURITY_CODE,
  WAIT,
  arrowTo,
  arrowToOption,
  assertNoCardData,
  assertNoProblems,
  button,
  describe,
  draftWithToken,
  focused,
  openPage,
  pairs,
  step,
  tabTo,
  waitForFocus,
} from './support.js';

export async function keyboardFlow(run: E2eRun, backend: DemoBackend): Promise<void> {
  const opened = await openPage(run, backend);
  const { page } = opened;
  const keys = page.keyboard;
  // Only waiting and reading below: every action is a key.
  await page.getByLabel('Site', { exact: true }).waitFor(WAIT);

  await step(run, 'keyboard: site picked', async () => {
    await tabTo(page, 'the Site select', (f) => f.tag === 'select' && f.name === 'Site');
    await arrowTo(page, backend.usSiteId);
    await tabTo(page, 'Continue', button('Continue'));
    await keys.press('Enter');
    await page.getByRole('heading', { name: 'New Order' }).waitFor(WAIT);
    const f = await focused(page);
    assert.equal(f.name, 'New Order', `focus after Continue: ${describe(f)}`);
  });

  await step(run, 'keyboard: customer searched and chosen', async () => {
    await tabTo(page, 'Customer Search', (f) => f.role === 'combobox' && f.name === 'Customer Search');
    await keys.type('Ada');
    await page.getByRole('option', { name: /Ada Lovelace/ }).waitFor(WAIT);
    await arrowToOption(page, /^Ada Lovelace/);
    await keys.press('Enter');
    await page.locator('customer-search [part~="customer-name"]').getByText('Ada Lovelace').waitFor(WAIT);
    // A customer ready for the order: focus goes on to Edit Details.
    await page.getByRole('button', { name: 'Edit Details' }).waitFor(WAIT);
    await waitForFocus(page, button('Edit Details'));
    const f = await focused(page);
    assert.ok(button('Edit Details')(f), `focus after choosing: ${describe(f)}`);
  });

  await step(run, 'keyboard: new customer created with an address and chosen', async () => {
    await tabTo(page, 'Change customer', button('Change customer'), { back: true });
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
    await waitForFocus(page, button('Edit Details'));
    const f = await focused(page);
    assert.ok(button('Edit Details')(f), `focus after saving the new customer: ${describe(f)}`);
  });

  const details = page.getByRole('dialog', { name: 'Order Details' });

  await step(run, 'keyboard: Order Details opened, Escape closes it, opened again', async () => {
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

  await step(run, 'keyboard: simple product added (Direct Ship)', async () => {
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

  await step(run, 'keyboard: shipping method chosen, details saved', async () => {
    await details
      .getByLabel('Shipping Method')
      .locator('option[value="ground"]')
      .waitFor({ state: 'attached', ...WAIT });
    await tabTo(page, 'Shipping Method', (f) => f.tag === 'select' && f.name === 'Shipping Method');
    await arrowTo(page, 'ground');
    await tabTo(page, 'Save', button('Save'));
    await keys.press('Enter');
    await details.waitFor({ state: 'hidden', ...WAIT });
    // Saved: the Payments tab shows, with focus on it; the summary (in the hidden tab) has the method and total.
    await page.getByRole('tab', { name: 'Payments', selected: true }).waitFor(WAIT);
    const tab = await focused(page);
    assert.ok(tab.role === 'tab' && tab.name === 'Payments', `focus after Save: ${describe(tab)}`);
    const summary = page.locator('[part~="details-summary"]');
    await summary.getByText('Ground').waitFor({ state: 'attached', ...WAIT });
    await summary.getByText(/^\$\d+\.\d\d$/).waitFor({ state: 'attached', ...WAIT });
  });

  await step(run, 'keyboard: Payments tab by arrow key, card payment added', async () => {
    // Arrows move between the tabs: back to Order Details and on to Payments.
    await keys.press('ArrowLeft');
    await page.getByRole('tab', { name: 'Order Details', selected: true }).waitFor(WAIT);
    await keys.press('ArrowRight');
    const tab = await focused(page);
    assert.ok(tab.role === 'tab' && tab.name === 'Payments', `focus after ArrowRight: ${describe(tab)}`);
    await page.getByRole('tab', { name: 'Payments', selected: true }).waitFor(WAIT);
    await tabTo(page, 'Add Payment', button('Add Payment'));
    await keys.press('Enter');
    const form = page.locator('payment-panel form');
    await form.waitFor(WAIT);
    // The name on card is the customer's; the form opens on Card number.
    assert.equal(await form.getByLabel('Name on card').inputValue(), 'Hedy Lamarr');
    const number = await focused(page);
    assert.equal(number.name, 'Card number', `focus as the card form opens: ${describe(number)}`);
    for (const [label, value] of [
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
    // The card pays the whole balance: focus goes to Submit Order (never the page, never "Remove").
    await waitForFocus(page, button('Submit Order'));
    const next = await focused(page);
    assert.ok(button('Submit Order')(next), `focus after saving the card: ${describe(next)}`);
    await assertNoCardData(page, 'after adding the payment by keyboard', draftWithToken(backend));
  });

  await step(run, 'keyboard: Submit Order confirmed; success shown', async () => {
    await tabTo(page, 'Submit Order', button('Submit Order'));
    await keys.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'Submit this order?' });
    await confirm.waitFor(WAIT);
    // It opens on its title (the read-back is long and the step final): Enter there sends nothing.
    const title = await focused(page);
    assert.equal(title.name, 'Submit this order?', `focus in the confirmation: ${describe(title)}`);
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

  assertNoProblems(run, opened, `keyboard only on ${backend.name}`);
  await opened.close();
}
