import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import { addLine } from '../../../src/model/draft.js';
import { formatMoney } from '../../../src/model/money.js';
import { $, button, deepActiveElement, getButton, text } from '../../support/dom.js';
import { discardDialog } from '../../support/discard.js';
import { buildDraft, LOCATIONS, PRODUCTS, pickupAt, SHIP, VARIANTS } from '../../support/fixtures.js';
import { orderList, rows, untilRows } from '../../support/harness/order-list.js';
import { renderBuilder, workspace } from '../../support/harness/offline-order-builder.js';
import { useMockBackend } from '../../support/mock.js';
import { WAIT } from '../../support/wait.js';

/** The side sheet, once open. */
const sheet = (el: OfflineOrderBuilder) => $<HTMLDialogElement>(el, 'dialog[part~="order-sheet"]');

/** Waits until the sheet is open with its order read. */
async function untilOrderShown(el: OfflineOrderBuilder): Promise<HTMLDialogElement> {
  await waitUntil(() => sheet(el)?.open && $(el, '[part~="order-sheet-totals"]'), 'the order did not show', WAIT);
  return sheet(el)!;
}

/** Places an order for Ada: a Trail Runner 9 Blue picked up Downtown and two Canvas Tote Bags shipped. */
function placeOrder(mock: ReturnType<typeof useMockBackend>): { id: string; number: string } {
  const draft = buildDraft(mock.backend, {
    lines: [
      {
        productId: PRODUCTS.trailRunner.id,
        variantId: VARIANTS.trailRunner9Blue.id,
        fulfillment: pickupAt(LOCATIONS.downtown),
      },
      { productId: PRODUCTS.canvasTote.id, quantity: 2, fulfillment: SHIP },
    ],
  });
  return mock.backend.submitOrder('us', draft, 'sheet-order-1').order;
}

/** The builder on the US Store with the orders shown, and its list's rows. */
async function builderWithOrders(
  mock: ReturnType<typeof useMockBackend>,
): Promise<[OfflineOrderBuilder, HTMLElement[]]> {
  const el = await workspace(mock, { ordersHidden: false });
  return [el, await untilRows(orderList(el))];
}

