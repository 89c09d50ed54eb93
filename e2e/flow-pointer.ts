// The demo's procedure with pointer and typing, as an agent works (run by e2e/procedure.ts on each
// backend): site; search a customer, then create one with an address; a configured product by
// Direct Ship and a simple one for pickup; Order Details with shipping method, coupon, notes and
// gift message; payments by store credit, purchase order and card; the read-back; submit; the new
// order at the top of the orders list. Card data never reaches localStorage or sessionStorage.
import assert from 'node:assert/strict';
import {
  CARD_NUMBER,
  type DemoBackend,
  type E2eRun,
  FIRST_ORDER,
  SECURITY_CODE,
  WAIT,
  assertNoCardData,
  assertNoProblems,
  draftWithToken,
  openPage,
  pairs,
  snap,
  step,
  textOf,
} from './support.js';

/** Ada Lovelace's store credit (mocks/README.md), spent whole on Mary's order. */
const STORE_CREDIT = { code: 'SC-ADA-0001', balance: '$40.00' };

export async function pointerFlow(run: E2eRun, backend: DemoBackend): Promise<void> {
  const opened = await openPage(run, backend);
  const { page } = opened;
  const orders = page.getByRole('feed', { name: 'Orders' });

  await step(run, 'site picked; existing orders listed on the left', async () => {
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

  await step(run, 'customer found by search, with her details', async () => {
    await search.fill('Ada', WAIT);
    await page.getByRole('option', { name: /Ada Lovelace/ }).click(WAIT);
    await customerCard.waitFor(WAIT);
    const details = await textOf(customerCard);
    for (const expected of ['Ada Lovelace', 'ada', '(512) 555-0100', 'Austin'])
      assert.ok(details.includes(expected), `"${expected}" not in: ${details}`);
  });

  await step(run, 'new customer created with an address (default billing and shipping) and selected', async () => {
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

  await step(run, 'configured product added for Direct Ship', async () => {
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

  await step(run, 'simple product added for pickup', async () => {
    await details.getByRole('combobox', { name: 'Name' }).fill('Canvas', WAIT);
    await details.getByRole('option', { name: /Canvas Tote Bag/ }).click(WAIT);
    await details.getByRole('radio', { name: 'Pickup: Downtown Store' }).check(WAIT);
    await details.getByRole('button', { name: 'Add', exact: true }).click();
    const row = details.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Canvas Tote Bag/ }) });
    await row.waitFor(WAIT);
    assert.match(await textOf(row), /Pickup: Downtown Store/);
  });

  await step(run, 'order details: shipping method, coupon SAVE10, note, gift message, saved', async () => {
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
    // Saved: the Payments tab shows; the summary, in the Order Details tab, has the total.
    await page.getByRole('tab', { name: 'Payments', selected: true }).waitFor(WAIT);
    const summary = page.locator('[part~="details-summary"]');
    await summary.getByText(/^\$\d+\.\d\d$/).waitFor({ state: 'attached', ...WAIT });
    const text = await textOf(summary);
    for (const expected of ['2 items', 'Ground', 'SAVE10'])
      assert.ok(text.includes(expected), `"${expected}" not in: ${text}`);
  });

  const panel = page.locator('payment-panel');
  const form = panel.locator('form');
  const paymentRows = panel.locator('[part~="payment-label"]');

  await step(run, 'store credit applied after its balance is checked', async () => {
    await page.getByRole('tab', { name: 'Payments' }).click(WAIT);
    await page.getByRole('button', { name: 'Add Payment' }).click(WAIT);
    assert.equal(await form.getByLabel('Payment type').locator('option:checked').textContent(WAIT), 'Credit Card');
    await form.getByLabel('Payment type').selectOption({ label: 'Store Credit' });
    await form.getByLabel('Code').fill(STORE_CREDIT.code, WAIT);
    await form.getByRole('button', { name: 'Check Balance' }).click();
    await form.getByText(`Available balance: ${STORE_CREDIT.balance}`).waitFor(WAIT);
    assert.equal(await form.getByLabel('Amount').inputValue(), STORE_CREDIT.balance.slice(1));
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await paymentRows.getByText(`Store Credit ${STORE_CREDIT.code}`).waitFor(WAIT);
  });

  await step(run, 'purchase order added with its terms', async () => {
    await page.getByRole('button', { name: 'Add Payment' }).click(WAIT);
    await form.getByLabel('Payment type').selectOption({ label: 'Purchase Order' }, WAIT);
    await form.getByLabel('PO number').fill('PO-1001');
    await form.getByLabel('Payment terms').selectOption({ label: 'Net 30' });
    await form.getByLabel('Amount').fill('20.00');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await paymentRows.getByText('Purchase Order PO-1001').waitFor(WAIT);
  });

  await step(run, 'card payment added for the rest; no card data in storage', async () => {
    await page.getByRole('button', { name: 'Add Payment' }).click(WAIT);
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
    await paymentRows.getByText('Visa •••• 1111').waitFor(WAIT);
    await panel.locator('[part~="balance-due"]').getByText('$0.00').waitFor(WAIT);
    await assertNoCardData(page, 'after adding the payment', draftWithToken(backend));
  });

  await step(
    run,
    'read-back names shopper, lines, SAVE10 and the three payments; order submitted and listed first',
    async () => {
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
        Payments: new RegExp(
          `^Store Credit ${STORE_CREDIT.code} \\${STORE_CREDIT.balance}; Purchase Order PO-1001 \\$20\\.00; Visa •••• 1111 \\$\\d+\\.\\d\\d$`,
        ),
        'Balance due': '$0.00',
      };
      for (const [label, value] of Object.entries(expected)) {
        if (typeof value === 'string') assert.equal(read[label], value, `read-back "${label}"`);
        else assert.match(read[label] ?? '', value, `read-back "${label}": ${read[label]}`);
      }
      const paid = [...(read['Payments'] ?? '').matchAll(/\$(\d+)\.(\d\d)/g)].reduce(
        (sum, [, major, minor]) => sum + Number(major) * 100 + Number(minor),
        0,
      );
      assert.equal(`$${(paid / 100).toFixed(2)}`, read['Total'], 'the payments add up to the total');
      const submit = confirm.getByRole('button', { name: 'Submit Order' });
      await submit.and(page.locator('[aria-disabled="false"]')).waitFor(WAIT);
      await snap(run, 'confirmation');
      await submit.click();
      await page.getByRole('heading', { name: `Order ${FIRST_ORDER} submitted` }).waitFor(WAIT);
      const first = orders.getByRole('article').first();
      await first.and(page.locator(`[aria-label="Order ${FIRST_ORDER}"]`)).waitFor(WAIT);
      assert.match(await textOf(first), /Mary Somerville/);
      await assertNoCardData(
        page,
        'after submitting',
        new RegExp(`offline-orders-mock:v1=.*"number":"?${FIRST_ORDER}`),
      );
    },
  );

  assertNoProblems(run, opened, `procedure on ${backend.name}`);
  await opened.close();
}
