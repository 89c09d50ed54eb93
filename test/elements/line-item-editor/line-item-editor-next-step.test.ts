import { expect } from '@open-wc/testing';
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
      // Every store closed: only Direct Ship can take the tote.
      for (const location of [LOCATIONS.downtown, LOCATIONS.airport, LOCATIONS.uptown])
        mock.backend.setLocationClosed(location.id, true);
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      await focusOn(await until(() => control<HTMLInputElement>(el, 'Quantity'), 'no Quantity'), 'Quantity');
      expect(checkedOption(el)).to.equal('Direct Ship');
      await expect(el).to.be.accessible();
    });

    it('comes back to an empty "Name" after "Add", for the next product', async () => {
      for (const location of [LOCATIONS.downtown, LOCATIONS.airport, LOCATIONS.uptown])
        mock.backend.setLocationClosed(location.id, true);
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
  });

  describe('the preselected fulfillment', () => {
    it('is the only option whose stock (on hand and expected) can take the quantity typed', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      const quantity = await until(() => control<HTMLInputElement>(el, 'Quantity'), 'no Quantity');
      expect(checkedOption(el)).to.equal('');
      // 240 at the warehouse, at most 18 in a store: only Direct Ship can take 20.
      quantity.focus();
      quantity.select();
      await sendKeys({ type: '20' });
      await el.updateComplete;
      expect(checkedOption(el)).to.equal('Direct Ship');
      // Back to 2, every option can: the preselection goes, nothing is chosen for the agent.
      quantity.select();
      await sendKeys({ type: '2' });
      await el.updateComplete;
      expect(checkedOption(el)).to.equal('');
    });

    it("is changeable, and the agent's own choice is never replaced", async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      const quantity = await until(() => control<HTMLInputElement>(el, 'Quantity'), 'no Quantity');
      quantity.focus();
      quantity.select();
      await sendKeys({ type: '5' });
      (await fulfillment(el, 'Pickup: Downtown Store')).click();
      await el.updateComplete;
      quantity.select();
      await sendKeys({ type: '20' });
      await el.updateComplete;
      // Downtown has 18: the agent's choice stays, with the reason it cannot take 20.
      expect(checkedOption(el)).to.equal('Pickup: Downtown Store');
      expect(text($(el, '#quantity-note'))).to.include('Only 18 can be ordered');
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
