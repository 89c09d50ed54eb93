// Property-based tests of the totals preview (fast-check): for drafts built through the model's own
// edits and pricing answers within the order limit, every figure is ≥ 0, the rows add up to the
// total, and the preview follows the draft (subtotal, payments, estimate) without changing it.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { anyLineShips, normalizeCoupon } from '../../../src/model/draft.js';
import { allocateToLines, previewTotals } from '../../../src/model/totals.js';
import type { TotalsPreview } from '../../../src/model/totals.js';
import { money } from '../../../src/model/money.js';
import type { DraftLine, Money, OrderDraft, Pricing, ShippingMethod, Site } from '../../../src/model/types.js';
import { signedUnitsArb } from './arbitraries.js';
import {
  draftArb,
  exactLineTotal,
  pricingArb,
  SHIPPING_METHOD_IDS,
  shippingMethodsArb,
  unguardedDraftArb,
} from './draft-arbitraries.js';

/** A draft (with its sites), an answer (or none) and the shipping methods offered. */
interface Scenario {
  draft: OrderDraft;
  sites: Site[];
  pricing: Pricing | null;
  methods: ShippingMethod[];
}

/**
 * Drafts as the elements build them and drafts built with no limit checked (line totals far beyond
 * the safe range), answers within the order limit or none, and shipping methods.
 */
const scenarioArb: fc.Arbitrary<Scenario> = fc.oneof(draftArb, unguardedDraftArb).chain(({ draft, sites }) =>
  fc.record({
    draft: fc.constant(draft),
    sites: fc.constant(sites),
    pricing: fc.option(pricingArb(draft, sites), { nil: null }),
    methods: shippingMethodsArb(draft, sites),
  }),
);

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Whether a line's price and adjustment are in `currency`. */
function inCurrency(line: DraftLine, currency: string): boolean {
  const { adjustment: a } = line;
  const adjustment = a && (a.kind === 'amount-off' ? a.amount : a.unitPrice);
  return line.unitPrice.currency === currency && (!adjustment || adjustment.currency === currency);
}

const FIGURES = [
  'subtotal',
  'discounts',
  'orderAdjustment',
  'shipping',
  'shippingAdjustment',
  'handling',
  'tax',
  'duty',
  'total',
  'paid',
  'balanceDue',
] as const;

/** Freezes a value and everything in it, so that an edit of its input by the preview would throw. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/** The total the rows give, exactly (BigInt): subtotal − discounts − order adjustment + shipping − its adjustment + handling + tax + duty. */
function rowsSum(t: TotalsPreview): bigint {
  const b = (m: Money): bigint => BigInt(m.amount);
  return (
    b(t.subtotal) -
    b(t.discounts) -
    b(t.orderAdjustment) +
    b(t.shipping) -
    b(t.shippingAdjustment) +
    b(t.handling) +
    b(t.tax) +
    b(t.duty)
  );
}