describe('<offline-order-builder> order side sheet', function () {
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  it('opens an order by click as a modal dialog labelled by its heading, with its content, focus on the heading', async () => {
    const placed = placeOrder(mock);
    const [el, [row]] = await builderWithOrders(mock);
    row!.click();
    const dialog = await untilOrderShown(el);
    expect(dialog.matches(':modal')).to.equal(true);
    const title = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(text(title)).to.equal(`Order ${placed.number}`);
    expect(deepActiveElement() === title, 'focus is on the heading').to.equal(true);
    const shown = text(dialog);
    expect(shown).to.include('Status: New');
    expect(shown).to.include('Ada Lovelace');
    expect(shown).to.include('ada.lovelace@example.com');
    expect(shown).to.include('Trail Runner Shoe × 1');
    expect(shown).to.include('Size: 9, Color: Blue');
    expect(shown).to.include('Pickup at Downtown Store');
    expect(shown).to.include('Canvas Tote Bag × 2');
    expect(shown).to.include('Direct Ship');
    const record = mock.backend.getOrder('us', placed.id);
    expect(shown).to.include(formatMoney(record.total, 'en-US'));
    expect(shown).to.include('No payments');
    expect(button(dialog, 'Reorder')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('names a custom line of the order by the name it was given', async () => {
    const draft = addLine(buildDraft(mock.backend), {
      productId: '',
      productName: 'Engraving',
      code: '',
      quantity: 3,
      fulfillment: SHIP,
      unitPrice: { amount: 1000, currency: 'USD' },
      custom: { taxable: false },
    });
    mock.backend.submitOrder('us', draft, 'sheet-custom-line');
    const [el, [row]] = await builderWithOrders(mock);
    row!.click();
    const dialog = await untilOrderShown(el);
    const items = text(dialog.querySelector('[part~="order-sheet-items"]'));
    expect(items).to.include('Canvas Tote Bag × 1');
    expect(items).to.include('Engraving × 3');
    await expect(el).to.be.accessible();
  });

  it('shows a card payment by its last four only', async () => {
    const [el, rendered] = await builderWithOrders(mock);
    const seeded = mock.backend.listOrders('us', { limit: 1 }).items[0]!;
    rendered[0]!.click();
    const dialog = await untilOrderShown(el);
    const { payments } = mock.backend.getOrder('us', seeded.id);
    expect(text(dialog.querySelector('[part~="order-sheet-payments"]'))).to.equal(
      `Visa •••• ${payments[0]!.last4} · ${formatMoney(payments[0]!.amount, 'en-US')}`,
    );
  });

  it('opens by Enter on the row; Escape closes it and focus returns to the row', async () => {
    const [el, rendered] = await builderWithOrders(mock);
    const row = rendered[1]!;
    row.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await untilOrderShown(el);
    const number = text(row.querySelector('[part="order-number"]'));
    expect(text(dialog.querySelector('h2'))).to.equal(`Order ${number}`);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !sheet(el), 'the sheet did not close', WAIT);
    expect(deepActiveElement() === row, 'focus is back on the row').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('"Close" closes it and focus returns to the row', async () => {
    const [el, [row]] = await builderWithOrders(mock);
    row!.focus();
    row!.click();
    const dialog = await untilOrderShown(el);
    getButton(dialog, 'Close').click();
    await waitUntil(() => !sheet(el), 'the sheet did not close', WAIT);
    expect(deepActiveElement() === row, 'focus is back on the row').to.equal(true);
  });

  it('"Copy order number" copies the number and says so', async () => {
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (value: string) => (copied.push(value), Promise.resolve()) },
    });
    try {
      const [el, [row]] = await builderWithOrders(mock);
      row!.click();
      const dialog = await untilOrderShown(el);
      getButton(dialog, 'Copy order number').click();
      const status = dialog.querySelector('[part~="order-sheet-status-message"]')!;
      await waitUntil(() => text(status) === 'Order number copied.', 'not said', WAIT);
      expect(status.getAttribute('role')).to.equal('status');
      expect(copied).to.deep.equal([text(row!.querySelector('[part="order-number"]'))]);
      await expect(el).to.be.accessible();
    } finally {
      if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('"Reorder" makes the draft (customer, lines, options, fulfillment) and names what is no longer available', async () => {
    placeOrder(mock);
    // The Canvas Tote Bag no longer exists.
    mock.worker.use(
      http.get(`${mock.baseUrl}/sites/us/products/${PRODUCTS.canvasTote.id}`, () =>
        HttpResponse.json(
          { type: 'not-found', title: 'Not found', status: 404, detail: 'There is no such product.' },
          { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const [el, [row]] = await builderWithOrders(mock);
    row!.click();
    const dialog = await untilOrderShown(el);
    getButton(dialog, 'Reorder').click();
    await waitUntil(() => !sheet(el) && el.draft.lines.length === 1, 'no new draft', WAIT);
    const { draft } = el;
    expect(draft.customer?.id).to.equal('ada');
    const [line] = draft.lines;
    expect(line).to.deep.include({
      productId: PRODUCTS.trailRunner.id,
      variantId: VARIANTS.trailRunner9Blue.id,
      quantity: 1,
      fulfillment: pickupAt(LOCATIONS.downtown),
    });
    expect(line!.options).to.deep.equal([
      { name: 'Size', value: '9' },
      { name: 'Color', value: 'Blue' },
    ]);
    const notice = await waitUntil(() => $(el, '[part~="reorder-notice"]'), 'no notice', WAIT).then(() =>
      $(el, '[part~="reorder-notice"]'),
    );
    expect(text(notice)).to.include('Left out because no longer available:');
    expect(text(notice)).to.include('Canvas Tote Bag: product no longer exists');
    // Priced afresh by the normal repricing: the line takes the backend's price.
    await waitUntil(() => !el.draft.lines[0]!.needsRepricing, 'the line was not repriced', WAIT);
    await expect(el).to.be.accessible();
  });

  it('"Reorder" keeps a Gift Card\'s email delivery, and names a custom line as left out', async () => {
    const recipient = { email: 'grace@example.com', name: 'Grace Hopper', message: 'Enjoy!' };
    const emailed = { kind: 'digital' as const, locationId: null, locationName: null, recipient };
    const draft = addLine(
      buildDraft(mock.backend, {
        lines: [{ productId: PRODUCTS.giftCard.id, fulfillment: emailed }],
        shippingMethodId: 'ground',
      }),
      {
        productId: '',
        productName: 'Engraving',
        code: '',
        quantity: 1,
        fulfillment: SHIP,
        unitPrice: { amount: 1000, currency: 'USD' },
        custom: { taxable: false },
      },
    );
    mock.backend.submitOrder('us', draft, 'sheet-reorder-email');
    const [el, [row]] = await builderWithOrders(mock);
    row!.click();
    const dialog = await untilOrderShown(el);
    getButton(dialog, 'Reorder').click();
    await waitUntil(() => !sheet(el) && el.draft.lines.length === 1, 'no new draft', WAIT);
    // Email delivery again (the order's record names no recipient: Order Details asks for one).
    expect(el.draft.lines[0]).to.deep.include({
      productId: PRODUCTS.giftCard.id,
      fulfillment: { kind: 'digital', locationId: null, locationName: null },
    });
    await waitUntil(() => $(el, '[part~="reorder-notice"]'), 'no notice', WAIT);
    expect(text($(el, '[part~="reorder-notice"]'))).to.include('Engraving: product no longer exists');
    await expect(el).to.be.accessible();
  });

  it('asks before discarding an unsaved draft: "Keep editing" keeps it, "Discard" reorders', async () => {
    placeOrder(mock);
    const [el, [row]] = await builderWithOrders(mock);
    const unsaved = buildDraft(mock.backend, { customerId: 'ada', lines: [{ productId: PRODUCTS.waterBottle.id }] });
    el.draft = unsaved;
    await el.updateComplete;
    row!.click();
    const dialog = await untilOrderShown(el);
    const reorder = getButton(dialog, 'Reorder');
    // As a press does: focus on the button, then its click.
    reorder.focus();
    reorder.click();
    let ask = await discardDialog(el);
    await expect(el).to.be.accessible();
    getButton(ask, 'Keep editing').click();
    await waitUntil(() => !ask.open, 'still asking', WAIT);
    // Nothing changed: the same draft, the sheet still open, focus back on "Reorder".
    expect([el.draft.id, el.draft.lines.map((l) => l.productId).join()]).to.deep.equal([
      unsaved.id,
      PRODUCTS.waterBottle.id,
    ]);
    expect(sheet(el)?.open).to.equal(true);
    expect(deepActiveElement() === reorder, 'focus is back on Reorder').to.equal(true);
    // The closed question's own `close` event comes in a later task: a press comes after it.
    await nextFrame();
    reorder.click();
    ask = await discardDialog(el);
    getButton(ask, 'Discard').click();
    await waitUntil(() => el.draft.id !== unsaved.id && el.draft.lines.length === 2, 'no new draft', WAIT);
    expect(el.draft.lines.map((l) => l.productId)).to.deep.equal([PRODUCTS.trailRunner.id, PRODUCTS.canvasTote.id]);
  });

  it('has no sheet for an adapter without getOrder', async () => {
    const { getOrder: _, ...withoutGetOrder } = mock.adapter;
    const el = await renderBuilder(withoutGetOrder, { siteId: 'us' });
    await waitUntil(() => $(el, 'oo-order-list'), 'no orders list', WAIT);
    const [row] = await untilRows(orderList(el));
    row!.click();
    row!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sheet(el)).to.equal(null);
    expect(rows(orderList(el)).length).to.be.greaterThan(0);
  });
});
