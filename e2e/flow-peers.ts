// What peers' agents have (issue 16), walked on the demo's REST mock by pointer and typing (run by
// e2e/procedure.ts; on Kibo, the side sheet and Reorder only): the orders list searched for "Ada Lovelace", her order opened in the side sheet
// and reordered (a new draft with her and its items); the draft parked with "Save draft" and resumed
// from "Drafts"; Order Details saved, then "Send payment link" instead of a card: the success view
// says where it went and the orders list shows "Payment link sent". Nothing here asks for a card.
import assert from 'node:assert/strict';
import { type DemoBackend, type E2eRun, WAIT, assertNoProblems, openPage, step, textOf } from './support.js';

export async function peersFlow(run: E2eRun, backend: DemoBackend): Promise<void> {
  const opened = await openPage(run, backend);
  const { page } = opened;
  const site = page.getByLabel('Site', { exact: true });
  await site.waitFor(WAIT);
  await site.selectOption(backend.usSiteId);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'New Order' }).waitFor(WAIT);
  const orders = page.locator('oo-order-list article');
  const sheet = page.getByRole('dialog', { name: /^Order \d+$/ });

  // Kibo's adapter has the side sheet and Reorder (Get Order) but no order search, drafts or
  // payment links (docs/KIBO.md): on Kibo the flow opens Ada's order from the list as it is.
  const rest = backend.query === '';
  if (rest)
    await step(run, 'peers: "Search orders" for Ada Lovelace lists her orders only', async () => {
      await page.getByRole('searchbox', { name: 'Search orders' }).fill('Ada Lovelace');
      await page.waitForFunction(
        () => {
          const list = document.querySelector('offline-order-builder')?.shadowRoot?.querySelector('oo-order-list');
          const rows = [...(list?.shadowRoot?.querySelectorAll('article') ?? [])];
          return rows.length > 0 && rows.every((r) => r.textContent?.includes('Ada Lovelace'));
        },
        null,
        WAIT,
      );
      assert.match(await textOf(orders.first()), /10539/);
    });

  await step(
    run,
    'peers: Enter on an order opens it in the side sheet, read-only, with its items and payments',
    async () => {
      await orders.filter({ hasText: '10539' }).first().focus();
      await page.keyboard.press('Enter');
      await sheet.waitFor(WAIT);
      assert.equal(await textOf(sheet.getByRole('heading', { level: 2 }).first()), 'Order 10539');
      await sheet.getByText('Canvas Tote Bag').first().waitFor(WAIT);
      const text = await textOf(sheet);
      for (const part of ['Ada Lovelace', 'Canvas Tote Bag', 'Direct Ship', 'Total', '••••'])
        assert.ok(text.includes(part), `the sheet shows ${part}: ${text}`);
      assert.equal(await sheet.getByRole('textbox').count(), 0, 'nothing to edit in the sheet');
    },
  );

  await step(run, 'peers: "Reorder" starts a new order with the same customer and items', async () => {
    await sheet.getByRole('button', { name: 'Reorder' }).click();
    await sheet.waitFor({ state: 'hidden', ...WAIT });
    await page.getByRole('button', { name: 'Edit customer' }).waitFor(WAIT);
    await page.getByText('Canvas Tote Bag').first().waitFor(WAIT);
  });
  if (!rest) {
    assertNoProblems(run, opened, 'peers');
    return opened.close();
  }

  await step(run, 'peers: "Save draft" parks it; "Drafts" lists it and "Resume" brings it back', async () => {
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor(WAIT);
    // A fresh order for the next call.
    await page.getByRole('combobox', { name: 'Customer Search' }).waitFor(WAIT);
    await page.getByRole('button', { name: 'Drafts' }).click();
    const drafts = page.getByRole('dialog', { name: 'Drafts' });
    await drafts.waitFor(WAIT);
    await drafts.getByText('Ada Lovelace').first().waitFor(WAIT);
    await drafts
      .getByRole('button', { name: /^Resume/ })
      .first()
      .click();
    await drafts.waitFor({ state: 'hidden', ...WAIT });
    await page.getByRole('button', { name: 'Edit customer' }).waitFor(WAIT);
    await page.getByText('Canvas Tote Bag').first().waitFor(WAIT);
  });

  await step(
    run,
    'peers: "Send payment link" submits the order awaiting payment and says where the link went',
    async () => {
      await page.getByRole('button', { name: 'Edit Details' }).click();
      const details = page.getByRole('dialog', { name: 'Order Details' });
      await details.waitFor(WAIT);
      await details.getByRole('button', { name: 'Save' }).click();
      await details.waitFor({ state: 'hidden', ...WAIT });
      await page.getByRole('tab', { name: 'Payments' }).click();
      await page.getByRole('button', { name: 'Send payment link' }).click();
      const sent = page.getByText('Payment link sent to ada.lovelace@example.com.');
      // Pressed once, at once: while the resumed order is being priced again, "Send" waits for its totals.
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await sent.waitFor(WAIT);
      const status = await textOf(page.getByRole('heading', { name: /submitted/ }).first());
      const number = /Order (\d+) submitted/.exec(status)?.[1];
      assert.ok(number, `the success view names the order: ${status}`);
      await page.getByRole('searchbox', { name: 'Search orders' }).fill(number);
      const row = orders.filter({ hasText: number }).first();
      await row.waitFor(WAIT);
      assert.match(await textOf(row), /Payment link sent/);
    },
  );

  assertNoProblems(run, opened, 'peers');
  await opened.close();
}