describe('totals preview properties (fast-check)', () => {
  it('never shows a figure below zero, all in the draft’s currency', () => {
    fc.assert(
      fc.property(scenarioArb, ({ draft, pricing, methods }) => {
        const t = previewTotals(draft, pricing, methods);
        expect(t.currency).to.equal(draft.currency);
        for (const figure of FIGURES) {
          expect(t[figure].currency, figure).to.equal(draft.currency);
          expect(Number.isSafeInteger(t[figure].amount), figure).to.equal(true);
          expect(t[figure].amount, figure).to.be.at.least(0);
        }
      }),
    );
  });

  it('adds up: the total is exactly its rows, each deduction capped at what it applies to', () => {
    fc.assert(
      fc.property(scenarioArb, ({ draft, pricing, methods }) => {
        const t = previewTotals(draft, pricing, methods);
        expect(BigInt(t.total.amount)).to.equal(rowsSum(t));
        expect(t.discounts.amount).to.be.at.most(t.subtotal.amount);
        expect(t.orderAdjustment.amount).to.be.at.most(t.subtotal.amount - t.discounts.amount);
        expect(t.shippingAdjustment.amount).to.be.at.most(t.shipping.amount);
        expect(t.balanceDue.amount).to.equal(Math.max(0, t.total.amount - t.paid.amount));
      }),
    );
  });

  it('follows the draft: subtotal of the lines in its currency, its payments, shipping only when a line ships', () => {
    fc.assert(
      fc.property(scenarioArb, ({ draft, pricing, methods }) => {
        const t = previewTotals(draft, pricing, methods);
        const currency = draft.currency as string;
        // Lines in the draft's currency count in order while the subtotal stays within the safe range.
        let subtotal = 0n;
        const left: string[] = [];
        for (const l of draft.lines) {
          if (inCurrency(l, currency) && subtotal + exactLineTotal(l) <= SAFE) subtotal += exactLineTotal(l);
          else left.push(l.id);
        }
        expect(t.subtotal.amount).to.equal(Number(subtotal));
        expect(t.unpricedLineIds).to.deep.equal(left);
        if (left.length) expect(t.estimated).to.equal(true);
        expect(t.paid.amount).to.equal(draft.payments.reduce((acc, p) => acc + p.amount.amount, 0));
        if (!anyLineShips(draft) || draft.shippingMethodId === null) expect(t.shipping.amount).to.equal(0);
        const answer = pricing?.currency === currency ? pricing : null;
        if (!answer) {
          expect(t.estimated).to.equal(true);
          for (const figure of ['discounts', 'handling', 'tax', 'duty'] as const) expect(t[figure].amount).to.equal(0);
        } else {
          // The answer is used unless its figures, with the lines and the rates, could leave the safe range.
          const positive = (amounts: Money[]): bigint =>
            amounts.reduce((acc, m) => acc + BigInt(Math.max(0, m.amount)), 0n);
          const { shipping, handling, tax, duty, discounts, coupons: results } = answer;
          const most =
            BigInt(t.subtotal.amount) +
            positive([shipping, handling, tax, duty, ...methods.map((m) => m.rate)]) +
            positive([...discounts.map((d) => d.amount), ...results.flatMap((c) => c.discount ?? [])]);
          if (most <= SAFE) expect(t.tax.amount).to.equal(Math.max(0, tax.amount));
          if (t.tax.amount !== Math.max(0, tax.amount)) expect(t.estimated).to.equal(true);
          // Discounts count only for promotions and the coupons the draft still has.
          const coupons = new Set(draft.coupons);
          const relevant = [
            ...answer.discounts.filter((d) => d.code === undefined || coupons.has(normalizeCoupon(d.code))),
            ...answer.coupons.filter((c) => c.status === 'accepted' && coupons.has(normalizeCoupon(c.code))),
          ];
          if (relevant.length === 0) expect(t.discounts.amount).to.equal(0);
        }
      }),
    );
  });

  it('never throws on an answer or rates the decoders let through (any safe amounts): it goes without them', () => {
    // Each figure a safe integer, as the adapter's decoders allow; together they may not fit.
    const hostile = fc.oneof(draftArb, unguardedDraftArb).chain(({ draft, sites }) =>
      fc.tuple(
        fc.constant(draft),
        pricingArb(draft, sites, signedUnitsArb),
        fc.array(
          fc.record({
            id: fc.constantFrom(...SHIPPING_METHOD_IDS),
            name: fc.constant('Rate'),
            rate: signedUnitsArb.map((u) => money(u, draft.currency as string)),
          }),
          { maxLength: 3 },
        ),
      ),
    );
    fc.assert(
      fc.property(hostile, ([draft, pricing, methods]) => {
        const t = previewTotals(draft, pricing, methods);
        for (const figure of FIGURES) expect(t[figure].amount, figure).to.be.at.least(0);
        expect(BigInt(t.total.amount)).to.equal(rowsSum(t));
        // Without the answer, the preview says it is an estimate.
        if (pricing.currency === draft.currency && t.tax.amount !== Math.max(0, pricing.tax.amount)) {
          expect(t.estimated).to.equal(true);
        }
      }),
    );
  });

  it('changes nothing it is given', () => {
    fc.assert(
      fc.property(scenarioArb, ({ draft, pricing, methods }) => {
        const before = JSON.stringify([draft, pricing, methods]);
        // Frozen: a write to the draft, the answer or the methods would throw (modules are strict).
        previewTotals(deepFreeze(draft), deepFreeze(pricing), deepFreeze(methods));
        expect(JSON.stringify([draft, pricing, methods])).to.equal(before);
      }),
    );
  });

  it('spreads an order-level amount over the lines in its currency, the shares adding up exactly', () => {
    fc.assert(
      fc.property(draftArb, signedUnitsArb, ({ draft }, units) => {
        const amount: Money = money(units, draft.currency as string);
        const shares = allocateToLines(draft, amount);
        const ids = Object.keys(shares);
        // The lines in the amount's currency whose total money can hold.
        const counted = draft.lines.filter((l) => inCurrency(l, amount.currency) && exactLineTotal(l) <= SAFE);
        expect(ids).to.deep.equal(counted.map((l) => l.id));
        if (ids.length) expect(Object.values(shares).reduce((acc, s) => acc + s.amount, 0)).to.equal(units);
      }),
    );
  });
});
