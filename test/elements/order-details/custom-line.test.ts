/**
 * A custom line in Order Details: added with "Add custom item" in the dialog's line items, marked
 * "Custom" there, and priced by the backend: a line that is not taxable carries no tax (the totals
 * the agent sees), a taxable one does.
 */
import { expect } from '@open-wc/testing';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import { $, button, getControl, setValue, text } from '../../support/dom.js';
import { tableRows } from '../../support/harness/line-item-editor.js';
import { lineEditor } from '../../support/harness/order-details-dialog.js';
import { until } from '../../support/wait.js';
import { quiet, settled, useDialogSuite } from './order-details-dialog-support.js';

/** Adds "Engraving" at $30.00 through the dialog's "Add custom item". */
async function addEngraving(el: OrderDetailsDialog, taxable: boolean): Promise<void> {
  const editor = lineEditor(el);
  button(editor, 'Add custom item')!.click();
  await editor.updateComplete;
  const form = $<HTMLFormElement>(editor, '[part~="custom-item-form"]')!;
  setValue(getControl(form, 'Name'), 'Engraving');
  setValue(getControl(form, 'Unit price'), '30');
  getControl(form, 'Taxable').checked = taxable;
  button(form, 'Add')!.click();
  await until(() => el.draft.lines.length === 2, 'the custom line was not added to the draft');
}

describe('<order-details-dialog>', () => {
  const { open } = useDialogSuite();

  describe('custom line', () => {
    it('shows a custom line that is not taxable marked Custom, with no tax on it in the totals', async () => {
      const { el } = await open();
      await quiet(el);
      // A Canvas Tote Bag shipped by Ground: 8.25 % of 24.99 + 7.95.
      expect((await settled(el))['Tax']).to.equal('$2.72');

      await addEngraving(el, false);
      const shown = await settled(el);
      expect(el.draft.lines[1]).to.deep.include({ productName: 'Engraving', custom: { taxable: false } });
      expect(text(tableRows(lineEditor(el))[1]!.querySelector('[role="rowheader"]'))).to.equal(
        'Engraving Custom Not taxable',
      );
      // Tax only on the tote and its share of the shipping (3.61 of 7.95): 8.25 % of 28.60.
      expect(shown['Subtotal']).to.equal('$54.99');
      expect(shown['Tax']).to.equal('$2.36');
      expect(shown['Total']).to.equal('$65.30');
      await expect(el).to.be.accessible();
    });

    it('taxes a taxable custom line with its share of the shipping', async () => {
      const { el } = await open();
      await quiet(el);
      await addEngraving(el, true);
      const shown = await settled(el);
      expect(text(tableRows(lineEditor(el))[1]!.querySelector('[role="rowheader"]'))).to.equal('Engraving Custom');
      // 2.36 on the tote, 8.25 % of 30.00 + 4.34 on the engraving.
      expect(shown['Tax']).to.equal('$5.19');
      expect(shown['Total']).to.equal('$68.13');
    });
  });
});
