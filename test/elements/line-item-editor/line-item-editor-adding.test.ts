import { expect } from '@open-wc/testing';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import { sendKeys } from '@web/test-runner-commands';
import { LOCATIONS, pickupAt, PRODUCTS } from '../../support/fixtures.js';
import { $, button, control, describeElement, focusName, text } from '../../support/dom.js';
import {
  cells,
  configureDialog,
  fulfillment,
  options,
  pickProduct,
  renderEditor,
  tableRows,
} from '../../support/harness/line-item-editor.js';
import { nextEvent, until } from '../../support/wait.js';
import { useEditorSuite, recordChanges } from './line-item-editor-support.js';

describe('<line-item-editor>', () => {
  const mock = useEditorSuite();

  describe('the item being added', () => {
    it('"Cancel" drops the chosen product and its error, and returns to Name', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      await fulfillment(el, 'Direct Ship');
      button(el, 'Add')!.click();
      await el.updateComplete;
      expect(text($(el, '[part="add-row"]'))).to.contain('Choose how this item is fulfilled.');
      const cancel = $<HTMLButtonElement>(el, '[part~="cancel-add-button"]')!;
      expect(text(cancel)).to.equal('Cancel');
      await expect(el).to.be.accessible();
      const events = recordChanges(el);
      cancel.click();
      await el.updateComplete;
      expect($(el, '[part="add-row"]') === null, 'the item is still there').to.equal(true);
      expect(control(el, 'Name')!.value).to.equal('');
      expect(focusName()).to.equal(describeElement(control(el, 'Name')));
      expect(events.length).to.equal(0);
    });

    it('Escape in it drops it and returns to Name, without reaching a dialog around the editor', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      (await fulfillment(el, 'Direct Ship')).focus();
      const escapes: KeyboardEvent[] = [];
      el.parentElement!.addEventListener('keydown', (e) => escapes.push(e));
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '[part="add-row"]') === null, 'the item is still there').to.equal(true);
      expect(focusName()).to.equal(describeElement(control(el, 'Name')));
      expect(escapes.length).to.equal(0);
    });

    it('clearing Name dismisses it', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      await fulfillment(el, 'Direct Ship');
      const name = control(el, 'Name')!;
      expect(name.value).to.equal(PRODUCTS.canvasTote.name);
      name.focus();
      name.select();
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect($(el, '[part="add-row"]') === null, 'the item is still there').to.equal(true);
      expect(focusName()).to.equal(describeElement(name));
    });

    it('refuses a quantity whose line total the order cannot hold', async () => {
      // A warehouse with stock beyond any order: only the order's limit speaks.
      const adapter: OrderAdapter = {
        ...mock.adapter,
        getFulfillmentOptions: async (request, init) =>
          (await mock.adapter.getFulfillmentOptions(request, init)).map((o) => ({
            ...o,
            inventory: { ...o.inventory, current: Number.MAX_SAFE_INTEGER },
          })),
      };
      const el = await renderEditor(adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      (await fulfillment(el, 'Direct Ship')).click();
      const quantity = control(el, 'Quantity')!;
      // 24.99 × 10^14 is more than an order holds (10^15 cents).
      quantity.value = '100000000000000';
      quantity.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(text($(el, '#quantity-note'))).to.equal('Enter a smaller quantity.');
      expect(quantity.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
      const events = recordChanges(el);
      button(el, 'Add')!.click();
      await el.updateComplete;
      expect(events.length).to.equal(0);
      expect(focusName()).to.equal(describeElement(quantity));
    });
  });

  describe('adding', () => {
    it('asks how the item is fulfilled before adding it', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      await fulfillment(el, 'Direct Ship');
      const events = recordChanges(el);
      button(el, 'Add')!.click();
      await el.updateComplete;
      expect(events).to.have.length(0);
      expect(text($(el, 'fieldset > p.error'))).to.equal('Choose how this item is fulfilled.');
      expect(focusName()).to.equal(describeElement(control(el, 'Direct Ship')));
      await expect(el).to.be.accessible();
    });

    it('appends the line, fires line-items-change, resets the add row and returns to the search', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      (await fulfillment(el, 'Pickup: Downtown Store')).click();
      const changed = nextEvent(el, 'line-items-change');
      button(el, 'Add')!.click();
      const event = await changed;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.lines).to.have.length(1);
      expect(event.lines[0]).to.deep.include({
        productId: 'canvas-tote',
        variantId: null,
        code: 'CTB-200',
        quantity: 1,
        fulfillment: pickupAt(LOCATIONS.downtown),
        unitPrice: { amount: 2499, currency: 'USD' },
      });
      await el.updateComplete;
      expect(el.lines).to.equal(event.lines);
      expect($(el, '[part="add-row"]') === null, 'the add row is gone').to.equal(true);
      expect(control(el, 'Name')!.value).to.equal('');
      expect(focusName()).to.equal(describeElement(control(el, 'Name')));
      expect(cells(tableRows(el)[0]!)).to.deep.equal([
        'Canvas Tote Bag CTB-200',
        'Pickup: Downtown Store Change',
        '$24.99',
        '',
        'Adjust price',
        'Include gift message',
        '$24.99',
        'Remove',
      ]);
      await expect(el).to.be.accessible();
    });

    it('adds a configured item with the keyboard alone', async () => {
      const el = await renderEditor(mock.adapter);
      $<HTMLInputElement>(el, '[role="combobox"]')!.focus();
      await sendKeys({ type: 'Trail Runner' });
      await until(() => options(el).length > 0, 'no suggestions');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      const dialog = await configureDialog(el);
      // Focus starts in the dialog, on the first option.
      expect(focusName()).to.equal(describeElement(control(dialog, /^Size/)));
      // Size: 7 8 [9]; Color: Red [Blue].
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      for (let i = 0; i < 2; i++) await sendKeys({ press: 'ArrowDown' });
      await until(() => text(dialog).includes('TRS-100-09-BLU'), 'the variant did not resolve');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focusName()).to.include('Save');
      await sendKeys({ press: 'Enter' });
      await until(() => control(el, 'Direct Ship'), 'no fulfillment options');
      // Focus goes on to the fulfillment, still to be chosen (two options can take one shoe).
      await until(() => focusName() === describeElement(control(el, 'Direct Ship')), 'focus is not on Direct Ship');
      // In the radio group: arrows move and choose; Direct Ship → Pickup: Downtown Store.
      await sendKeys({ press: 'ArrowDown' });
      expect(control(el, 'Pickup: Downtown Store')!.checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(focusName()).to.equal(describeElement(control(el, 'Quantity')));
      await sendKeys({ press: 'Tab' });
      const changed = nextEvent(el, 'line-items-change');
      await sendKeys({ press: 'Enter' });
      const { lines } = await changed;
      expect(lines.map((l) => [l.variantId, l.fulfillment?.locationId, l.quantity])).to.deep.equal([
        ['trail-runner-9-blue', 'downtown', 1],
      ]);
      await el.updateComplete;
      expect(focusName()).to.equal(describeElement(control(el, 'Name')));
    });
  });
});
