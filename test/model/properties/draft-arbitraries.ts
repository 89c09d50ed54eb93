/**
 * fast-check arbitraries of order drafts, built as the elements build them: a list of edits
 * (`DraftEdit`) is applied in order by `applyEdits`, each through the draft's public edit functions
 * (`addLine`, `setLineQuantity`, `addCoupon`, `changeSite`, `adoptPricing`, …), with ids given
 * (never random, so that a failure replays from its seed) and within the fields' own limits
 * (`lineFits`, `quantityFits`: a line or a quantity the editor would refuse is not applied). Money
 * is generated as integer minor units and takes the draft's currency when the edit is applied.
 * Also pricing answers and shipping methods for a draft.
 */
import fc from 'fast-check';
import { zeroPricing } from '../../../mocks/pricing.js';
import { lineFits, MAX_ORDER_AMOUNT, quantityFits } from '../../../src/model/amount-limits.js';
import {
  addCoupon,
  addLine,
  addPayment,
  adoptPricing,
  changeSite,
  createDraft,
  effectiveUnitPrice,
  removeCoupon,
  removeLine,
  removePayment,
  repriceLines,
  setCustomer,
  setCustomerNotes,
  setGiftMessage,
  setLineAdjustment,
  setLineFulfillment,
  setLineGift,
  setLineQuantity,
  setOrderAdjustment,
  setPaymentAmount,
  setPriceList,
  setShippingAdjustment,
  setShippingMethod,
} from '../../../src/model/draft.js';
import type { NewPayment } from '../../../src/model/draft.js';
import { CARD_BRANDS, PAYMENT_KINDS } from '../../../src/model/draft-json.js';
import { money } from '../../../src/model/money.js';
import type {
  Customer,
  DraftLine,
  Fulfillment,
  Money,
  OrderDraft,
  Pricing,
  ShippingMethod,
  Site,
} from '../../../src/model/types.js';
import { currencyArb, customerArb, fulfillmentArb, idArb, orderUnitsArb, sitesIn, textArb } from './arbitraries.js';

// ---------------------------------------------------------------------------------------------
// Draft edits

/** The shipping methods' ids a draft may choose, so that choices meet offers. */
export const SHIPPING_METHOD_IDS = ['ground', 'express', 'overnight'] as const;
const shippingMethodIdArb = fc.constantFrom<string>(...SHIPPING_METHOD_IDS);
const COUPONS = ['SAVE10', 'FREESHIP', 'BIGSPENDER', 'welcome', ' vip '] as const;
const couponArb = fc.oneof(fc.constantFrom<string>(...COUPONS), textArb);

/** A quantity as typed: mostly whole numbers, but also 0, negatives and fractions (`validateLine` judges them). */
export const typedQuantityArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 1_000_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 0 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }) },
  // What Number("-0") gives: a quantity JSON writes as 0.
  { weight: 1, arbitrary: fc.constant(-0) },
);

const lineSeedArb = fc.record({
  productId: idArb,
  variantId: fc.option(idArb, { nil: null }),
  productName: textArb,
  code: textArb,
  options: fc.array(fc.record({ name: textArb, value: textArb }), { maxLength: 3 }),
  quantity: fc.integer({ min: 1, max: 50 }),
  fulfillment: fc.option(fulfillmentArb, { nil: null }),
  unitPrice: orderUnitsArb,
  gift: fc.boolean(),
  giftMessage: textArb,
  imageUrl: fc.option(fc.constantFrom('https://img.example/a.png', 'javascript:alert(1)', 'data:,x'), {
    nil: undefined,
  }),
  // A custom line (an item the catalog lacks), taxable or not.
  custom: fc.option(fc.record({ taxable: fc.boolean() }), { nil: undefined }),
});

const lineAdjustmentSeedArb = fc.record({
  kind: fc.constantFrom('amount-off', 'unit-price'),
  units: orderUnitsArb,
  reason: textArb,
});

