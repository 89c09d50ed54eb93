import { expect } from '@open-wc/testing';
import { addCoupon, setPriceList } from '../../../src/model/draft.js';
import { buildDraft, LOCATIONS, pickupAt, PRODUCTS, VARIANTS } from '../../support/fixtures.js';
import { lineEditor, totals } from '../../support/harness/order-details-dialog.js';
import { $, $$, button, control, text } from '../../support/dom.js';
import { cells, fulfillment, namedButton, tableRows } from '../../support/harness/line-item-editor.js';
import { until } from '../../support/wait.js';
import { usd, settled, useDialogSuite } from './order-details-dialog-support.js';

describe('<order-details-dialog>', () => {
  const { mock, open, addCouponCode } = useDialogSuite();

  describe('Shipping Method', () => {
    it('lists the rates the adapter gives for the draft, below the line items', async () => {
      const { el } = await open(buildDraft(mock.backend, { shippingMethodId: null }));
      const select = await until(() => control<HTMLSelectElement>(el, 'Shipping Method'), 'no Shipping Method');
      expect([...select.options].map((o) => text(o))).to.deep.equal([
        'Choose a shipping method',
        'Ground · $7.95',
        '2-Day · $14.95',
        'Overnight · $29.95',
      ]);
      expect(lineEditor(el).compareDocumentPosition(select) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(mock.backend.requestsFor('getShippingMethods')).to.have.length(1);
      select.value = '2-day';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.draft.shippingMethodId).to.equal('2-day');
      const shown = await settled(el);
      expect(shown['Shipping']).to.equal('$14.95');
      await expect(el).to.be.accessible();
    });

    it('asks for the rates again when the lines change', async () => {
      const { el } = await open();
      await until(() => control(el, 'Shipping Method'), 'no Shipping Method');
      const quantity = $<HTMLInputElement>(lineEditor(el), 'input[type="number"]')!;
      quantity.value = '3';
      quantity.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await until(() => mock.backend.requestsFor('getShippingMethods').length === 2, 'the rates were not asked again');
    });

    it('clears a method that no longer applies, with a message, when nothing ships any more', async () => {
      const { el } = await open();
      await until(() => control(el, 'Shipping Method'), 'no Shipping Method');
      const lineId = el.draft.lines[0]!.id;
      $<HTMLButtonElement>(lineEditor(el), `[data-path="lines.${lineId}.fulfillment"]`)!.click();
      (await fulfillment(lineEditor(el), 'Pickup: Downtown Store')).click();
      await until(() => el.draft.shippingMethodId === null, 'the method was not cleared');
      await el.updateComplete;
      expect(control(el, 'Shipping Method')).to.equal(null);
      expect(text($(el, '.warning[role="status"]'))).to.equal('Ground no longer applies and was cleared.');
      await expect(el).to.be.accessible();
    });
  });

  describe('coupons', () => {
    it('shows an accepted coupon with its discount, and the totals take it', async () => {
      const { el } = await open();
      await settled(el);
      await addCouponCode(el, ' save10 ');
      expect(el.draft.coupons).to.deep.equal(['SAVE10']);
      const shown = await settled(el);
      const discount = mock.backend.priceOrder('us', el.draft).discounts[0]!.amount;
      expect(text($(el, '[part="coupons"] li'))).to.equal(`SAVE10 Accepted: -${usd(discount)} Remove`);
      expect(shown['Coupon SAVE10']).to.equal(`-${usd(discount)}`);
      expect(text($(el, '.totals [role="status"]'))).to.include(`-${usd(discount)} coupon SAVE10`);
      await expect(el).to.be.accessible();
    });

    it('shows a rejected coupon with the adapter’s reason', async () => {
      const { el } = await open();
      await addCouponCode(el, 'EXPIRED');
      await addCouponCode(el, 'BIGSPENDER');
      await settled(el);
      expect($$(el, '[part="coupons"] li').map((li) => text(li))).to.deep.equal([
        'EXPIRED Rejected: EXPIRED has expired. Remove',
        'BIGSPENDER Rejected: BIGSPENDER needs a subtotal of at least $200.00. Remove',
      ]);
      await expect(el).to.be.accessible();
    });

    it('removes a coupon', async () => {
      const { el } = await open(addCoupon(buildDraft(mock.backend), 'SAVE10'));
      const remove = namedButton(el, 'Remove SAVE10')!;
      expect(text(remove)).to.equal('Remove');
      remove.click();
      await el.updateComplete;
      expect(el.draft.coupons).to.deep.equal([]);
    });
  });

  describe('price list', () => {
    it('lists the adapter’s price lists; changing it re-prices the lines', async () => {
      const { el } = await open(
        buildDraft(mock.backend, {
          lines: [
            {
              productId: PRODUCTS.trailRunner.id,
              variantId: VARIANTS.trailRunner9Blue.id,
              fulfillment: pickupAt(LOCATIONS.downtown),
            },
          ],
        }),
      );
      const select = await until(() => control<HTMLSelectElement>(el, 'Price list'), 'no price lists');
      expect([...select.options].map((o) => text(o))).to.deep.equal(['List prices', 'VIP', 'Employee']);
      select.value = 'vip';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await until(
        () => el.draft.lines[0]!.unitPrice.amount === 8099 && !el.draft.lines[0]!.needsRepricing,
        'not re-priced',
      );
      await lineEditor(el).updateComplete;
      expect(cells(tableRows(lineEditor(el))[0]!)[2]).to.equal('$80.99');
      expect(el.draft.priceListId).to.equal('vip');
      await settled(el);
    });
  });

  describe('totals', () => {
    it('shows the adapter’s figures, each of shipping, handling, tax and duty expanding to its breakdown', async () => {
      const draft = buildDraft(mock.backend, {
        lines: [
          { productId: PRODUCTS.canvasTote.id, quantity: 2 },
          { productId: PRODUCTS.waterBottle.id, fulfillment: pickupAt(LOCATIONS.uptown) },
        ],
      });
      const { el } = await open(draft);
      const shown = await settled(el);
      const p = mock.backend.priceOrder('us', draft);
      expect(shown).to.deep.equal({
        Subtotal: usd(p.subtotal),
        Shipping: usd(p.shipping),
        Handling: usd(p.handling),
        Tax: usd(p.tax),
        Duty: usd(p.duty),
        Total: usd(p.total),
      });
      const tax = $$<HTMLDetailsElement>(el, 'details').find((d) =>
        text(d.querySelector('summary')).startsWith('Tax'),
      )!;
      expect(tax.open).to.equal(false);
      tax.querySelector('summary')!.click();
      expect(tax.open).to.equal(true);
      expect($$(tax, 'li').map((li) => text(li))).to.deep.equal(
        p.taxBreakdown.map((b) => `${b.label} ${usd(b.amount)}`),
      );
      await expect(el).to.be.accessible();
    });

    it('expands shipping, handling and duty to their breakdowns too, for an order shipped to Canada', async () => {
      // Frederick ships to Toronto: the shoe shipped pays Canadian tax and duty; the bottle picked up
      // in Austin pays its handling.
      const draft = buildDraft(mock.backend, {
        customerId: 'frederick',
        lines: [
          { productId: PRODUCTS.trailRunner.id, variantId: VARIANTS.trailRunner10Black.id, quantity: 2 },
          { productId: PRODUCTS.waterBottle.id, quantity: 3, fulfillment: pickupAt(LOCATIONS.uptown) },
        ],
      });
      const { el } = await open(draft);
      await settled(el);
      const p = mock.backend.priceOrder('us', draft);
      const breakdowns = {
        Shipping: p.shippingBreakdown,
        Handling: p.handlingBreakdown,
        Tax: p.taxBreakdown,
        Duty: p.dutyBreakdown,
      };
      for (const [label, items] of Object.entries(breakdowns)) {
        expect(items, label).not.to.be.empty;
        const details = $$<HTMLDetailsElement>(el, 'details').find((d) =>
          text(d.querySelector('summary')).startsWith(label),
        )!;
        expect(text(details.querySelector('summary')), label).to.equal(
          `${label} ${usd(p[label.toLowerCase() as 'tax'])}`,
        );
        expect(details.open, label).to.equal(false);
        details.querySelector('summary')!.click();
        expect(details.open, label).to.equal(true);
        expect(
          $$(details, 'li').map((li) => text(li)),
          label,
        ).to.deep.equal(items.map((b) => `${b.label} ${usd(b.amount)}`));
      }
      expect($$(el, 'details li').map((li) => text(li))).to.include.members([
        'Trail Runner Shoe: Canada duty 6% $10.80',
        'Insulated Water Bottle: handling $4.50',
        'Ground $7.95',
      ]);
      await expect(el).to.be.accessible();
    });

    it('says it is recalculating while the answer is in flight', async () => {
      const release = mock.scenario.holdNext('priceOrder');
      const { el } = await open();
      await until(() => $(el, '.totals[aria-busy="true"]'), 'not busy');
      expect(text($(el, '.totals [role="status"]'))).to.equal('Recalculating…');
      await expect(el).to.be.accessible();
      release();
      await settled(el);
      expect(text($(el, '.totals [role="status"]'))).to.equal('');
    });

    it('drops a stale answer that arrives after a newer one', async () => {
      const release = mock.scenario.holdNext('priceOrder');
      const { el } = await open();
      await until(() => mock.backend.requestsFor('priceOrder').length === 1, 'not asked');
      await addCouponCode(el, 'SAVE10');
      const shown = await settled(el);
      release();
      await el.updateComplete;
      expect(totals(el)).to.deep.equal(shown);
      expect(shown['Coupon SAVE10']).to.match(/^-\$/);
    });

    it('shows an error with Retry when the draft cannot be priced', async () => {
      mock.scenario.failNext('priceOrder', 422);
      const { el } = await open();
      const alert = await until(() => $(el, '.totals [role="alert"]'), 'no error');
      expect(text(alert)).to.include('Retry');
      await expect(el).to.be.accessible();
      button(alert, 'Retry')!.click();
      await settled(el);
    });
  });

  it('re-prices the lines when opened on a draft whose price list changed', async () => {
    const { el } = await open(setPriceList(buildDraft(mock.backend), 'employee'));
    await until(() => el.draft.lines[0]!.unitPrice.amount === 1749, 'not re-priced');
  });
});
