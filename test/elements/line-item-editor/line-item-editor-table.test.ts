import { expect, fixture, html } from '@open-wc/testing';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import { SHIP, SITES } from '../../support/fixtures.js';
import { $, $$, button, control, describeElement, focusName, text } from '../../support/dom.js';
import { cells, fulfillment, renderEditor, tableRows } from '../../support/harness/line-item-editor.js';
import { nextEvent } from '../../support/wait.js';
import { useEditorSuite, someLines, recordChanges } from './line-item-editor-support.js';

describe('<line-item-editor>', () => {
  const mock = useEditorSuite();

  describe('line items table', () => {
    it('renders lines set by the host without firing', async () => {
      const el = await renderEditor(mock.adapter);
      const events = recordChanges(el);
      el.lines = someLines();
      await el.updateComplete;
      expect(events).to.have.length(0);
      expect($$(el, 'thead th').map((th) => text(th))).to.deep.equal([
        'Product',
        'Fulfillment',
        'Unit price',
        'Quantity',
        'Price adjustment',
        'Gift',
        'Total',
        'Actions',
      ]);
      expect(tableRows(el).map((r) => cells(r)[0])).to.deep.equal([
        'Canvas Tote Bag CTB-200',
        'Trail Runner Shoe TRS-100-09-BLU Size: 9, Color: Blue',
      ]);
      expect(tableRows(el).map((r) => cells(r)[6])).to.deep.equal(['$49.98', '$89.99']);
      await expect(el).to.be.accessible();
    });

    it('keeps its table semantics when its rows stack (narrow): explicit roles on the table, row groups, rows, headers and cells', async () => {
      const el = await fixture<LineItemEditor>(
        html`<line-item-editor
          style="display: block; inline-size: 600px"
          .adapter=${mock.adapter}
          .site=${SITES.us}
          .lines=${someLines()}
        ></line-item-editor>`,
      );
      await el.updateComplete;
      const table = $<HTMLTableElement>(el, 'table')!;
      // Stacked: the table's elements are blocks (Safari then drops their implicit roles).
      expect(getComputedStyle(table).display).to.equal('block');
      expect(getComputedStyle(tableRows(el)[0]!).display).to.equal('grid');
      expect(table.getAttribute('role')).to.equal('table');
      expect(text(el.shadowRoot!.getElementById(table.getAttribute('aria-labelledby')!))).to.equal('Line items');
      expect($$(el, 'thead, tbody').map((g) => g.getAttribute('role'))).to.deep.equal(['rowgroup', 'rowgroup']);
      expect($$(el, 'thead th').map((th) => th.getAttribute('role'))).to.deep.equal(Array(8).fill('columnheader'));
      $<HTMLButtonElement>(el, '[data-path="lines.tote.adjustment"]')!.click();
      await el.updateComplete;
      const rows = $$(el, 'tr');
      expect(rows).to.have.length(4);
      expect(rows.map((r) => r.getAttribute('role'))).to.deep.equal(['row', 'row', 'row', 'row']);
      for (const row of tableRows(el)) {
        expect([...row.cells].map((c) => c.getAttribute('role'))).to.deep.equal([
          'rowheader',
          ...Array(7).fill('cell'),
        ]);
      }
      expect($$(el, 'tbody td').every((td) => td.getAttribute('role') === 'cell')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('edits the quantity, labelled by its column and product', async () => {
      const el = await renderEditor(mock.adapter, { lines: someLines() });
      const quantity = $<HTMLInputElement>(el, '[data-path="lines.tote.quantity"]')!;
      expect(quantity.getAttribute('aria-labelledby')).to.equal('quantity-heading name-tote');
      const changed = nextEvent(el, 'line-items-change');
      quantity.value = '3';
      quantity.dispatchEvent(new Event('change'));
      expect((await changed).lines.map((l) => l.quantity)).to.deep.equal([3, 1]);
      await el.updateComplete;
      expect(cells(tableRows(el)[0]!)[6]).to.equal('$74.97');
    });

    it('keeps a price adjustment with its reason through quantity changes', async () => {
      const el = await renderEditor(mock.adapter, { lines: someLines() });
      $<HTMLButtonElement>(el, '[data-path="lines.tote.adjustment"]')!.click();
      await el.updateComplete;
      expect(focusName()).to.equal(describeElement(control(el, 'Amount')));
      control(el, 'Amount')!.value = '5.00';
      button(el, 'Apply')!.click();
      await el.updateComplete;
      expect(text($(el, 'form [role="alert"]'))).to.equal('Enter a reason for the price adjustment.');
      expect(focusName()).to.equal(describeElement(control(el, 'Reason')));
      await expect(el).to.be.accessible();

      control(el, 'Reason')!.value = 'Scuffed';
      const changed = nextEvent(el, 'line-items-change');
      button(el, 'Apply')!.click();
      expect((await changed).lines[0]!.adjustment).to.deep.equal({
        kind: 'amount-off',
        amount: { amount: 500, currency: 'USD' },
        reason: 'Scuffed',
      });
      await el.updateComplete;
      expect(cells(tableRows(el)[0]!)[4]).to.equal('$5.00 off each: Scuffed Edit');
      expect(cells(tableRows(el)[0]!)[6]).to.equal('$39.98');

      const quantity = $<HTMLInputElement>(el, '[data-path="lines.tote.quantity"]')!;
      quantity.value = '4';
      quantity.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.lines[0]!.adjustment?.reason).to.equal('Scuffed');
      expect(cells(tableRows(el)[0]!)[6]).to.equal('$79.96');
    });

    it('sets a new unit price, and removes the adjustment', async () => {
      const el = await renderEditor(mock.adapter, { lines: someLines() });
      $<HTMLButtonElement>(el, '[data-path="lines.shoe.adjustment"]')!.click();
      await el.updateComplete;
      control<HTMLSelectElement>(el, 'Adjustment')!.value = 'unit-price';
      control(el, 'Amount')!.value = '70';
      control(el, 'Reason')!.value = 'Price match';
      button(el, 'Apply')!.click();
      await el.updateComplete;
      expect(cells(tableRows(el)[1]!)[4]).to.equal('New unit price $70.00: Price match Edit');
      expect(cells(tableRows(el)[1]!)[6]).to.equal('$70.00');

      $<HTMLButtonElement>(el, '[data-path="lines.shoe.adjustment"]')!.click();
      await el.updateComplete;
      button(el, 'Remove adjustment')!.click();
      await el.updateComplete;
      expect(el.lines[1]!.adjustment).to.equal(null);
      expect(focusName()).to.equal(describeElement($(el, '[data-path="lines.shoe.adjustment"]')));
    });

    it('refuses a new unit price whose line total the order cannot hold, at the field, without throwing', async () => {
      // The figure: 90071992547409.91 (the largest safe amount of cents) for 5 totes.
      const lines = someLines().map((l) => (l.id === 'tote' ? { ...l, quantity: 5 } : l));
      const el = await renderEditor(mock.adapter, { lines });
      const events = recordChanges(el);
      $<HTMLButtonElement>(el, '[data-path="lines.tote.adjustment"]')!.click();
      await el.updateComplete;
      control<HTMLSelectElement>(el, 'Adjustment')!.value = 'unit-price';
      control(el, 'Amount')!.value = '90071992547409.91';
      control(el, 'Reason')!.value = 'Typo';
      button(el, 'Apply')!.click();
      await el.updateComplete;
      const amount = control(el, 'Amount')!;
      expect(amount.getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, `#${amount.getAttribute('aria-describedby')}`))).to.equal('Enter a smaller amount.');
      expect(focusName()).to.equal(describeElement(amount));
      expect(events.length).to.equal(0);
      expect(el.lines[0]!.adjustment === null).to.equal(true);
      // The table still renders and updates.
      expect(cells(tableRows(el)[0]!)[6]).to.equal('$124.95');
      await expect(el).to.be.accessible();

      // An amount the order can hold is taken.
      amount.value = '100';
      const changed = nextEvent(el, 'line-items-change');
      button(el, 'Apply')!.click();
      expect((await changed).lines[0]!.adjustment).to.deep.include({
        kind: 'unit-price',
        unitPrice: { amount: 10000, currency: 'USD' },
      });
      await el.updateComplete;
      expect(cells(tableRows(el)[0]!)[6]).to.equal('$500.00');
    });

    it('includes a gift message per item', async () => {
      const el = await renderEditor(mock.adapter, { lines: someLines() });
      const gift = $$<HTMLInputElement>(el, 'input[type="checkbox"]')[0]!;
      expect(text(gift.closest('label'))).to.equal('Include gift message');
      gift.click();
      await el.updateComplete;
      expect(el.lines[0]!.gift).to.equal(true);
      const message = control<HTMLTextAreaElement>(el, 'Gift message')!;
      const changed = nextEvent(el, 'line-items-change');
      message.value = 'Happy birthday!';
      message.dispatchEvent(new Event('change'));
      expect((await changed).lines[0]).to.deep.include({ gift: true, giftMessage: 'Happy birthday!' });
      await expect(el).to.be.accessible();
    });

    it('changes how a line is fulfilled', async () => {
      const el = await renderEditor(mock.adapter, { lines: someLines() });
      const change = $<HTMLButtonElement>(el, '[data-path="lines.shoe.fulfillment"]')!;
      expect(change.getAttribute('aria-labelledby')).to.equal('fulfillment-shoe name-shoe');
      change.click();
      const ship = await fulfillment(el, 'Direct Ship');
      expect(control(el, 'Pickup: Downtown Store')!.checked).to.equal(true);
      await expect(el).to.be.accessible();
      const changed = nextEvent(el, 'line-items-change');
      ship.click();
      expect((await changed).lines[1]!.fulfillment).to.deep.equal(SHIP);
      await el.updateComplete;
      expect(cells(tableRows(el)[1]!)[1]).to.equal('Direct Ship Change');
      expect(focusName()).to.equal(describeElement(change));
    });

    it('removes a line', async () => {
      const el = await renderEditor(mock.adapter, { lines: someLines() });
      const remove = $<HTMLButtonElement>(el, '#remove-tote')!;
      expect(remove.getAttribute('aria-labelledby')).to.equal('remove-tote name-tote');
      const changed = nextEvent(el, 'line-items-change');
      remove.click();
      expect((await changed).lines.map((l) => l.id)).to.deep.equal(['shoe']);
    });

    it('draws one unbroken rule under each line, and lays out each cell of a line on its own', async () => {
      const el = await fixture<LineItemEditor>(
        html`<line-item-editor
          style="display: block; inline-size: 1100px"
          .adapter=${mock.adapter}
          .site=${SITES.us}
          .lines=${someLines()}
        ></line-item-editor>`,
      );
      await el.updateComplete;
      // Separate borders: collapsed ones are resolved again across every line when one changes.
      expect(getComputedStyle($(el, 'table')!).borderCollapse).to.equal('separate');
      for (const row of tableRows(el)) {
        const rowCells = [...row.children] as HTMLElement[];
        expect(rowCells).to.have.length(8);
        for (const [i, cell] of rowCells.entries()) {
          expect(getComputedStyle(cell).borderBottomWidth).to.equal('1px');
          // Cells side by side with no gap between them: their rules join into one.
          if (i) expect(cell.getBoundingClientRect().left).to.equal(rowCells[i - 1]!.getBoundingClientRect().right);
          // A change inside a cell (a total, a note) is laid out and pre-painted in that cell only,
          // not across the 1,000 lines a table may hold.
          expect(getComputedStyle(cell).contain).to.equal('layout');
        }
      }
      // The row that edits a line keeps no containment: its tooltips show over the line above.
      $<HTMLButtonElement>(el, '[data-path="lines.tote.fulfillment"]')!.click();
      await el.updateComplete;
      const edit = $$(el, 'tbody tr').find((r) => !r.matches('[part~="line-item"]'))!;
      expect(getComputedStyle(edit.firstElementChild!).contain).to.equal('none');
    });
  });
});
