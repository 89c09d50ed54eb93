// The counterexamples the property tests found, each kept as a plain test of the fix it led to.
import { expect } from '@open-wc/testing';
import {
  addLine,
  addPayment,
  createDraft,
  parseDraft,
  repriceLines,
  serializeDraft,
  setLineAdjustment,
  setLineFulfillment,
  setLineQuantity,
  setOrderAdjustment,
  setShippingMethod,
  updateLine,
} from '../../../src/model/draft.js';
import { money } from '../../../src/model/money.js';
import { allocateToLines, previewTotals } from '../../../src/model/totals.js';
import type { OrderDraft, Pricing } from '../../../src/model/types.js';
import { NOW, toteLine, usSite } from '../fixtures.js';
import { pricingShell } from './draft-arbitraries.js';

/** A US draft with two totes shipped (2 × 25.00) by ground. */
function draft(): OrderDraft {
  let d = createDraft({ id: 'd', site: usSite, now: NOW });
  d = addLine(d, toteLine({ quantity: 2 }), NOW);
  d = setLineFulfillment(d, 'line-tote', { kind: 'ship', locationId: null, locationName: null }, NOW);
  return setShippingMethod(d, 'ground', NOW);
}

describe('property counterexamples, fixed', () => {
  describe('draft JSON round trip', () => {
    it('stores a quantity of −0 (what Number("-0") gives) as 0, so the draft reads back equal to itself', () => {
      // Found: setLineQuantity(draft, id, -0) kept −0, which JSON writes as 0.
      for (const edited of [
        setLineQuantity(draft(), 'line-tote', -0, NOW),
        updateLine(draft(), 'line-tote', { quantity: -0 }, NOW),
        addLine(createDraft({ id: 'd', site: usSite, now: NOW }), toteLine({ quantity: -0 }), NOW),
      ]) {
        expect(Object.is(edited.lines[0]!.quantity, 0)).to.equal(true);
        expect(parseDraft(serializeDraft(edited))).to.deep.equal(edited);
      }
    });

    it('refuses basis points that are not a safe integer (5e-324, 12.5, NaN) instead of storing a draft that cannot be saved', () => {
      // Found: setOrderAdjustment took 5e-324 basis points; serializeDraft then threw a DraftParseError.
      for (const basisPoints of [5e-324, 12.5, Number.NaN, Infinity, 2 ** 53]) {
        expect(() => setOrderAdjustment(draft(), { kind: 'percent', basisPoints, reason: 'Loyalty' }, NOW)).to.throw(
          RangeError,
          /Basis points must be an integer/,
        );
      }
      const minusZero = setOrderAdjustment(draft(), { kind: 'percent', basisPoints: -0, reason: 'Loyalty' }, NOW);
      expect(parseDraft(serializeDraft(minusZero))).to.deep.equal(minusZero);
      const tenPercent = setOrderAdjustment(draft(), { kind: 'percent', basisPoints: 1000, reason: 'Loyalty' }, NOW);
      expect(tenPercent.orderAdjustment).to.deep.equal({ kind: 'percent', basisPoints: 1000, reason: 'Loyalty' });
    });
  });

  describe('payments', () => {
    it('keeps a custom field the backend named "__proto__" (it was assigned, setting the prototype, and lost)', () => {
      // Found: addPayment with fields {"__proto__": ""} kept {}.
      const fields = Object.fromEntries([
        ['__proto__', 'PO-7'],
        ['Buyer', 'Ann'],
      ]);
      const amount = money(500, 'USD');
      const d = addPayment(draft(), { id: 'po', typeId: 'po', kind: 'purchase-order', amount, fields }, NOW);
      expect(Object.entries(d.payments[0]!.fields!)).to.deep.equal([
        ['__proto__', 'PO-7'],
        ['Buyer', 'Ann'],
      ]);
      expect(Object.getPrototypeOf(d.payments[0]!.fields)).to.equal(Object.prototype);
      const back = parseDraft(serializeDraft(d));
      expect(Object.entries(back.payments[0]!.fields!)).to.deep.equal(Object.entries(fields));
    });
  });

  describe('totals preview', () => {
    const usd = (amount: number) => money(amount, 'USD');

    it('goes without an answer whose duty (9007199251032173, a safe integer) takes the total one unit out of range', () => {
      // Found: 41 × 904.59 and a duty of 9007199251032173 make 2^53; previewTotals threw
      // "Money amount out of range" (in the builder's render, while pricing was pending).
      let d = createDraft({ id: 'd', site: usSite, now: NOW });
      d = addLine(d, toteLine({ quantity: 41, unitPrice: usd(90459) }), NOW);
      const answer: Pricing = { ...pricingShell('USD'), duty: usd(9007199251032173) };
      const t = previewTotals(d, answer);
      expect(t.subtotal).to.deep.equal(usd(3708819));
      expect(t.duty).to.deep.equal(usd(0));
      expect(t.total).to.deep.equal(usd(3708819));
      expect(t.estimated).to.equal(true);
      // One unit less fits, and is shown.
      const fits = previewTotals(d, { ...answer, duty: usd(9007199251032172) });
      expect(fits.total).to.deep.equal(usd(Number.MAX_SAFE_INTEGER));
      expect(fits.estimated).to.equal(false);
    });

    it('goes without a shipping rate of 2^53 − 1, keeping an answer that fits', () => {
      const rate = usd(Number.MAX_SAFE_INTEGER);
      const answer: Pricing = { ...pricingShell('USD'), tax: usd(400), shipping: usd(795) };
      const t = previewTotals(draft(), answer, [{ id: 'ground', name: 'Ground', rate }]);
      // Without the rate, the answer's own shipping and its tax are kept.
      expect(t.shipping).to.deep.equal(usd(795));
      expect(t.tax).to.deep.equal(usd(400));
      expect(t.total).to.deep.equal(usd(5000 + 795 + 400));
      const ok = previewTotals(draft(), answer, [{ id: 'ground', name: 'Ground', rate: usd(1495) }]);
      expect(ok.shipping).to.deep.equal(usd(1495));
      expect(ok.estimated).to.equal(false);
    });

    it('keeps a rate that fits when the answer is what does not', () => {
      const answer: Pricing = { ...pricingShell('USD'), tax: usd(Number.MAX_SAFE_INTEGER) };
      const t = previewTotals(draft(), answer, [{ id: 'ground', name: 'Ground', rate: usd(795) }]);
      expect(t.shipping).to.deep.equal(usd(795));
      expect(t.tax).to.deep.equal(usd(0));
      expect(t.total).to.deep.equal(usd(5795));
      expect(t.estimated).to.equal(true);
    });

    it('goes without an answer whose discounts add up beyond the range (ten of 10^15)', () => {
      const discounts = Array.from({ length: 10 }, (_, i) => ({ label: `Promo ${i}`, amount: usd(10 ** 15) }));
      const t = previewTotals(draft(), { ...pricingShell('USD'), discounts });
      expect(t.discounts).to.deep.equal(usd(0));
      expect(t.total).to.deep.equal(usd(5000));
      expect(t.estimated).to.equal(true);
    });

    it('caps an order percentage of 40363515696660 basis points at the merchandise instead of overflowing', () => {
      // Found: 24 × 929.80 with that percentage: percentage() left the safe range before the cap.
      let d = createDraft({ id: 'd', site: usSite, now: NOW });
      d = addLine(d, toteLine({ quantity: 24, unitPrice: usd(92980) }), NOW);
      d = setOrderAdjustment(d, { kind: 'percent', basisPoints: 40363515696660, reason: 'VIP' }, NOW);
      const t = previewTotals(d);
      expect(t.orderAdjustment).to.deep.equal(usd(24 * 92980));
      expect(t.total).to.deep.equal(usd(0));
      // −10099 bp (below zero) takes nothing off, as before.
      const negative = setOrderAdjustment(d, { kind: 'percent', basisPoints: -10099, reason: 'VIP' }, NOW);
      expect(previewTotals(negative).orderAdjustment).to.deep.equal(usd(0));
    });

    it('leaves out a line whose total left the safe range when "Remove" dropped its adjustment (10 × 10^15)', () => {
      // Found: a unit-price adjustment to 0, quantity 10, a new price of 10^15 from pricing, then the
      // adjustment removed: 10^16, and previewTotals and allocateToLines threw.
      let d = createDraft({ id: 'd', site: usSite, now: NOW });
      d = addLine(d, toteLine({ id: 'big', quantity: 1, unitPrice: usd(0) }), NOW);
      d = addLine(d, toteLine({ id: 'small', quantity: 2, unitPrice: usd(2500) }), NOW);
      d = setLineAdjustment(d, 'big', { kind: 'unit-price', unitPrice: usd(0), reason: 'Display model' }, NOW);
      d = setLineQuantity(d, 'big', 10, NOW);
      d = repriceLines(d, { big: usd(10 ** 15) }, NOW);
      d = setLineAdjustment(d, 'big', null, NOW);
      const t = previewTotals(d);
      expect(t.unpricedLineIds).to.deep.equal(['big']);
      expect(t.subtotal).to.deep.equal(usd(5000));
      expect(t.estimated).to.equal(true);
      expect(allocateToLines(d, usd(100))).to.deep.equal({ small: usd(100) });
    });

    it('still throws for a draft without a site', () => {
      expect(() => previewTotals(createDraft({ id: 'd', now: NOW }))).to.throw(RangeError, /no currency/);
    });
  });
});
