// A guard on the arbitraries themselves: a property over drafts that never have two lines, a
// discount or a shipped line would pass without proving anything. 300 scenarios from a fixed seed
// (so that this count is the same on every run) must reach each state the properties are about.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDraft, serializeDraft } from '../../../src/model/draft.js';
import { previewTotals } from '../../../src/model/totals.js';
import { draftArb, pricingArb, shippingMethodsArb, unguardedDraftArb } from './draft-arbitraries.js';

describe('property test arbitraries', () => {
  it('reach the states the draft and totals properties are about', () => {
    const scenarios = fc.sample(
      fc
        .oneof(draftArb, unguardedDraftArb)
        .chain(({ draft, sites }) =>
          fc.tuple(
            fc.constant(draft),
            fc.option(pricingArb(draft, sites), { nil: null }),
            shippingMethodsArb(draft, sites),
          ),
        ),
      { numRuns: 300, seed: 12 },
    );
    const reached = new Map<string, number>();
    const count = (state: string, yes: boolean): void => {
      if (yes) reached.set(state, (reached.get(state) ?? 0) + 1);
    };
    for (const [draft, pricing, methods] of scenarios) {
      const t = previewTotals(draft, pricing, methods);
      count('2+ lines', draft.lines.length >= 2);
      count('5+ lines', draft.lines.length >= 5);
      count(
        'a line adjustment',
        draft.lines.some((l) => l.adjustment !== null),
      );
      count(
        'a line awaiting its price',
        draft.lines.some((l) => l.needsRepricing === true),
      );
      count(
        'a quantity that is not a whole number',
        draft.lines.some((l) => !Number.isInteger(l.quantity)),
      );
      count('a customer', draft.customer !== null);
      count('a coupon', draft.coupons.length > 0);
      count('a payment', draft.payments.length > 0);
      count(
        'a card payment',
        draft.payments.some((p) => p.card !== undefined),
      );
      count(
        'a draft in JPY, KWD or another 0/3-decimal currency',
        ['JPY', 'KWD', 'BHD', 'CLP'].includes(draft.currency!),
      );
      count('discounts', t.discounts.amount > 0);
      count('discounts capped at the subtotal', t.discounts.amount > 0 && t.discounts.amount === t.subtotal.amount);
      count('an order adjustment', t.orderAdjustment.amount > 0);
      count('shipping', t.shipping.amount > 0);
      count('a shipping adjustment', t.shippingAdjustment.amount > 0);
      count('tax', t.tax.amount > 0);
      count('a total of zero with merchandise', t.total.amount === 0 && t.subtotal.amount > 0);
      count('a balance due below the total', t.balanceDue.amount < t.total.amount);
      count('an unpriced line', t.unpricedLineIds.length > 0);
      count('a total above 10^14', t.total.amount > 10 ** 14);
      // The JSON round trip is tried on these same drafts.
      count('a draft that round-trips', JSON.stringify(parseDraft(serializeDraft(draft))) === serializeDraft(draft));
    }
    const states = [...reached.keys()];
    expect(states).to.have.length(21);
    for (const [state, n] of reached) expect(n, state).to.be.at.least(3);
  });
});
