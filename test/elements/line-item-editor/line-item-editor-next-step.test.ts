import { expect } from '@open-wc/testing';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import { sendKeys } from '@web/test-runner-commands';
import { LOCATIONS, PRODUCTS, VARIANTS } from '../../support/fixtures.js';
import { $, control, describeElement, focusName, text } from '../../support/dom.js';
import {
  configure,
  configureDialog,
  fulfillment,
  options,
  pickProduct,
  renderEditor,
  tableRows,
} from '../../support/harness/line-item-editor.js';
import { until } from '../../support/wait.js';
import { useEditorSuite } from './line-item-editor-support.js';

/** The radio of the add row that is checked, by its label's text, or '' when none is. */
function checkedOption(el: Element): string {
  const radio = $<HTMLInputElement>(el, '[name="add"]:checked');
  return radio ? text($(el, `label[for="${radio.id}"]`)) : '';
}

/** Waits until focus is on `node`. */
function focusOn(node: Element | null, what: string): Promise<unknown> {
  return until(() => focusName() === describeElement(node), `focus is not on ${what} but on ${focusName()}`);
}

describe('<line-item-editor>', () => {
  const mock = useEditorSuite();

  /** Every store closed: only Direct Ship can take an item. */
  const onlyDirectShip = () => {
    for (const location of [LOCATIONS.downtown, LOCATIONS.airport, LOCATIONS.uptown])
      mock.backend.setLocationClosed(location.id, true);
  };

  describe('focus that follows the item', () => {
    it('goes from a product chosen to its fulfillment while one is to be chosen', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      // Every option can take one tote: nothing is preselected, the agent chooses.
      await focusOn(await fulfillment(el, 'Direct Ship'), 'Direct Ship');
      expect(checkedOption(el)).to.equal('');
      await expect(el).to.be.accessible();
    });

    it("goes to a configurable product's first option, then to its fulfillment once configured", async () => {
      const el = await renderEditor(mock.adapter);
      $<HTMLInputElement>(el, '[role="combobox"]')!.focus();
      await sendKeys({ type: PRODUCTS.trailRunner.name });
      await until(() => options(el).length > 0, 'no suggestions');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      const dialog = await configureDialog(el);
      await focusOn(control(dialog, /^Size/), 'Size');
      await configure(el, VARIANTS.trailRunner9Blue.options);
      await until(() => text(dialog).includes('In stock'), 'the variant did not resolve');
      // Ctrl+Enter in an option saves the configuration, as "Save" does.
      control(dialog, /^Color/)!.focus();
      await sendKeys({ press: 'Control+Enter' });
      await until(() => !dialog.open, 'Ctrl+Enter did not save the configuration');
      expect(text($(el, '[part="add-row"]'))).to.include('TRS-100-09-BLU');
      await focusOn(await fulfillment(el, 'Direct Ship'), 'Direct Ship');
    });

    it('does not save a configuration with Meta+Enter before every option is chosen', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.trailRunner.name);
      const dialog = await configure(el, { Size: '9' });
      control(dialog, /^Size/)!.focus();
      await sendKeys({ press: 'Meta+Enter' });
      await el.updateComplete;
      expect(dialog.open).to.equal(true);
      expect(focusName()).to.equal(describeElement(control(dialog, /^Size/)));
    });

    it('goes to the quantity when the only option that can take the item is preselected', async () => {
      onlyDirectShip();
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      await focusOn(await until(() => control<HTMLInputElement>(el, 'Quantity'), 'no Quantity'), 'Quantity');
      expect(checkedOption(el)).to.equal('Direct Ship');
      await expect(el).to.be.accessible();
    });

    it('comes back to an empty "Name" after "Add", for the next product', async () => {
      onlyDirectShip();
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      await focusOn(await until(() => control<HTMLInputElement>(el, 'Quantity'), 'no Quantity'), 'Quantity');
      // Enter nothing but Tab and Enter: Quantity → Add.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await until(() => tableRows(el).length === 1, 'the tote was not added');
      await focusOn(control(el, 'Name'), 'Name');
      expect(control(el, 'Name')!.value).to.equal('');
    });

    it('adds the item on Enter in its Quantity, as "Add" does (and not on Ctrl+Enter, left to the dialog)', async () => {
      onlyDirectShip();
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      const quantity = await until(() => control<HTMLInputElement>(el, 'Quantity'), 'no Quantity');
      await focusOn(quantity, 'Quantity');
      await sendKeys({ press: 'Control+Enter' });
      await el.updateComplete;
      expect(tableRows(el)).to.have.length(0);
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '2' });
      await sendKeys({ press: 'Enter' });
      await until(() => tableRows(el).length === 1, 'Enter in Quantity did not add the tote');
      expect(text(tableRows(el)[0])).to.include(PRODUCTS.canvasTote.name);
      expect(el.lines[0]).to.deep.include({ productName: PRODUCTS.canvasTote.name, quantity: 2 });
      await focusOn(control(el, 'Name'), 'Name');
    });
  });

  describe('the preselected fulfillment', () => {
    it('is the only option whose stock (on hand and expected) can take the item, and the agent may choose another', async () => {
      // A backend that offers the stores with nothing on hand nor expected: only Direct Ship can take one.
      const adapter: OrderAdapter = Object.assign(Object.create(mock.adapter) as OrderAdapter, {
        getFulfillmentOptions: async (...args: Parameters<OrderAdapter['getFulfillmentOptions']>) =>
          (await mock.adapter.getFulfillmentOptions(...args)).map((option) =>
            option.kind === 'ship' ? option : { ...option, inventory: { current: 0, future: [] } },
          ),
      });
      const el = await renderEditor(adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      await focusOn(await until(() => control<HTMLInputElement>(el, 'Quantity'), 'no Quantity'), 'Quantity');
      expect(checkedOption(el)).to.equal('Direct Ship');
      // Visible and changeable: the other options stay enabled, the agent's choice replaces it.
      const downtown = await fulfillment(el, 'Pickup: Downtown Store');
      expect(downtown.disabled).to.equal(false);
      downtown.click();
      await el.updateComplete;
      expect(checkedOption(el)).to.equal('Pickup: Downtown Store');
      expect(text($(el, '#quantity-note'))).to.include('Only 0 can be ordered');
      await expect(el).to.be.accessible();
    });

    it('is none when two options can take the quantity', async () => {
      const el = await renderEditor(mock.adapter);
      // Direct Ship (7 expected) and Downtown (3 on hand) can both take one 9 Blue shoe.
      await pickProduct(el, PRODUCTS.trailRunner.name);
      const dialog = await configure(el, VARIANTS.trailRunner9Blue.options);
      await until(() => text(dialog).includes('In stock'), 'the variant did not resolve');
      control(dialog, /^Color/)!.focus();
      await sendKeys({ press: 'Control+Enter' });
      await focusOn(await fulfillment(el, 'Direct Ship'), 'Direct Ship');
      expect(checkedOption(el)).to.equal('');
    });
  });
});