const paymentSeedArb = fc.record(
  {
    typeId: idArb,
    kind: fc.constantFrom(...PAYMENT_KINDS),
    // A payment is at most the order's balance; 10^14 each keeps 40 of them inside the safe range.
    units: fc.integer({ min: 1, max: 10 ** 14 }),
    card: fc.record({
      token: textArb,
      brand: fc.constantFrom(...CARD_BRANDS),
      last4: fc.stringMatching(/^\d{4}$/),
      expiryMonth: fc.integer({ min: 1, max: 12 }),
      expiryYear: fc.integer({ min: 2000, max: 2100 }),
    }),
    reference: textArb,
    termsId: idArb,
    fields: fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), textArb, { maxKeys: 3 }),
  },
  { requiredKeys: ['typeId', 'kind', 'units'] },
);

/** The values an arbitrary generates. */
type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** One edit of a draft, in terms the test can replay (lines and payments picked by index). */
export type DraftEdit =
  | { op: 'add-line'; line: ValueOf<typeof lineSeedArb> }
  | { op: 'quantity'; pick: number; quantity: number }
  | { op: 'remove-line'; pick: number }
  | { op: 'fulfillment'; pick: number; fulfillment: Fulfillment | null }
  | { op: 'line-adjustment'; pick: number; adjustment: ValueOf<typeof lineAdjustmentSeedArb> | null }
  | { op: 'gift'; pick: number; gift: boolean; message: string }
  | { op: 'add-coupon'; code: string }
  | { op: 'remove-coupon'; pick: number }
  | { op: 'notes'; text: string }
  | { op: 'gift-message'; text: string }
  | { op: 'price-list'; id: string | null }
  | { op: 'order-adjustment'; adjustment: OrderAdjustmentSeed | null }
  | { op: 'shipping-adjustment'; units: number; reason: string }
  | { op: 'no-shipping-adjustment' }
  | { op: 'shipping-method'; id: string | null }
  | { op: 'customer'; customer: Customer | null }
  | { op: 'add-payment'; payment: ValueOf<typeof paymentSeedArb> }
  | { op: 'remove-payment'; pick: number }
  | { op: 'payment-amount'; pick: number; units: number }
  | { op: 'site'; site: number }
  | { op: 'reprice'; units: number[] }
  | { op: 'adopt'; rejected: number[] };

type OrderAdjustmentSeed =
  { kind: 'amount'; units: number; reason: string } | { kind: 'percent'; basisPoints: number; reason: string };

const pickArb = fc.nat({ max: 20 });

