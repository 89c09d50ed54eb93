import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PRODUCTS, VARIANTS } from '../../support/fixtures.js';
import { discardDialog, expectCloseButton } from '../../support/discard.js';
import { $, button, control, describeElement, focusName, text } from '../../support/dom.js';
import { configure, configureDialog, pickProduct, renderEditor } from '../../support/harness/line-item-editor.js';
import { until } from '../../support/wait.js';
import { useEditorSuite } from './line-item-editor-support.js';

describe('<line-item-editor>', () => {
  const mock = useEditorSuite();

  describe('Configure Product', () => {
    it('opens for a configurable product, marks required options and resolves the variant with its code and price', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.trailRunner.name);
      const dialog = await configureDialog(el);
      expect(text(dialog.querySelector('h2'))).to.equal('Configure Product');
      expect(text(dialog.querySelector('label[for="option-0"]'))).to.equal('Size (required)');
      expect(text(dialog.querySelector('label[for="option-1"]'))).to.equal('Color (required)');
      expect(button(dialog, 'Save')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();

      await configure(el, VARIANTS.trailRunner9Blue.options);
      await until(() => text(dialog).includes('TRS-100-09-BLU'), 'no variant');
      expect(text(dialog.querySelector('[role="status"]'))).to.equal('TRS-100-09-BLU · $89.99 · In stock');
      const request = mock.backend.requestsFor('configureProduct');
      expect(request).to.have.length(1);
      await expect(el).to.be.accessible();

      button(dialog, 'Save')!.click();
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      const row = $(el, '[part="add-row"]')!;
      expect(text(row)).to.include('TRS-100-09-BLU').and.include('Size: 9, Color: Blue').and.include('$89.99');
      // Focus goes on to what the item needs next: its fulfillment (Direct Ship and Downtown can both take it).
      await until(() => focusName() === 'input#add-ship "Direct Ship"', 'focus is not on the fulfillment');
      expect(control(el, 'Direct Ship')!.checked).to.equal(false);
    });

    it('marks values that lead only to out-of-stock or missing combinations, and refuses to save them', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.trailRunner.name);
      const dialog = await configure(el, { Color: 'Red' });
      const twelve = [...control<HTMLSelectElement>(dialog, /^Size/)!.options].find((o) => o.value === '12')!;
      expect(text(twelve)).to.equal('12 (out of stock)');
      await configure(el, { Size: '12' });
      await until(() => text(dialog).includes('Out of stock'), 'no out-of-stock variant');
      expect(button(dialog, 'Save')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('marks a combination that does not exist as not available, and says so when it is chosen', async () => {
      // A generated garment that does not come in XL in one of its colours (mocks/README.md).
      const all = (options: { values: string[] }[]) => options.reduce((n, o) => n * o.values.length, 1);
      const garment = mock.backend.seed.products.find(
        (p) => p.type === 'configurable' && p.variants.length < all(p.options),
      )!;
      const color = garment.options
        .find((o) => o.name === 'Color')!
        .values.find((c) => !garment.variants.some((v) => v.options['Size'] === 'XL' && v.options['Color'] === c))!;
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, garment.name);
      const dialog = await configure(el, { Color: color });
      const sizes = [...control<HTMLSelectElement>(dialog, /^Size/)!.options].slice(1).map((o) => text(o));
      expect(sizes.map((s) => s.replace(' (out of stock)', ''))).to.deep.equal(['S', 'M', 'L', 'XL (not available)']);
      await expect(el).to.be.accessible();

      await configure(el, { Size: 'XL' });
      await until(
        () => text(dialog.querySelector('[role="status"]')).includes('does not come in'),
        'the missing combination was not refused',
      );
      expect(text(dialog.querySelector('[role="status"]'))).to.equal(
        `No variant has these options. ${garment.name} does not come in Color ${color}, Size XL.`,
      );
      // Nothing to try again: the agent chooses other options.
      expect(button(dialog, 'Retry')).to.equal(null);
      expect(button(dialog, 'Save')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('says the options could not be checked when the call fails, and Retry checks them', async () => {
      mock.scenario.failNext('configureProduct', 503, 4, { retryAfter: 0 });
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.trailRunner.name);
      const dialog = await configure(el, VARIANTS.trailRunner9Blue.options);
      const status = () => text(dialog.querySelector('[role="status"]'));
      await until(() => status().includes('Retry'), 'no failure shown');
      expect(status()).to.equal(
        'These options could not be checked. The order service is unavailable. Try again in a moment. Retry',
      );
      expect(control<HTMLSelectElement>(dialog, /^Color/)!.value).to.equal('Blue');
      expect(button(dialog, 'Save')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();

      button(dialog, 'Retry')!.click();
      await until(() => status() === 'TRS-100-09-BLU · $89.99 · In stock', 'the variant did not resolve');
      expect(button(dialog, 'Save')!.disabled).to.equal(false);
    });

    it("says the product's options could not be loaded, and Retry opens Configure Product", async () => {
      mock.scenario.failNext('getProduct', 404);
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.trailRunner.name);
      const alert = await until(() => $(el, '[part="add-row"] [role="alert"]'), 'no failure shown');
      expect(text(alert)).to.equal(
        "The product's options could not be loaded. The requested resource does not exist. Retry",
      );
      await expect(el).to.be.accessible();

      button(alert, 'Retry')!.click();
      const dialog = await configureDialog(el);
      expect(text(dialog.querySelector('h2'))).to.equal('Configure Product');
    });

    // Issue 9 item 7 changed this: Cancel with an option chosen asks "Discard changes?" first.
    it('Cancel with an option chosen asks "Discard changes?"; Discard drops the choice and returns to the search', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.trailRunner.name);
      const dialog = await configure(el, { Size: '9' });
      button(dialog, 'Cancel')!.click();
      const ask = await discardDialog(el);
      button(ask, 'Discard')!.click();
      await until(
        () => !dialog.open && $(el, '[part="add-row"]') === null,
        'Discard did not close Configure Product and drop the item',
      );
      expect(ask.open).to.equal(false);
      expect(focusName()).to.equal(describeElement($(el, '[role="combobox"]')));
    });

    it('Escape with an option chosen asks "Discard changes?"; "Keep editing" returns to the option', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.trailRunner.name);
      const dialog = await configure(el, { Size: '9' });
      const size = control<HTMLSelectElement>(dialog, /^Size/)!;
      size.focus();
      await sendKeys({ press: 'Escape' });
      const ask = await discardDialog(el);
      expect(dialog.open).to.equal(true);
      expect(focusName()).to.equal(describeElement(button(ask, 'Keep editing')));
      await expect(el).to.be.accessible();
      button(ask, 'Keep editing')!.click();
      await el.updateComplete;
      expect(ask.open).to.equal(false);
      expect(dialog.open).to.equal(true);
      expect(size.value).to.equal('9');
      expect(focusName()).to.equal(describeElement(size));
    });

    it('Cancel and Escape without a change close at once', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.trailRunner.name);
      let dialog = await configureDialog(el);
      button(dialog, 'Cancel')!.click();
      await until(() => !dialog.open, 'Cancel did not close Configure Product');
      expect($(el, '[role="alertdialog"]') === null, 'it asked').to.equal(true);

      await pickProduct(el, PRODUCTS.trailRunner.name);
      dialog = await configureDialog(el);
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog.open, 'Escape did not close Configure Product');
      expect($(el, '[role="alertdialog"]') === null, 'it asked').to.equal(true);
      expect(focusName()).to.equal(describeElement($(el, '[role="combobox"]')));
    });

    it('"Close" (the word shown beside its ×) closes at once without a change, and asks with one', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.trailRunner.name);
      let dialog = await configureDialog(el);
      const close = () => $<HTMLButtonElement>(dialog, '[part~="close-button"]')!;
      expectCloseButton(dialog);
      await expect(el).to.be.accessible();
      close().click();
      await until(() => !dialog.open, '"Close" did not close Configure Product');
      expect($(el, '[role="alertdialog"]') === null, 'it asked').to.equal(true);

      await pickProduct(el, PRODUCTS.trailRunner.name);
      dialog = await configure(el, { Color: 'Blue' });
      close().click();
      await discardDialog(el);
      expect(dialog.open).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });
});
