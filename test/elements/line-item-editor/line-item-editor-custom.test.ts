/**
 * "Add custom item" of `<line-item-editor>`: a line for what the catalog lacks (name, unit price,
 * quantity, taxable), checked at its fields, added as a custom line, marked "Custom" in the table,
 * edited and removed as any line, never looked up in stock, offered only when the adapter says so.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import { addLine, createDraft } from '../../../src/model/draft.js';
import type { DraftLine } from '../../../src/model/types.js';
import { $, button, deepActiveElement, errorOf, getControl, setValue, text } from '../../support/dom.js';
import { PRODUCTS, SHIP, SITES } from '../../support/fixtures.js';
import { cells, namedButton, pickProduct, renderEditor, tableRows } from '../../support/harness/line-item-editor.js';
import { until } from '../../support/wait.js';
import { recordChanges, useEditorSuite } from './line-item-editor-support.js';

/** The "Add custom item" button, or null when it is not offered. */
const toggle = (el: LineItemEditor) => button(el, 'Add custom item');

/** Opens the form and answers it. */
async function openForm(el: LineItemEditor): Promise<HTMLFormElement> {
  toggle(el)!.click();
  await el.updateComplete;
  return $<HTMLFormElement>(el, '[part~="custom-item-form"]')!;
}

/** Fills the form's fields (those given) and presses its "Add". */
async function fillAndAdd(
  el: LineItemEditor,
  form: HTMLFormElement,
  values: { name?: string; price?: string; quantity?: string; taxable?: boolean },
): Promise<void> {
  if (values.name !== undefined) setValue(getControl(form, 'Name'), values.name);
  if (values.price !== undefined) setValue(getControl(form, 'Unit price'), values.price);
  if (values.quantity !== undefined) setValue(getControl(form, 'Quantity'), values.quantity);
  if (values.taxable !== undefined) getControl(form, 'Taxable').checked = values.taxable;
  button(form, 'Add')!.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** A custom line as the editor adds it: 3 × Engraving at $12.50, not taxable. */
function customLines(): DraftLine[] {
  let d = createDraft({ site: SITES.us });
  d = addLine(d, {
    id: 'engraving',
    productId: '',
    productName: 'Engraving',
    code: '',
    quantity: 3,
    fulfillment: SHIP,
    unitPrice: { amount: 1250, currency: 'USD' },
    custom: { taxable: false },
  });
  return d.lines;
}

describe('<line-item-editor>', () => {
  const mock = useEditorSuite();

  describe('"Add custom item"', () => {
    it('is a collapsed disclosure below the lines, opening a form with Name, Unit price, Quantity 1 and Taxable checked', async () => {
      const el = await renderEditor(mock.adapter);
      const trigger = toggle(el)!;
      expect(trigger.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '[part~="custom-item-form"]')).to.equal(null);
      await expect(el).to.be.accessible();

      const form = await openForm(el);
      expect(trigger.getAttribute('aria-expanded')).to.equal('true');
      expect(trigger.getAttribute('aria-controls')).to.equal(form.id);
      expect(getControl(form, 'Name').value).to.equal('');
      expect(getControl(form, 'Unit price').value).to.equal('');
      expect(getControl(form, 'Quantity').value).to.equal('1');
      expect(getControl(form, 'Taxable').checked).to.equal(true);
      expect(button(form, 'Add')).not.to.equal(null);
      expect(button(form, 'Cancel')).not.to.equal(null);
      // Focus goes to its first field.
      expect(deepActiveElement()).to.equal(getControl(form, 'Name'));
      await expect(el).to.be.accessible();
    });

    it('says at each field what is wrong, focuses the first, and adds nothing', async () => {
      const el = await renderEditor(mock.adapter);
      const changes = recordChanges(el);
      const form = await openForm(el);
      await fillAndAdd(el, form, { name: '  ', price: 'abc', quantity: '1.5' });
      const name = getControl(form, 'Name');
      const price = getControl(form, 'Unit price');
      const quantity = getControl(form, 'Quantity');
      expect([name, price, quantity].map((f) => f.getAttribute('aria-invalid'))).to.deep.equal([
        'true',
        'true',
        'true',
      ]);
      expect(errorOf(name)).to.equal('Enter the name of the item.');
      expect(errorOf(price)).to.equal('Enter an amount, like 10.00.');
      expect(errorOf(quantity)).to.equal('Enter a whole number of at least 1.');
      expect(deepActiveElement()).to.equal(name);
      await expect(el).to.be.accessible();

      await fillAndAdd(el, form, { name: 'x'.repeat(121), price: '0', quantity: '0' });
      expect(errorOf(name)).to.equal('Enter a name of at most 120 characters.');
      expect(errorOf(price)).to.equal('Enter a unit price above zero.');
      expect(errorOf(quantity)).to.equal('Enter a whole number of at least 1.');

      await fillAndAdd(el, form, { name: 'Engraving', price: '-5', quantity: '2' });
      expect(name.getAttribute('aria-invalid')).to.equal('false');
      expect(errorOf(price)).to.equal('Enter a unit price above zero.');
      expect(deepActiveElement()).to.equal(price);
      expect(changes).to.have.length(0);
      expect(el.lines).to.deep.equal([]);
      // Its name is limited at the field too.
      expect(name.maxLength).to.equal(120);
    });

    it('adds the custom line with its unit price, quantity and taxable, through line-items-change; closes; focus back on the button', async () => {
      const el = await renderEditor(mock.adapter);
      const changes = recordChanges(el);
      const form = await openForm(el);
      await fillAndAdd(el, form, { name: ' Engraving ', price: '1,234.50', quantity: '3', taxable: false });

      expect(changes).to.have.length(1);
      const [line] = changes[0]!.lines;
      expect(line).to.deep.include({
        productId: '',
        variantId: null,
        productName: 'Engraving',
        code: '',
        quantity: 3,
        unitPrice: { amount: 123450, currency: 'USD' },
        fulfillment: SHIP,
        custom: { taxable: false },
      });
      expect(el.lines).to.deep.equal(changes[0]!.lines);
      expect($(el, '[part~="custom-item-form"]')).to.equal(null);
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActiveElement()).to.equal(toggle(el));

      // Taxable unless unticked.
      await fillAndAdd(el, await openForm(el), { name: 'Gift wrap', price: '4', quantity: '1' });
      expect(changes[1]!.lines[1]).to.deep.include({ productName: 'Gift wrap', custom: { taxable: true } });
      await expect(el).to.be.accessible();
    });

    it('marks the line "Custom" (and "Not taxable") in the table; it ships with the order, no other fulfillment to choose', async () => {
      const el = await renderEditor(mock.adapter, { lines: customLines() });
      const [row] = tableRows(el);
      expect(text(row!.querySelector('[role="rowheader"]'))).to.equal('Engraving Custom Not taxable');
      expect(cells(row!).slice(0, 3)).to.deep.equal(['Engraving Custom Not taxable', 'Direct Ship', '$12.50']);
      expect(namedButton(el, 'Change Engraving Custom Not taxable')).to.equal(null);
      expect(row!.querySelector('[data-path="lines.engraving.fulfillment"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('edits the quantity of a custom line and removes it, as any line', async () => {
      const el = await renderEditor(mock.adapter, { lines: customLines() });
      const changes = recordChanges(el);
      const quantity = $<HTMLInputElement>(el, '[data-path="lines.engraving.quantity"]')!;
      setValue(quantity, '5', { change: true });
      await el.updateComplete;
      expect(changes.at(-1)!.lines.map((l) => [l.id, l.quantity, l.custom])).to.deep.equal([
        ['engraving', 5, { taxable: false }],
      ]);
      // No stock to exceed: any whole quantity is taken, without a warning.
      setValue(quantity, '100000', { change: true });
      await el.updateComplete;
      expect(el.lines[0]!.quantity).to.equal(100000);
      expect(text($(el, '#note-engraving'))).to.equal('');

      $<HTMLButtonElement>(el, '[data-path="lines.engraving.remove"]')!.click();
      await el.updateComplete;
      expect(changes.at(-1)!.lines).to.deep.equal([]);
      expect(tableRows(el)).to.have.length(0);
    });

    it('never looks up stock for a custom line', async () => {
      const asked: string[] = [];
      const adapter: OrderAdapter = {
        ...mock.adapter,
        getFulfillmentOptions: (request, init) => {
          asked.push(request.productId);
          return mock.adapter.getFulfillmentOptions(request, init);
        },
        getFulfillmentOptionsBatch: (request, init) => {
          asked.push(...request.items.map((item) => item.productId));
          return mock.adapter.getFulfillmentOptionsBatch!(request, init);
        },
      };
      const lines = customLines();
      const el = await renderEditor(adapter, { lines });
      await el.stockComplete;
      expect(asked).to.deep.equal([]);
      // A catalog line beside it is looked up (the lookups work), the custom line still not.
      const { custom: _custom, ...tote } = lines[0]!;
      el.lines = [
        ...lines,
        {
          ...tote,
          id: 'tote',
          productId: PRODUCTS.canvasTote.id,
          productName: PRODUCTS.canvasTote.name,
          code: 'CTB-200',
        },
      ];
      await el.updateComplete;
      await el.stockComplete;
      expect(asked).to.deep.equal([PRODUCTS.canvasTote.id]);
      expect(el.quantityProblems()).to.deep.equal([]);
    });

    it('is not offered when the adapter does not take custom lines (customLines false or absent)', async () => {
      const off: OrderAdapter = { ...mock.adapter, customLines: false };
      const el = await renderEditor(off);
      expect(toggle(el)).to.equal(null);
      await expect(el).to.be.accessible();
      const { customLines: _dropped, ...rest } = mock.adapter;
      const absent = await renderEditor(rest as OrderAdapter);
      expect(toggle(absent)).to.equal(null);
    });

    it('comes after the add row and the table: their Tab stops come first', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      await until(() => button(el, 'Add'), 'the tote did not show');
      button(el, 'Cancel')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(toggle(el));
    });

    describe('keyboard', () => {
      it('opens with Enter, fills with Tab, adds with Enter, and Escape closes back to the button', async () => {
        const el = await renderEditor(mock.adapter);
        const changes = recordChanges(el);
        toggle(el)!.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        const form = $<HTMLFormElement>(el, '[part~="custom-item-form"]')!;
        expect(deepActiveElement()).to.equal(getControl(form, 'Name'));
        await sendKeys({ type: 'Engraving' });
        await sendKeys({ press: 'Tab' });
        expect(deepActiveElement()).to.equal(getControl(form, 'Unit price'));
        await sendKeys({ type: '12.50' });
        await sendKeys({ press: 'Tab' });
        expect(deepActiveElement()).to.equal(getControl(form, 'Quantity'));
        await sendKeys({ press: 'Backspace' });
        await sendKeys({ type: '2' });
        await sendKeys({ press: 'Tab' });
        expect(deepActiveElement()).to.equal(getControl(form, 'Taxable'));
        await sendKeys({ press: 'Space' });
        await sendKeys({ press: 'Tab' });
        expect(deepActiveElement()).to.equal(button(form, 'Add'));
        await sendKeys({ press: 'Enter' });
        await until(() => changes.length === 1, 'Enter did not add the item');
        expect(changes[0]!.lines[0]).to.deep.include({
          productName: 'Engraving',
          quantity: 2,
          unitPrice: { amount: 1250, currency: 'USD' },
          custom: { taxable: false },
        });
        await el.updateComplete;
        expect(deepActiveElement()).to.equal(toggle(el));

        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(deepActiveElement()).to.equal(getControl($(el, '[part~="custom-item-form"]')!, 'Name'));
        await sendKeys({ type: 'Something' });
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect($(el, '[part~="custom-item-form"]')).to.equal(null);
        expect(deepActiveElement()).to.equal(toggle(el));
        expect(changes).to.have.length(1);
      });
    });
  });
});
