import { expect } from '@open-wc/testing';
import {
  addCoupon,
  addLine,
  adoptPricing,
  createDraft,
  isPricingIn,
  orderCoupons,
  setPriceList,
} from '../../src/model/draft.js';
import { money } from '../../src/model/money.js';
import type { CouponResult, OrderDraft, Pricing } from '../../src/model/types.js';
import { zeroPricing } from '../support/pricing.js';

const usd = (amount: number) => money(amount, 'USD');
const NOW = new Date('2026-11-26T14:00:00Z');
const LATER = new Date('2026-11-26T14:05:00Z');

function draft(): OrderDraft {
  let d = createDraft({
    id: 'd',
    now: NOW,
    site: {
      id: 'us',
      name: 'US Store',
      currency: 'USD',
      locale: 'en-US',
      customerSetId: 'retail',
      customerSetName: 'Retail',
    },
  });
  d = addLine(
    d,
    {
      id: 'line-tote',
      productId: 'canvas-tote',
      productName: 'Canvas Tote Bag',
      code: 'CTB-200',
      unitPrice: usd(2499),
    },
    NOW,
  );
  return addCoupon(addCoupon(d, 'EXPIRED', NOW), 'SAVE10', NOW);
}

function answer(unit: number, coupons: CouponResult[]): Pricing {
  return zeroPricing({
    lines: [{ lineId: 'line-tote', unitPrice: usd(unit), adjustedUnitPrice: usd(unit), total: usd(unit) }],
    subtotal: usd(unit),
    coupons,
    total: usd(unit),
  });
}

const expired: CouponResult = {
  code: 'EXPIRED',
  status: 'rejected',
  reason: 'expired',
  message: 'EXPIRED has expired.',
};
const save10: CouponResult = { code: 'SAVE10', status: 'accepted', discount: usd(225) };

describe('adoptPricing', () => {
  it('takes the answer’s unit prices (clearing needsRepricing) and the rejected codes out', () => {
    const before = setPriceList(draft(), 'vip', NOW);
    expect(before.lines[0]!.needsRepricing).to.equal(true);
    const { draft: after, rejected } = adoptPricing(before, answer(2249, [expired, save10]), LATER);
    expect(after.lines[0]!.unitPrice).to.deep.equal(usd(2249));
    expect(after.lines[0]!.needsRepricing).to.equal(undefined);
    expect(after.coupons).to.deep.equal(['SAVE10']);
    expect(rejected).to.deep.equal([expired]);
    expect(after.updatedAt).to.equal(LATER.toISOString());
  });

  it('gives the draft itself when the answer changes nothing, and ignores an answer in another currency', () => {
    const same = { ...draft(), coupons: ['SAVE10'] };
    expect(adoptPricing(same, answer(2499, [save10])).draft).to.equal(same);
    const cad = { ...answer(3299, [expired]), currency: 'CAD' };
    const d = draft();
    expect(adoptPricing(d, cad).draft).to.equal(d);
  });

  it('never throws for an answer with an amount in another currency than the draft: it ignores it (a CAD line on a USD draft)', () => {
    const d = setPriceList(draft(), 'vip', NOW);
    const good = answer(2249, [expired, save10]);
    const cadLine = { ...good, lines: [{ ...good.lines[0]!, unitPrice: money(2249, 'CAD') }] };
    const cadDiscount = { ...good, coupons: [expired, { ...save10, discount: money(225, 'CAD') }] };
    const notMoney = { ...good, tax: { amount: 1.5, currency: 'USD' } };
    for (const bad of [cadLine, cadDiscount, notMoney]) {
      expect(adoptPricing(d, bad)).to.deep.equal({ draft: d, rejected: [] });
    }
  });
});

describe('isPricingIn', () => {
  it('is true only when every amount is valid money in the currency, and never throws', () => {
    const good = answer(2249, [expired, save10]);
    expect(isPricingIn(good, 'USD')).to.equal(true);
    expect(isPricingIn(good, 'CAD')).to.equal(false);
    expect(
      isPricingIn({ ...good, handlingBreakdown: [{ label: 'Handling', amount: money(150, 'CAD') }] }, 'USD'),
    ).to.equal(false);
    expect(isPricingIn({ ...good, coupons: [{ ...expired, minimumSubtotal: money(20000, 'CAD') }] }, 'USD')).to.equal(
      false,
    );
    expect(isPricingIn({ ...good, total: { amount: '22.49', currency: 'USD' } } as unknown as Pricing, 'USD')).to.equal(
      false,
    );
    expect(isPricingIn({ ...good, discounts: [{ label: 'x', amount: money(100, 'CAD') }] }, 'USD')).to.equal(false);
    expect(isPricingIn(null as unknown as Pricing, 'USD')).to.equal(false);
  });
});

describe('orderCoupons', () => {
  it('lists the draft’s codes less those the answer rejected', () => {
    expect(orderCoupons(draft(), answer(2499, [expired, save10]))).to.deep.equal(['SAVE10']);
    expect(orderCoupons(draft(), null)).to.deep.equal(['EXPIRED', 'SAVE10']);
  });
});
