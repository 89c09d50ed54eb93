import { expect } from '@open-wc/testing';
import {
  addCoupon,
  addLine,
  createDraft,
  removeLine,
  setCustomer,
  setLineFulfillment,
  setLineQuantity,
  setShippingMethod,
} from '../../src/model/draft.js';
import { money } from '../../src/model/money.js';
import { diffPricing, pricingCauses } from '../../src/model/pricing-diff.js';
import type { OrderDraft, Pricing } from '../../src/model/types.js';
import { ada, address, caSite, NOW, pickupDowntown, shoeLine, toteLine, usSite } from './fixtures.js';

const usd = (amount: number) => money(amount, 'USD');

function pricing(overrides: Partial<Pricing> = {}): Pricing {
  return {
    currency: 'USD',
    lines: [],
    subtotal: usd(10000),
    discounts: [],
    coupons: [],
    orderAdjustment: usd(0),
    shipping: usd(795),
    shippingAdjustment: usd(0),
    shippingBreakdown: [],
    handling: usd(0),
    handlingBreakdown: [],
    tax: usd(890),
    taxBreakdown: [],
    duty: usd(0),
    dutyBreakdown: [],
    total: usd(11685),
    ...overrides,
  };
}

function draft(): OrderDraft {
  let d = createDraft({ id: 'd', site: usSite, now: NOW });
  d = setCustomer(d, ada(), NOW);
  d = addLine(d, toteLine({ quantity: 2 }), NOW);
  return setShippingMethod(d, 'ground', NOW);
}

describe('pricingCauses', () => {
  it('finds nothing between a draft and itself', () => {
    expect(pricingCauses(draft(), draft())).to.deep.equal([]);
  });

  it('names added or removed items, quantities and fulfillment separately', () => {
    const before = addLine(draft(), shoeLine(), NOW);
    expect(pricingCauses(draft(), before)).to.deep.equal(['items']);
    expect(pricingCauses(before, removeLine(before, 'line-shoe', NOW))).to.deep.equal(['items']);
    expect(pricingCauses(before, setLineQuantity(before, 'line-tote', 3, NOW))).to.deep.equal(['quantity']);
    expect(pricingCauses(before, setLineFulfillment(before, 'line-tote', pickupDowntown, NOW))).to.deep.equal([
      'fulfillment',
    ]);
  });

  it('names a new default shipping address, coupons and the shipping method in a fixed order', () => {
    const moved = setCustomer(
      draft(),
      ada({ addresses: [address({ postalCode: '10001', region: 'NY', city: 'New York' })] }),
      NOW,
    );
    const after = setShippingMethod(addCoupon(moved, 'save10', NOW), '2-day', NOW);
    expect(pricingCauses(draft(), after)).to.deep.equal(['shipping-method', 'shipping-address', 'coupons']);
  });

  it('ignores edits that cannot move a total (notes, gift message, a coupon typed in another case)', () => {
    const before = addCoupon(draft(), 'SAVE10', NOW);
    const after = { ...before, customerNotes: 'Leave at the door', giftMessage: 'Happy birthday', coupons: ['save10'] };
    expect(pricingCauses(before, after)).to.deep.equal([]);
  });
});

