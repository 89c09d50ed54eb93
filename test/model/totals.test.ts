import { expect } from '@open-wc/testing';
import {
  addCoupon,
  addLine,
  addPayment,
  changeSite,
  createDraft,
  setLineAdjustment,
  setLineFulfillment,
  setLineQuantity,
  setOrderAdjustment,
  setShippingAdjustment,
  setShippingMethod,
} from '../../src/model/draft.js';
import { money, sum } from '../../src/model/money.js';
import { allocateToLines, previewTotals } from '../../src/model/totals.js';
import type { Money, OrderDraft, Pricing, ShippingMethod } from '../../src/model/types.js';
import { caSite, NOW, pickupDowntown, shoeLine, toteLine, usSite } from './fixtures.js';

const usd = (amount: number): Money => money(amount, 'USD');

const methods: ShippingMethod[] = [
  { id: 'ground', name: 'Ground', rate: usd(795) },
  { id: '2-day', name: '2-Day', rate: usd(1495) },
  { id: 'overnight', name: 'Overnight', rate: usd(2995) },
];

/** Two totes shipped (2 × 25.00) and one shoe picked up (120.00): subtotal 170.00. */
function draft(): OrderDraft {
  let d = createDraft({ id: 'd', site: usSite, now: NOW });
  d = addLine(d, toteLine({ quantity: 2 }), NOW);
  d = addLine(d, shoeLine(), NOW);
  return setShippingMethod(d, 'ground', NOW);
}

function pricing(overrides: Partial<Pricing> = {}): Pricing {
  const zero = usd(0);
  return {
    currency: 'USD',
    lines: [],
    subtotal: usd(17000),
    discounts: [],
    coupons: [],
    orderAdjustment: zero,
    shipping: usd(795),
    shippingAdjustment: zero,
    shippingBreakdown: [],
    handling: usd(200),
    handlingBreakdown: [],
    tax: usd(1469),
    taxBreakdown: [],
    duty: zero,
    dutyBreakdown: [],
    total: usd(19464),
    ...overrides,
  };
}

/** The rows of a preview add up to its total (when nothing is clamped at zero). */
function rowsAddUp(t: ReturnType<typeof previewTotals>): boolean {
  const signed = [
    t.subtotal.amount,
    -t.discounts.amount,
    -t.orderAdjustment.amount,
    t.shipping.amount,
    -t.shippingAdjustment.amount,
    t.handling.amount,
    t.tax.amount,
    t.duty.amount,
  ];
  return signed.reduce((a, b) => a + b, 0) === t.total.amount;
}