export const draftEditArb: fc.Arbitrary<DraftEdit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('add-line' as const), line: lineSeedArb }) },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('quantity' as const), pick: pickArb, quantity: typedQuantityArb }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('remove-line' as const), pick: pickArb }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('fulfillment' as const),
      pick: pickArb,
      fulfillment: fc.option(fulfillmentArb, { nil: null }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('line-adjustment' as const),
      pick: pickArb,
      adjustment: fc.option(lineAdjustmentSeedArb, { nil: null }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('gift' as const), pick: pickArb, gift: fc.boolean(), message: textArb }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('add-coupon' as const), code: couponArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('remove-coupon' as const), pick: pickArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('notes' as const), text: textArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('gift-message' as const), text: textArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('price-list' as const),
      id: fc.option(fc.constantFrom('vip', 'staff'), { nil: null }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('order-adjustment' as const),
      adjustment: fc.option(
        fc.oneof(
          fc.record({ kind: fc.constant('amount' as const), units: orderUnitsArb, reason: textArb }),
          fc.record({
            kind: fc.constant('percent' as const),
            // What `parsePercent` gives (0.01% to 100%), and any other integer the edit takes.
            basisPoints: fc.oneof(
              { weight: 4, arbitrary: fc.integer({ min: -10_000, max: 10_000 }) },
              { weight: 1, arbitrary: fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }) },
            ),
            reason: textArb,
          }),
        ),
        { nil: null },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.record({ op: fc.constant('shipping-adjustment' as const), units: orderUnitsArb, reason: textArb }),
      fc.record({ op: fc.constant('no-shipping-adjustment' as const) }),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('shipping-method' as const),
      id: fc.option(shippingMethodIdArb, { nil: null }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('customer' as const), customer: fc.option(customerArb, { nil: null }) }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('add-payment' as const), payment: paymentSeedArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('remove-payment' as const), pick: pickArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('payment-amount' as const),
      pick: pickArb,
      units: fc.integer({ min: 1, max: 10 ** 14 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('site' as const), site: fc.nat({ max: 2 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('reprice' as const), units: fc.array(orderUnitsArb, { maxLength: 6 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('adopt' as const), rejected: fc.array(pickArb, { maxLength: 3 }) }),
  },
);

function picked<T>(list: readonly T[], pick: number): T | undefined {
  return list.length ? list[pick % list.length] : undefined;
}

/**
 * Whether a line (`lineId`, or a new one) of `quantity` at `units` each keeps the order within its
 * limit, as the editor checks before it takes a price or a quantity; always true when not `guarded`.
 */
function fits(guarded: boolean, draft: OrderDraft, lineId: string | null, units: number, quantity: number): boolean {
  return !guarded || lineFits(draft.lines, lineId, units, quantity);
}

/**
 * Applies one edit through the model's edit functions, as an element would: money in the draft's
 * currency and, when `guarded`, a price or a quantity the editor's limits would refuse left out.
 * `n` numbers the ids.
 */
export function applyEdit(
  draft: OrderDraft,
  edit: DraftEdit,
  sites: readonly Site[],
  n: number,
  now: Date,
  guarded = true,
): OrderDraft {
  const currency = draft.currency as string;
  const m = (units: number): Money => money(units, currency);
  const line = 'pick' in edit ? picked(draft.lines, edit.pick) : undefined;
  switch (edit.op) {
    case 'add-line': {
      const { unitPrice, ...rest } = edit.line;
      if (!fits(guarded, draft, null, unitPrice, rest.quantity)) return draft;
      return addLine(draft, { ...rest, id: `line-${n}`, unitPrice: m(unitPrice) }, now);
    }
    case 'quantity':
      if (!line || (guarded && !quantityFits(draft.lines, line.id, edit.quantity))) return draft;
      return setLineQuantity(draft, line.id, edit.quantity, now);
    case 'remove-line':
      return line ? removeLine(draft, line.id, now) : draft;
    case 'fulfillment':
      return line ? setLineFulfillment(draft, line.id, edit.fulfillment, now) : draft;
    case 'line-adjustment': {
      if (!line) return draft;
      const a = edit.adjustment;
      if (a === null) return setLineAdjustment(draft, line.id, null, now);
      if (a.kind === 'amount-off')
        return setLineAdjustment(draft, line.id, { kind: 'amount-off', amount: m(a.units), reason: a.reason }, now);
      if (!fits(guarded, draft, line.id, a.units, line.quantity)) return draft;
      return setLineAdjustment(draft, line.id, { kind: 'unit-price', unitPrice: m(a.units), reason: a.reason }, now);
    }
    case 'gift':
      return line ? setLineGift(draft, line.id, edit.gift, edit.message, now) : draft;
    case 'add-coupon':
      return addCoupon(draft, edit.code, now);
    case 'remove-coupon': {
      const code = picked(draft.coupons, edit.pick);
      return code === undefined ? draft : removeCoupon(draft, code, now);
    }
    case 'notes':
      return setCustomerNotes(draft, edit.text, now);
    case 'gift-message':
      return setGiftMessage(draft, edit.text, now);
    case 'price-list':
      return setPriceList(draft, edit.id, now);
    case 'order-adjustment': {
      const a = edit.adjustment;
      if (a === null) return setOrderAdjustment(draft, null, now);
      return setOrderAdjustment(
        draft,
        a.kind === 'amount' ? { kind: 'amount', amount: m(a.units), reason: a.reason } : a,
        now,
      );
    }
    case 'shipping-adjustment':
      return setShippingAdjustment(draft, { kind: 'amount', amount: m(edit.units), reason: edit.reason }, now);
    case 'no-shipping-adjustment':
      return setShippingAdjustment(draft, null, now);
    case 'shipping-method':
      return setShippingMethod(draft, edit.id, now);
    case 'customer':
      return setCustomer(draft, edit.customer, now);
    case 'add-payment': {
      const { units, ...rest } = edit.payment;
      const payment: NewPayment = { ...rest, id: `payment-${n}`, amount: m(units) };
      return addPayment(draft, payment, now);
    }
    case 'remove-payment': {
      const payment = picked(draft.payments, edit.pick);
      return payment ? removePayment(draft, payment.id, now) : draft;
    }
    case 'payment-amount': {
      const payment = picked(draft.payments, edit.pick);
      return payment ? setPaymentAmount(draft, payment.id, m(edit.units), now) : draft;
    }
    case 'site':
      return changeSite(draft, sites[edit.site % sites.length] as Site, now).draft;
    case 'reprice': {
      // A pricing answer's new unit prices, taken one line at a time while the order stays within its limit.
      let next = draft;
      draft.lines.forEach((l, i) => {
        const units = edit.units[i];
        if (units === undefined) return;
        const candidate = repriceLines(next, { [l.id]: m(units) }, now);
        const repriced = candidate.lines.find((x) => x.id === l.id) as DraftLine;
        if (fits(guarded, candidate, l.id, effectiveUnitPrice(repriced).amount, repriced.quantity)) next = candidate;
      });
      return next;
    }
    case 'adopt': {
      const codes = edit.rejected.map((i) => picked(draft.coupons, i)).filter((c): c is string => c !== undefined);
      const answer = pricingShell(
        currency,
        codes.map((code) => ({ code, status: 'rejected' as const, reason: 'expired' })),
      );
      return adoptPricing(draft, answer, now).draft;
    }
  }
}

/** A pricing answer with zeros everywhere but `coupons` (the mock's zero answer). */
export function pricingShell(currency: string, coupons: Pricing['coupons'] = []): Pricing {
  return { ...zeroPricing(currency), coupons };
}

/** The draft a list of edits builds from a new draft on the first site, all stamped `now`. */
export function applyEdits(edits: readonly DraftEdit[], sites: readonly Site[], now: Date, guarded = true): OrderDraft {
  let draft = createDraft({ id: 'draft-1', site: sites[0] as Site, now });
  edits.forEach((edit, n) => {
    draft = applyEdit(draft, edit, sites, n, now, guarded);
  });
  return draft;
}

/** A fixed clock: any valid instant from 1970 to 2200 (no real clock in these tests). */
export const nowArb = fc.date({
  min: new Date('1970-01-01T00:00:00Z'),
  max: new Date('2200-01-01T00:00:00Z'),
  noInvalidDate: true,
});

/** A draft with the sites it moves between and the edits that built it. */
export interface BuiltDraft {
  draft: OrderDraft;
  sites: Site[];
  edits: DraftEdit[];
}

function builtDraftArb(guarded: boolean): fc.Arbitrary<BuiltDraft> {
  return fc
    .tuple(
      fc.tuple(currencyArb, fc.constantFrom('USD', 'JPY', 'KWD'), currencyArb),
      fc.array(draftEditArb, { maxLength: 40, size: 'medium' }),
      nowArb,
    )
    .map(([currencies, edits, now]) => {
      const sites = sitesIn(currencies);
      return { draft: applyEdits(edits, sites, now, guarded), sites, edits };
    });
}

/**
 * Drafts built by up to 40 edits as the elements make them, on three sites (the first one's
 * currency is where the draft starts): prices and quantities kept within the order limit where the
 * editor checks them. A line can still grow past it, as in the elements: when a change of site or
 * "Remove" drops the adjustment that brought its price down.
 */
export const draftArb: fc.Arbitrary<BuiltDraft> = builtDraftArb(true);

/** Drafts built by the same edits with no limit checked: prices × quantities far beyond the safe range. */
export const unguardedDraftArb: fc.Arbitrary<BuiltDraft> = builtDraftArb(false);

/**
 * A line's effective unit price in minor units, computed here in BigInt from the raw amounts
 * (whatever their currencies, as the order limit counts them): the price less the amount off, or
 * the adjusted price; never below zero.
 */
export function effectiveUnits(line: DraftLine): bigint {
  const { adjustment: a, unitPrice } = line;
  const units = !a
    ? unitPrice.amount
    : a.kind === 'amount-off'
      ? unitPrice.amount - a.amount.amount
      : a.unitPrice.amount;
  return BigInt(Math.max(0, units));
}

/** A line's total in BigInt: its effective unit price × a whole quantity ≥ 1, else 0. */
export function exactLineTotal(line: DraftLine): bigint {
  const quantity = Number.isSafeInteger(line.quantity) && line.quantity > 0 ? line.quantity : 0;
  return effectiveUnits(line) * BigInt(quantity);
}

// ---------------------------------------------------------------------------------------------
// Pricing answers and shipping methods

/** A signed amount within what an order may hold (|x| ≤ `MAX_ORDER_AMOUNT`): a pricing answer's figures. */
export const pricingUnitsArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: -MAX_ORDER_AMOUNT, max: MAX_ORDER_AMOUNT }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, -1, MAX_ORDER_AMOUNT, -MAX_ORDER_AMOUNT) },
);