describe('diffPricing', () => {
  it('explains a tax change by the shipping address', () => {
    const before = { draft: draft(), pricing: pricing() };
    const moved = setCustomer(draft(), ada({ addresses: [address({ region: 'NY' })] }), NOW);
    const after = { draft: moved, pricing: pricing({ tax: usd(1300), total: usd(12095) }) };
    expect(diffPricing(before, after)).to.deep.equal({
      total: usd(410),
      deltas: [{ component: 'tax', amount: usd(410), causes: ['shipping-address'] }],
    });
  });

  it('gives a new coupon its own line, negative, without a further cause, and tax follows the coupons', () => {
    const before = { draft: draft(), pricing: pricing() };
    const after = {
      draft: addCoupon(draft(), 'SAVE10', NOW),
      pricing: pricing({
        discounts: [{ label: '10% off', code: 'SAVE10', amount: usd(1000) }],
        tax: usd(808),
        total: usd(10603),
      }),
    };
    const change = diffPricing(before, after);
    expect(change?.total).to.deep.equal(usd(-1082));
    expect(change?.deltas).to.deep.equal([
      { component: 'discount', amount: usd(-1000), code: 'SAVE10', causes: [] },
      { component: 'tax', amount: usd(-82), causes: ['coupons'] },
    ]);
  });

  it('credits a discount that grew with the subtotal to the edit that grew it', () => {
    const base = addCoupon(draft(), 'SAVE10', NOW);
    const before = {
      draft: base,
      pricing: pricing({ discounts: [{ label: '10% off', code: 'SAVE10', amount: usd(1000) }], total: usd(10685) }),
    };
    const after = {
      draft: setLineQuantity(base, 'line-tote', 4, NOW),
      pricing: pricing({
        subtotal: usd(20000),
        discounts: [{ label: '10% off', code: 'SAVE10', amount: usd(2000) }],
        total: usd(19685),
      }),
    };
    expect(diffPricing(before, after)?.deltas).to.deep.equal([
      { component: 'subtotal', amount: usd(10000), causes: ['quantity'] },
      { component: 'discount', amount: usd(-1000), code: 'SAVE10', causes: ['quantity'] },
    ]);
  });

  it('reports a removed coupon and a promotion without code by its label', () => {
    const base = addCoupon(draft(), 'SAVE10', NOW);
    const before = {
      draft: base,
      pricing: pricing({ discounts: [{ label: '10% off', code: 'SAVE10', amount: usd(1000) }], total: usd(10685) }),
    };
    const after = {
      draft: { ...base, coupons: [] },
      pricing: pricing({ discounts: [{ label: 'Winter sale', amount: usd(500) }], total: usd(11185) }),
    };
    expect(diffPricing(before, after)?.deltas).to.deep.equal([
      { component: 'discount', amount: usd(-500), label: 'Winter sale', causes: [] },
      { component: 'discount', amount: usd(1000), code: 'SAVE10', causes: [] },
    ]);
  });

  it('explains shipping and its adjustment, handling and duty by the edits that can move them', () => {
    const before = { draft: draft(), pricing: pricing() };
    const next = setShippingMethod(draft(), '2-day', NOW);
    const after = {
      draft: { ...next, shippingAdjustment: { kind: 'amount' as const, amount: usd(200), reason: 'Goodwill' } },
      pricing: pricing({
        shipping: usd(1495),
        shippingAdjustment: usd(200),
        handling: usd(150),
        duty: usd(30),
        total: usd(11865),
      }),
    };
    expect(diffPricing(before, after)?.deltas).to.deep.equal([
      { component: 'shipping', amount: usd(700), causes: ['shipping-method'] },
      { component: 'shipping-adjustment', amount: usd(-200), causes: ['shipping-method', 'shipping-adjustment'] },
      { component: 'handling', amount: usd(150), causes: [] },
      { component: 'duty', amount: usd(30), causes: [] },
    ]);
  });

  it('reports the order adjustment as a reduction', () => {
    const before = { draft: draft(), pricing: pricing() };
    const after = {
      draft: { ...draft(), orderAdjustment: { kind: 'percent' as const, basisPoints: 500, reason: 'Loyal customer' } },
      pricing: pricing({ orderAdjustment: usd(500), total: usd(11185) }),
    };
    expect(diffPricing(before, after)).to.deep.equal({
      total: usd(-500),
      deltas: [{ component: 'order-adjustment', amount: usd(-500), causes: ['order-adjustment'] }],
    });
  });

  it('answers a zero change when nothing moved', () => {
    expect(diffPricing({ draft: draft(), pricing: pricing() }, { draft: draft(), pricing: pricing() })).to.deep.equal({
      total: usd(0),
      deltas: [],
    });
  });

  it('answers null for answers in different currencies', () => {
    const cad = createDraft({ id: 'd', site: caSite, now: NOW });
    const after = { draft: cad, pricing: { ...pricing(), currency: 'CAD', total: money(100, 'CAD') } };
    expect(diffPricing({ draft: draft(), pricing: pricing() }, after)).to.equal(null);
  });
});