describe('totals preview', () => {
  it('sums the lines and the chosen method’s shipping, flagged as an estimate without pricing', () => {
    const t = previewTotals(draft(), null, methods);
    expect(t).to.deep.equal({
      currency: 'USD',
      subtotal: usd(17000),
      discounts: usd(0),
      orderAdjustment: usd(0),
      shipping: usd(795),
      shippingAdjustment: usd(0),
      handling: usd(0),
      tax: usd(0),
      duty: usd(0),
      total: usd(17795),
      paid: usd(0),
      balanceDue: usd(17795),
      estimated: true,
      unpricedLineIds: [],
    });
  });

  it('follows edits at once: quantity and line adjustments', () => {
    let d = setLineQuantity(draft(), 'line-tote', 3);
    d = setLineAdjustment(d, 'line-shoe', { kind: 'amount-off', amount: usd(2000), reason: 'Scuffed' });
    const t = previewTotals(d, null, methods);
    expect(t.subtotal).to.deep.equal(usd(7500 + 10000));
    expect(t.total).to.deep.equal(usd(17500 + 795));
  });

  it('takes handling, tax, duty and discounts from the last pricing answer', () => {
    const d = addCoupon(draft(), 'SAVE10');
    const t = previewTotals(
      d,
      pricing({
        discounts: [
          { label: 'SAVE10', code: 'SAVE10', amount: usd(1700) },
          { label: 'Holiday promotion', amount: usd(300) },
        ],
        coupons: [{ code: 'SAVE10', status: 'accepted', discount: usd(1700) }],
        duty: usd(150),
      }),
      methods,
    );
    expect(t.discounts).to.deep.equal(usd(2000)); // the coupon counted once, plus the promotion
    expect(t.handling).to.deep.equal(usd(200));
    expect(t.tax).to.deep.equal(usd(1469));
    expect(t.duty).to.deep.equal(usd(150));
    expect(t.total).to.deep.equal(usd(17000 - 2000 + 795 + 200 + 1469 + 150));
    expect(t.estimated).to.equal(false);
    expect(rowsAddUp(t)).to.equal(true);
  });

  it('counts an accepted coupon the answer lists only among coupons', () => {
    const d = addCoupon(draft(), 'SAVE10');
    const t = previewTotals(
      d,
      pricing({
        coupons: [
          { code: 'SAVE10', status: 'accepted', discount: usd(1700) },
          { code: 'EXPIRED', status: 'rejected', reason: 'expired', message: 'This coupon has expired.' },
        ],
      }),
      methods,
    );
    expect(t.discounts).to.deep.equal(usd(1700));
  });

  it('drops the discount of a coupon the agent has removed since', () => {
    const t = previewTotals(
      draft(),
      pricing({
        discounts: [{ label: 'SAVE10', code: 'SAVE10', amount: usd(1700) }],
        coupons: [{ code: 'SAVE10', status: 'accepted', discount: usd(1700) }],
      }),
      methods,
    );
    expect(t.discounts).to.deep.equal(usd(0));
  });

  it('ignores a pricing answer in another currency', () => {
    const t = previewTotals(draft(), pricing({ currency: 'CAD', tax: money(999, 'CAD') }), methods);
    expect(t.tax).to.deep.equal(usd(0));
    expect(t.estimated).to.equal(true);
  });

  it('applies an order adjustment by amount, capped at the merchandise', () => {
    let d = setOrderAdjustment(draft(), { kind: 'amount', amount: usd(1000), reason: 'Goodwill' });
    expect(previewTotals(d, null, methods).orderAdjustment).to.deep.equal(usd(1000));
    d = setOrderAdjustment(draft(), { kind: 'amount', amount: usd(99999), reason: 'Goodwill' });
    const t = previewTotals(d, null, methods);
    expect(t.orderAdjustment).to.deep.equal(usd(17000));
    expect(t.total).to.deep.equal(usd(795));
    expect(rowsAddUp(t)).to.equal(true);
  });

  it('applies an order percentage to the subtotal after discounts, rounded half away from zero', () => {
    let d = addCoupon(draft(), 'SAVE10');
    d = setOrderAdjustment(d, { kind: 'percent', basisPoints: 1250, reason: 'Manager approval' });
    const t = previewTotals(
      d,
      pricing({ discounts: [{ label: 'SAVE10', code: 'save10', amount: usd(1700) }] }),
      methods,
    );
    // 12.5% of 153.00 = 19.125 → 19.13
    expect(t.orderAdjustment).to.deep.equal(usd(1913));
    expect(rowsAddUp(t)).to.equal(true);
  });

  it('charges shipping only when a line ships and a method is chosen', () => {
    expect(previewTotals(setShippingMethod(draft(), null), null, methods).shipping).to.deep.equal(usd(0));
    const pickedUp = setLineFulfillment(draft(), 'line-tote', pickupDowntown);
    expect(previewTotals(pickedUp, pricing(), methods).shipping).to.deep.equal(usd(0));
    expect(previewTotals(setShippingMethod(draft(), 'overnight'), null, methods).shipping).to.deep.equal(usd(2995));
  });

  it('falls back to the answer’s shipping when the method’s rate is unknown', () => {
    expect(previewTotals(draft(), pricing({ shipping: usd(750) }), []).shipping).to.deep.equal(usd(750));
    expect(previewTotals(draft(), null, []).shipping).to.deep.equal(usd(0));
  });

  it('takes the shipping adjustment off the shipping, never more than it', () => {
    let d = setShippingAdjustment(draft(), { kind: 'amount', amount: usd(500), reason: 'Late last time' });
    expect(previewTotals(d, null, methods).shippingAdjustment).to.deep.equal(usd(500));
    d = setShippingAdjustment(draft(), { kind: 'amount', amount: usd(5000), reason: 'Free shipping' });
    const t = previewTotals(d, null, methods);
    expect(t.shippingAdjustment).to.deep.equal(usd(795));
    expect(t.total).to.deep.equal(usd(17000));
    expect(rowsAddUp(t)).to.equal(true);
  });

  it('caps discounts at the subtotal so the total never goes below zero', () => {
    const d = addCoupon(setShippingMethod(draft(), null), 'HUGE');
    const t = previewTotals(
      d,
      pricing({ discounts: [{ label: 'HUGE', code: 'HUGE', amount: usd(99999) }], handling: usd(0), tax: usd(0) }),
    );
    expect(t.discounts).to.deep.equal(usd(17000));
    expect(t.total).to.deep.equal(usd(0));
    expect(t.balanceDue).to.deep.equal(usd(0));
  });

  it('sums payments and the balance due, never below zero', () => {
    let d = addPayment(draft(), { id: 'a', typeId: 'check', kind: 'check', amount: usd(10000) });
    let t = previewTotals(d, null, methods);
    expect(t.paid).to.deep.equal(usd(10000));
    expect(t.balanceDue).to.deep.equal(usd(7795));
    d = addPayment(d, { id: 'b', typeId: 'check', kind: 'check', amount: usd(10000) });
    t = previewTotals(d, null, methods);
    expect(t.paid).to.deep.equal(usd(20000));
    expect(t.balanceDue).to.deep.equal(usd(0));
  });

  it('leaves out lines still priced in the old currency after a change of site', () => {
    const { draft: d } = changeSite(draft(), caSite, NOW);
    const t = previewTotals(d, null, [{ id: 'ground', name: 'Ground', rate: money(795, 'CAD') }]);
    expect(t.currency).to.equal('CAD');
    expect(t.subtotal).to.deep.equal(money(0, 'CAD'));
    expect(t.unpricedLineIds).to.deep.equal(['line-tote', 'line-shoe']);
    expect(t.estimated).to.equal(true);
  });

  it('stays an estimate while lines wait for re-pricing in the same currency', () => {
    const d = { ...draft(), lines: draft().lines.map((l) => ({ ...l, needsRepricing: true })) };
    expect(previewTotals(d, pricing(), methods).estimated).to.equal(true);
  });

  it('works in JPY and KWD', () => {
    let jp = createDraft({ site: { ...usSite, id: 'jp', currency: 'JPY', locale: 'ja-JP' }, now: NOW });
    jp = addLine(jp, toteLine({ unitPrice: money(1200, 'JPY'), quantity: 3 }));
    jp = setOrderAdjustment(jp, { kind: 'percent', basisPoints: 1000, reason: 'VIP' });
    const jt = previewTotals(jp);
    expect(jt.subtotal).to.deep.equal(money(3600, 'JPY'));
    expect(jt.orderAdjustment).to.deep.equal(money(360, 'JPY'));
    expect(jt.total).to.deep.equal(money(3240, 'JPY'));

    let kw = createDraft({ site: { ...usSite, id: 'kw', currency: 'KWD', locale: 'ar-KW' }, now: NOW });
    kw = addLine(kw, toteLine({ unitPrice: money(1255, 'KWD'), quantity: 1 }));
    kw = setOrderAdjustment(kw, { kind: 'percent', basisPoints: 1000, reason: 'VIP' });
    // 10% of 1.255 KWD = 0.1255 → 0.126
    expect(previewTotals(kw).orderAdjustment).to.deep.equal(money(126, 'KWD'));
  });

  it('needs a site first', () => {
    expect(() => previewTotals(createDraft({ now: NOW }))).to.throw(RangeError, /choose a site first/);
  });

  describe('allocateToLines', () => {
    it('spreads an amount over the lines by their totals, summing exactly', () => {
      const shares = allocateToLines(draft(), usd(1000));
      // Totals 50.00 and 120.00: 1000 × 5/17 = 294.1, 1000 × 12/17 = 705.9.
      expect(shares).to.deep.equal({ 'line-tote': usd(294), 'line-shoe': usd(706) });
      expect(sum(Object.values(shares), 'USD')).to.deep.equal(usd(1000));
    });

    it('shares equally when every line totals zero, and gives nothing without lines', () => {
      let d = setLineQuantity(draft(), 'line-tote', 0);
      d = setLineQuantity(d, 'line-shoe', 0);
      expect(allocateToLines(d, usd(3))).to.deep.equal({ 'line-tote': usd(2), 'line-shoe': usd(1) });
      expect(allocateToLines(createDraft({ site: usSite }), usd(3))).to.deep.equal({});
    });
  });
});
