import { expect, fixture, html } from '@open-wc/testing';
import { buildDraft, SITES } from '../../support/fixtures.js';
import { totals } from '../../support/harness/order-details-dialog.js';
import { $, $$, button, control, text } from '../../support/dom.js';
import { until } from '../../support/wait.js';
import { usd, settled, useDialogSuite } from './order-details-dialog-support.js';

describe('<order-details-dialog>', () => {
  const { mock, open } = useDialogSuite();

  describe('notes, gift message and adjustments', () => {
    it('takes an order adjustment in percent and a shipping adjustment, each with its reason', async () => {
      const { el } = await open();
      await settled(el);
      control<HTMLSelectElement>(el, 'Type')!.value = 'percent';
      const amounts = $$<HTMLInputElement>(el, 'input[id$="-amount"]');
      const reasons = $$<HTMLInputElement>(el, 'input[id$="-reason"]');
      amounts[0]!.value = '10';
      reasons[0]!.value = 'Loyal customer';
      reasons[0]!.dispatchEvent(new Event('change'));
      amounts[1]!.value = '2.00';
      reasons[1]!.value = 'Late delivery';
      reasons[1]!.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.draft.orderAdjustment).to.deep.equal({ kind: 'percent', basisPoints: 1000, reason: 'Loyal customer' });
      expect(el.draft.shippingAdjustment).to.deep.equal({
        kind: 'amount',
        amount: { amount: 200, currency: 'USD' },
        reason: 'Late delivery',
      });
      const shown = await settled(el);
      const p = mock.backend.priceOrder('us', el.draft);
      expect(shown['Order adjustment']).to.equal(`-${usd(p.orderAdjustment)}`);
      expect(shown['Shipping adjustment']).to.equal('-$2.00');
      await expect(el).to.be.accessible();
    });

    it('writes a percentage in the page’s locale and reads it back the same', async () => {
      // The page's language, not the site's, is the agent's (issue 9, item 5).
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="de-DE">
          <order-details-dialog .adapter=${mock.adapter} .site=${SITES.us}></order-details-dialog>
        </div>`,
      );
      const el = wrapper.querySelector('order-details-dialog')!;
      await el.show({
        ...buildDraft(mock.backend),
        orderAdjustment: { kind: 'percent', basisPoints: 1250, reason: 'Stammkunde' },
      });
      const amount = $<HTMLInputElement>(el, '#order-amount')!;
      expect(amount.value).to.equal('12,5');
      // Any change reads the fields again: the same 12.5 %, not 125 % nor an error.
      const reason = $<HTMLInputElement>(el, '#order-reason')!;
      reason.value = 'Treuer Kunde';
      reason.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(text(amount.closest('fieldset')!.querySelector('p.error'))).to.equal('');
      expect(el.draft.orderAdjustment).to.deep.equal({ kind: 'percent', basisPoints: 1250, reason: 'Treuer Kunde' });
      await until(() => !$(el, '[aria-busy="true"]') && totals(el)['Order adjustment'], 'not priced');
    });

    it('says when an adjustment is not an amount', async () => {
      const { el } = await open();
      const amount = $<HTMLInputElement>(el, '#shipping-amount')!;
      amount.value = 'lots';
      amount.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(text(amount.closest('fieldset')!.querySelector('p.error'))).to.equal('Enter an amount, like 10.00.');
      expect(el.draft.shippingAdjustment).to.equal(null);
    });

    it('refuses an adjustment amount beyond what an order can hold, at its field, and keeps rendering', async () => {
      const { el } = await open();
      for (const key of ['order', 'shipping']) {
        const amount = $<HTMLInputElement>(el, `#${key}-amount`)!;
        amount.value = '90071992547409.91';
        amount.dispatchEvent(new Event('change'));
        await el.updateComplete;
        expect(text(amount.closest('fieldset')!.querySelector('p.error'))).to.equal('Enter a smaller amount.');
      }
      expect(el.draft.orderAdjustment === null && el.draft.shippingAdjustment === null).to.equal(true);
      await settled(el);
      await expect(el).to.be.accessible();
      // Save lists them instead of saving.
      button(el, 'Save')!.click();
      await until(() => $(el, '[part="problems"]'), 'no problems listed');
      expect($$(el, '[part="problems"] li').map((li) => text(li))).to.include('Enter a smaller amount.');
      expect(el.open).to.equal(true);
    });

    it('keeps customer notes and the order gift message', async () => {
      const { el } = await open();
      const notes = control<HTMLTextAreaElement>(el, 'Customer notes')!;
      notes.value = 'Ring the bell twice';
      notes.dispatchEvent(new Event('change'));
      const gift = control<HTMLTextAreaElement>(el, 'Order gift message')!;
      gift.value = 'Congratulations!';
      gift.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.draft).to.deep.include({ customerNotes: 'Ring the bell twice', giftMessage: 'Congratulations!' });
    });
  });
});
