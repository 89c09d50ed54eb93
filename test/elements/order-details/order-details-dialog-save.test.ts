import { expect } from '@open-wc/testing';
import { buildDraft, LOCATIONS, pickupAt, PRODUCTS } from '../../support/fixtures.js';
import { lineEditor } from '../../support/harness/order-details-dialog.js';
import { $, $$, button, control, describeElement, focusName, text } from '../../support/dom.js';
import { nextEvent, until } from '../../support/wait.js';
import { useDialogSuite } from './order-details-dialog-support.js';

describe('<order-details-dialog>', () => {
  const { mock, open, recordSaves, addCouponCode } = useDialogSuite();

  describe('Save', () => {
    it('refuses a shipped item without a shipping method: lists the problem and focuses the select', async () => {
      const { el } = await open(buildDraft(mock.backend, { shippingMethodId: null }));
      const select = await until(() => control<HTMLSelectElement>(el, 'Shipping Method'), 'no Shipping Method');
      // The site's default (Ground) is preselected: the agent takes it off.
      await until(() => select.value === 'ground', 'Ground was not preselected');
      select.value = '';
      select.dispatchEvent(new Event('change'));
      const saves = recordSaves(el);
      button(el, 'Save')!.click();
      await until(() => $(el, '[part="problems"]'), 'no problems listed');
      expect(saves).to.have.length(0);
      expect(el.open).to.equal(true);
      expect($$(el, '[part="problems"] li').map((li) => text(li))).to.deep.equal([
        'Choose a shipping method for the items that ship.',
      ]);
      expect(focusName()).to.equal(describeElement(control(el, 'Shipping Method')));
      expect(control(el, 'Shipping Method')!.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('refuses an item without a fulfillment and an adjustment without a reason, focusing the first', async () => {
      const draft = buildDraft(mock.backend, {
        lines: [{ productId: PRODUCTS.canvasTote.id, fulfillment: null }],
        shippingMethodId: null,
      });
      const { el } = await open({
        ...draft,
        shippingAdjustment: { kind: 'amount', amount: { amount: 100, currency: 'USD' }, reason: '' },
      });
      button(el, 'Save')!.click();
      await until(() => $(el, '[part="problems"]'), 'no problems listed');
      expect($$(el, '[part="problems"] li').map((li) => text(li))).to.deep.equal([
        'Canvas Tote Bag: Choose how this item is fulfilled.',
        'Enter a reason for the shipping adjustment.',
      ]);
      const lineId = draft.lines[0]!.id;
      expect(focusName()).to.equal(describeElement($(lineEditor(el), `[data-path="lines.${lineId}.fulfillment"]`)));
    });

    it('refuses a quantity beyond the stock of its fulfillment, focusing it', async () => {
      // 10 totes to pick up at the Airport Kiosk, which has 6 (a draft restored from earlier, say).
      const draft = buildDraft(mock.backend, {
        lines: [{ productId: PRODUCTS.canvasTote.id, quantity: 10, fulfillment: pickupAt(LOCATIONS.airport) }],
      });
      const { el } = await open(draft);
      const saves = recordSaves(el);
      // At once: the stock of the line is still being looked up, and Save waits for it.
      button(el, 'Save')!.click();
      await until(() => $(el, '[part="problems"]'), 'no problems listed');
      expect(saves).to.have.length(0);
      expect(el.open).to.equal(true);
      expect($$(el, '[part="problems"] li').map((li) => text(li))).to.deep.equal([
        'Canvas Tote Bag: Only 6 can be ordered: 6 available now and 0 expected.',
      ]);
      const quantity = $<HTMLInputElement>(lineEditor(el), `[data-path="lines.${draft.lines[0]!.id}.quantity"]`)!;
      expect(focusName()).to.equal(describeElement(quantity));
      expect(quantity.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();

      quantity.value = '6';
      quantity.dispatchEvent(new Event('change'));
      const saved = nextEvent(el, 'order-details-change');
      button(el, 'Save')!.click();
      expect((await saved).draft.lines[0]!.quantity).to.equal(6);
    });

    it('closes and fires order-details-change with the draft as edited', async () => {
      const { el, opener } = await open();
      await addCouponCode(el, 'SAVE10');
      const saved = nextEvent(el, 'order-details-change');
      button(el, 'Save')!.click();
      const event = await saved;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.draft.coupons).to.deep.equal(['SAVE10']);
      expect(event.draft.shippingMethodId).to.equal('ground');
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(el.draft).to.equal(event.draft);
      expect(focusName()).to.equal(describeElement(opener));
    });
  });
});
