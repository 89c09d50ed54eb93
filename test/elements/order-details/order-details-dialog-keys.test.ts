import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import type { ShippingMethod } from '../../../src/model/types.js';
import { buildDraft, PRODUCTS } from '../../support/fixtures.js';
import { lineEditor, openDetails, totals } from '../../support/harness/order-details-dialog.js';
import { configureDialog, searchProducts } from '../../support/harness/line-item-editor.js';
import { $, $$, button, control, describeElement, focusName, text } from '../../support/dom.js';
import { until } from '../../support/wait.js';
import { quiet, useDialogSuite } from './order-details-dialog-support.js';

/** The text of the option chosen in "Shipping Method". */
function shownMethod(el: OrderDetailsDialog): string {
  const select = control<HTMLSelectElement>(el, 'Shipping Method')!;
  return text(select.selectedOptions[0]);
}

describe('<order-details-dialog>', () => {
  const { mock, open, recordSaves } = useDialogSuite();

  describe('keys', () => {
    for (const chord of ['Control+Enter', 'Meta+Enter']) {
      it(`${chord} saves, as "Save" does`, async () => {
        const { el, opener } = await open();
        await quiet(el);
        const saves = recordSaves(el);
        control<HTMLTextAreaElement>(el, 'Customer notes')!.focus();
        await sendKeys({ type: 'Leave at the door' });
        await sendKeys({ press: chord });
        await until(() => saves.length === 1, `${chord} did not save`);
        expect(el.open).to.equal(false);
        // What was typed in the field is saved with it, as if the field had been left.
        expect(saves[0]!.draft.customerNotes).to.equal('Leave at the door');
        expect(focusName()).to.equal(describeElement(opener));
      });
    }

    it('Ctrl+Enter with a problem does not save: it lists it and focuses its field', async () => {
      const draft = buildDraft(mock.backend, { lines: [{ productId: PRODUCTS.canvasTote.id, fulfillment: null }] });
      const { el } = await open(draft);
      const saves = recordSaves(el);
      control(el, 'Coupon code')!.focus();
      await sendKeys({ press: 'Control+Enter' });
      await until(() => $(el, '[part="problems"]'), 'no problems listed');
      expect(saves).to.have.length(0);
      expect(el.open).to.equal(true);
      const lineId = draft.lines[0]!.id;
      expect(focusName()).to.equal(describeElement($(lineEditor(el), `[data-path="lines.${lineId}.fulfillment"]`)));
      await quiet(el);
      await expect(el).to.be.accessible();
    });

    it('Alt+Shift+M goes to "Shipping Method", Alt+Shift+O to "Coupon code", from anywhere in the dialog', async () => {
      const { el } = await open();
      await quiet(el);
      // From the product search, inside the line items.
      expect(focusName()).to.equal(describeElement(control(lineEditor(el), 'Name')));
      await sendKeys({ press: 'Alt+Shift+KeyM' });
      await until(() => focusName() === describeElement(control(el, 'Shipping Method')), 'not on Shipping Method');
      await sendKeys({ press: 'Alt+Shift+KeyO' });
      expect(focusName()).to.equal(describeElement(control(el, 'Coupon code')));
      // Nothing typed: the keys are commands, not text.
      expect(control(el, 'Coupon code')!.value).to.equal('');
    });

    it('lists the keys in the footer and in aria-keyshortcuts', async () => {
      const { el } = await open();
      await quiet(el);
      expect(text($(el, '[part="keys-hint"]'))).to.match(
        /^(Ctrl|⌘)\+Enter Save · Alt\+Shift\+M Shipping Method · Alt\+Shift\+O Coupon code$/,
      );
      expect(button(el, 'Save')!.getAttribute('aria-keyshortcuts')).to.equal('Control+Enter Meta+Enter');
      expect(control(el, 'Shipping Method')!.getAttribute('aria-keyshortcuts')).to.equal('Alt+Shift+M');
      expect(control(el, 'Coupon code')!.getAttribute('aria-keyshortcuts')).to.equal('Alt+Shift+O');
      await expect(el).to.be.accessible();
    });

    it('leaves Ctrl+Enter to "Configure Product" while it is open above', async () => {
      const { el } = await open();
      await quiet(el);
      const saves = recordSaves(el);
      const editor = lineEditor(el);
      const found = await searchProducts(editor, PRODUCTS.trailRunner.name);
      found[0]!.click();
      const configure = await configureDialog(editor);
      await until(() => focusName() === describeElement(control(configure, /^Size/)), 'not on Size');
      await sendKeys({ press: 'Control+Enter' });
      await editor.updateComplete;
      // Nothing chosen yet: the configuration is not saved, and neither are the details.
      expect(configure.open).to.equal(true);
      expect(el.open).to.equal(true);
      expect(saves).to.have.length(0);
    });
  });

  describe('the shipping method preselected', () => {
    it("is the site's default (Ground), shown in the select and priced in the totals", async () => {
      const { el } = await open(buildDraft(mock.backend, { shippingMethodId: null }));
      await until(() => el.draft.shippingMethodId === 'ground', 'Ground was not preselected');
      await quiet(el);
      expect(shownMethod(el)).to.equal('Ground · $7.95');
      expect(totals(el)['Shipping']).to.equal('$7.95');
      await expect(el).to.be.accessible();
    });

    it('is not an edit: Cancel closes without asking, and a method chosen earlier stays', async () => {
      const { el } = await open(buildDraft(mock.backend, { shippingMethodId: null }));
      await until(() => el.draft.shippingMethodId === 'ground', 'Ground was not preselected');
      await quiet(el);
      button(el, 'Cancel')!.click();
      await el.updateComplete;
      // Closed at once: "Discard changes?" was not asked.
      expect(el.open).to.equal(false);
      expect($(el, '[role="alertdialog"]')).to.equal(null);

      await el.show(buildDraft(mock.backend, { shippingMethodId: '2-day' }));
      await quiet(el);
      expect(shownMethod(el)).to.equal('2-Day · $14.95');
    });

    it('is the only method offered, when the adapter offers one; none when several and no default', async () => {
      const only = (keep: (method: ShippingMethod) => boolean): OrderAdapter =>
        Object.assign(Object.create(mock.adapter) as OrderAdapter, {
          getShippingMethods: async (...args: Parameters<OrderAdapter['getShippingMethods']>) =>
            (await mock.adapter.getShippingMethods(...args)).filter(keep).map(({ isDefault: _d, ...method }) => method),
        });
      const draft = buildDraft(mock.backend, { shippingMethodId: null });
      const el = await openDetails(
        only((method) => method.id === 'overnight'),
        draft,
      );
      await until(() => el.draft.shippingMethodId === 'overnight', 'Overnight was not preselected');
      await until(() => totals(el)['Shipping'] === '$29.95', 'Overnight was not priced');
      expect(shownMethod(el)).to.equal('Overnight · $29.95');

      const none = await openDetails(
        only(() => true),
        draft,
      );
      await until(() => control(none, 'Shipping Method'), 'no Shipping Method');
      expect(none.draft.shippingMethodId).to.equal(null);
      expect(shownMethod(none)).to.equal('Choose a shipping method');
      expect($$(none, '#shipping-method option')).to.have.length(4);
    });
  });
});
