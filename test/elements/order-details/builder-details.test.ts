import { expect } from '@open-wc/testing';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import { formatMoney } from '../../../src/model/money.js';
import { LOCATIONS, pickupAt, SHIP, VARIANTS } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $, $$, button, control, describeElement, focusName, text } from '../../support/dom.js';
import { configure, fulfillment, pickProduct, tableRows } from '../../support/harness/line-item-editor.js';
import { renderBuilder } from '../../support/harness/offline-order-builder.js';
import { nextEvent, until } from '../../support/wait.js';

describe('<offline-order-builder> Order Details', () => {
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  async function builder(): Promise<OfflineOrderBuilder> {
    const el = await renderBuilder(mock.adapter, { siteId: 'us' });
    await until(() => button(el, 'Edit Details'), 'no Edit Details button');
    return el;
  }

  function summary(el: OfflineOrderBuilder): Record<string, string> {
    return Object.fromEntries(
      $$(el, '[part~="details-summary"] div').map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]),
    );
  }

  async function openDetails(el: OfflineOrderBuilder): Promise<OrderDetailsDialog> {
    button(el, 'Edit Details')!.focus();
    button(el, 'Edit Details')!.click();
    const dialog = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
    await until(() => dialog.open, 'the dialog did not open');
    return dialog;
  }

  it('shows "Edit Details" and a hint while the order has no items', async () => {
    const el = await builder();
    expect(text($(el, '[part~="section-order-details"] h3'))).to.equal('Order Details');
    expect($(el, '[part~="details-summary"]') === null).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('Cancel keeps the draft as it was and returns focus to "Edit Details"', async () => {
    const el = await builder();
    const before = el.draft;
    const dialog = await openDetails(el);
    button(dialog, 'Cancel')!.click();
    await el.updateComplete;
    expect(el.draft).to.equal(before);
    expect(focusName()).to.equal(describeElement(button(el, 'Edit Details')));
  });

  it('lets an agent add items with fulfillment and set the order details, then summarizes them (steps 6-8)', async () => {
    const el = await builder();
    const dialog = await openDetails(el);
    const editor = $<LineItemEditor>(dialog, 'line-item-editor')!;

    // A Trail Runner Shoe, Size 9 Blue, shipped.
    await pickProduct(editor, 'Trail Runner Shoe');
    const configureDialog = await configure(editor, VARIANTS.trailRunner9Blue.options);
    await until(() => text(configureDialog).includes('In stock'), 'the variant did not resolve');
    button(configureDialog, 'Save')!.click();
    (await fulfillment(editor, 'Direct Ship')).click();
    await editor.updateComplete;
    button(editor, 'Add')!.click();
    await until(() => tableRows(editor).length === 1, 'the shoe was not added');

    // A Canvas Tote Bag for pickup at the Downtown Store.
    await pickProduct(editor, 'Canvas Tote Bag');
    (await fulfillment(editor, 'Pickup: Downtown Store')).click();
    await editor.updateComplete;
    button(editor, 'Add')!.click();
    await until(() => tableRows(editor).length === 2, 'the tote was not added');

    // Shipping method, coupon, note and gift message.
    const method = await until(() => control<HTMLSelectElement>(dialog, 'Shipping Method'), 'no Shipping Method');
    method.value = 'ground';
    method.dispatchEvent(new Event('change'));
    control(dialog, 'Coupon code')!.value = 'SAVE10';
    button(dialog, 'Apply')!.click();
    const notes = control<HTMLTextAreaElement>(dialog, 'Customer notes')!;
    notes.value = 'Call on arrival';
    notes.dispatchEvent(new Event('change'));
    const gift = control<HTMLTextAreaElement>(dialog, 'Order gift message')!;
    gift.value = 'Enjoy the trails!';
    gift.dispatchEvent(new Event('change'));
    await dialog.updateComplete;
    await until(() => text($(dialog, '[part="coupons"] li')).includes('Accepted'), 'SAVE10 was not accepted');

    const saved = nextEvent(el, 'order-details-change');
    button(dialog, 'Save')!.click();
    const { draft } = await saved;
    await el.updateComplete;

    expect(el.draft).to.equal(draft);
    expect(draft.lines.map((l) => [l.productName, l.code, l.fulfillment])).to.deep.equal([
      ['Trail Runner Shoe', 'TRS-100-09-BLU', SHIP],
      ['Canvas Tote Bag', 'CTB-200', pickupAt(LOCATIONS.downtown)],
    ]);
    expect(draft).to.deep.include({
      shippingMethodId: 'ground',
      coupons: ['SAVE10'],
      customerNotes: 'Call on arrival',
      giftMessage: 'Enjoy the trails!',
    });
    const total = formatMoney(mock.backend.priceOrder('us', draft).total, 'en-US');
    await until(() => summary(el)['Total'] === total, `the summary total did not become ${total}`);
    expect(summary(el)).to.deep.equal({
      Items: '2 items',
      'Shipping Method': 'Ground',
      Coupons: 'SAVE10',
      Total: total,
    });
    // The next step: the Payments tab, shown, with focus.
    const payments = $(el, '#tab-payments')!;
    await until(() => focusName() === describeElement(payments), 'focus is not on the Payments tab');
    expect(payments.getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();

    // Opening again shows what was saved.
    await openDetails(el);
    expect(tableRows(editor).length).to.equal(2);
  });
});