/** A code the draft has (as typed, in any case and spacing) or another one. */
function codeFor(draft: OrderDraft): fc.Arbitrary<string> {
  const own = draft.coupons.flatMap((c) => [c, c.toLowerCase(), ` ${c} `]);
  return own.length ? fc.oneof(fc.constantFrom(...own), couponArb) : couponArb;
}

/**
 * A pricing answer for `draft` as the adapter's decoders let it through: every amount in the answer's
 * currency (mostly the draft's, sometimes another site's), each figure within the order limit (or,
 * with `units`, whatever that arbitrary gives), up to 4 discounts and 4 coupon results whose codes
 * are mostly the draft's.
 */
export function pricingArb(
  draft: OrderDraft,
  sites: readonly Site[],
  units: fc.Arbitrary<number> = pricingUnitsArb,
): fc.Arbitrary<Pricing> {
  const currencies = [draft.currency as string, ...sites.map((s) => s.currency)];
  return fc.constantFrom(...currencies).chain((currency) => {
    const m = units.map((u) => money(u, currency));
    return fc.record({
      currency: fc.constant(currency),
      lines: fc.array(
        fc.record({
          lineId: draft.lines.length ? fc.constantFrom(...draft.lines.map((l) => l.id)) : idArb,
          unitPrice: m,
          adjustedUnitPrice: m,
          total: m,
        }),
        { maxLength: 4 },
      ),
      subtotal: m,
      discounts: fc.array(
        fc.record({ label: textArb, code: codeFor(draft), amount: m }, { requiredKeys: ['label', 'amount'] }),
        { maxLength: 4 },
      ),
      coupons: fc.array(
        fc.record(
          {
            code: codeFor(draft),
            status: fc.constantFrom('accepted' as const, 'rejected' as const),
            discount: m,
            reason: textArb,
          },
          { requiredKeys: ['code', 'status'] },
        ),
        { maxLength: 4 },
      ),
      orderAdjustment: m,
      shipping: m,
      shippingAdjustment: m,
      shippingBreakdown: fc.constant([]),
      handling: m,
      handlingBreakdown: fc.constant([]),
      tax: m,
      taxBreakdown: fc.constant([]),
      duty: m,
      dutyBreakdown: fc.constant([]),
      total: m,
    });
  });
}

/** The shipping methods offered: some of the draft's ids, rates within the limit, sometimes in another currency. */
export function shippingMethodsArb(draft: OrderDraft, sites: readonly Site[]): fc.Arbitrary<ShippingMethod[]> {
  const currencies = [draft.currency as string, ...sites.map((s) => s.currency)];
  return fc.array(
    fc.record({
      id: shippingMethodIdArb,
      name: textArb,
      rate: fc.tuple(pricingUnitsArb, fc.constantFrom(...currencies)).map(([u, c]) => money(u, c)),
    }),
    { maxLength: 4 },
  );
}
