/**
 * Why a total changed: the difference between two pricing answers, each with the draft it priced.
 *
 * The backend's `Pricing` says what each component of the total is, not why it moved. Comparing
 * the two drafts names what the agent changed (the coupons, the shipping address, a quantity…),
 * and each component is credited only with the changes that can move it: a new shipping address
 * explains tax, duty and shipping, never the subtotal. The view turns the result into sentences
 * such as "+$4.10 tax: shipping address changed" or "−$12.00 coupon SAVE10".
 */
import { normalizeCoupon, shipToAddress } from './draft.js';
import { money } from './money.js';
import { same } from './same.js';
import type { Money, OrderDraft, Pricing } from './types.js';

/** A component of the total, in the order the totals list them. */
export type PricingComponent =
  'subtotal' | 'discount' | 'order-adjustment' | 'shipping' | 'shipping-adjustment' | 'handling' | 'tax' | 'duty';

/** An edit of the draft that can move the total. */
export type PricingCause =
  | 'items'
  | 'quantity'
  | 'fulfillment'
  | 'line-adjustment'
  | 'price-list'
  | 'shipping-method'
  | 'shipping-address'
  | 'coupons'
  | 'order-adjustment'
  | 'shipping-adjustment';

/** How one component moved the total. */
export interface PricingDelta {
  component: PricingComponent;
  /** The effect on the total: positive when the total went up (a discount that grew is negative). */
  amount: Money;
  /** The coupon code, for a discount given by a coupon. */
  code?: string;
  /** The backend's label, for a discount without a code (a promotion). */
  label?: string;
  /**
   * The edits of the draft that explain it, in the order of `PricingCause`. Empty when the
   * component names its own cause (a coupon added or removed) or when no edit explains it.
   */
  causes: PricingCause[];
}

/** The change of the total between two answers and its parts. */
export interface PricingChange {
  /** After minus before. */
  total: Money;
  /**
   * The components that moved, in the order of `PricingComponent`. They sum to `total` unless the
   * total was held at zero.
   */
  deltas: PricingDelta[];
}

/** A pricing answer with the draft it is the answer for. */
export interface PricedDraft {
  draft: OrderDraft;
  pricing: Pricing;
}

const CAUSES: readonly PricingCause[] = [
  'items',
  'quantity',
  'fulfillment',
  'line-adjustment',
  'price-list',
  'shipping-method',
  'shipping-address',
  'coupons',
  'order-adjustment',
  'shipping-adjustment',
];

const MERCHANDISE: readonly PricingCause[] = ['items', 'quantity', 'line-adjustment', 'price-list'];

/** The edits that can move each component. Tax follows everything it is computed on. */
const MOVED_BY: Record<PricingComponent, readonly PricingCause[]> = {
  subtotal: MERCHANDISE,
  discount: [...MERCHANDISE, 'fulfillment', 'shipping-method'],
  'order-adjustment': [...MERCHANDISE, 'coupons', 'order-adjustment'],
  shipping: ['items', 'quantity', 'fulfillment', 'shipping-method', 'shipping-address'],
  'shipping-adjustment': ['items', 'fulfillment', 'shipping-method', 'coupons', 'shipping-adjustment'],
  handling: ['items', 'quantity', 'fulfillment'],
  tax: CAUSES,
  duty: [...MERCHANDISE, 'fulfillment', 'shipping-address', 'coupons', 'order-adjustment'],
};

/** The edits between two drafts that can move a total, in the order of `PricingCause`. */
export function pricingCauses(before: OrderDraft, after: OrderDraft): PricingCause[] {
  const found = new Set<PricingCause>();
  const previous = new Map(before.lines.map((l) => [l.id, l]));
  if (before.lines.length !== after.lines.length) found.add('items');
  for (const line of after.lines) {
    const old = previous.get(line.id);
    if (!old || old.productId !== line.productId || old.variantId !== line.variantId) {
      found.add('items');
      continue;
    }
    if (old.quantity !== line.quantity) found.add('quantity');
    if (!same(old.fulfillment, line.fulfillment)) found.add('fulfillment');
    if (!same(old.adjustment, line.adjustment)) found.add('line-adjustment');
  }
  if (before.priceListId !== after.priceListId) found.add('price-list');
  if (before.shippingMethodId !== after.shippingMethodId) found.add('shipping-method');
  if (!same(shipToAddress(before), shipToAddress(after))) found.add('shipping-address');
  if (!same(before.coupons.map(normalizeCoupon), after.coupons.map(normalizeCoupon))) found.add('coupons');
  if (!same(before.orderAdjustment, after.orderAdjustment)) found.add('order-adjustment');
  if (!same(before.shippingAdjustment, after.shippingAdjustment)) found.add('shipping-adjustment');
  return CAUSES.filter((c) => found.has(c));
}

/**
 * What changed between two answers and why. Null when they are in different currencies (after a
 * change of site, amounts cannot be compared). A change that left every figure as it was gives
 * a zero `total` and no `deltas`.
 */
export function diffPricing(before: PricedDraft, after: PricedDraft): PricingChange | null {
  const { currency } = after.pricing;
  if (before.pricing.currency !== currency) return null;
  const changed = pricingCauses(before.draft, after.draft);
  const causesOf = (component: PricingComponent) => changed.filter((c) => MOVED_BY[component].includes(c));
  const deltas: PricingDelta[] = [];
  // `sign` turns a component into its effect on the total: +1 for a charge, -1 for a reduction.
  const push = (
    component: PricingComponent,
    was: number,
    now: number,
    sign: 1 | -1,
    extra: Partial<PricingDelta> = {},
  ) => {
    const amount = sign * (now - was);
    if (amount !== 0)
      deltas.push({ component, amount: money(amount, currency), causes: causesOf(component), ...extra });
  };
  const b = before.pricing;
  const a = after.pricing;
  push('subtotal', b.subtotal.amount, a.subtotal.amount, 1);

  const key = (d: { code?: string; label: string }) =>
    d.code === undefined ? `label:${d.label}` : `code:${normalizeCoupon(d.code)}`;
  const was = new Map(b.discounts.map((d) => [key(d), d]));
  const seen = new Set<string>();
  const couponsBefore = new Set(before.draft.coupons.map(normalizeCoupon));
  const couponsAfter = new Set(after.draft.coupons.map(normalizeCoupon));
  for (const d of [...a.discounts, ...b.discounts]) {
    const k = key(d);
    if (seen.has(k)) continue;
    seen.add(k);
    const old = was.get(k)?.amount.amount ?? 0;
    const now = a.discounts.find((x) => key(x) === k)?.amount.amount ?? 0;
    const code = d.code === undefined ? undefined : normalizeCoupon(d.code);
    const extra: Partial<PricingDelta> = code === undefined ? { label: d.label } : { code };
    // A coupon that was added or removed is the whole explanation of its own discount.
    if (code !== undefined && couponsBefore.has(code) !== couponsAfter.has(code)) extra.causes = [];
    push('discount', old, now, -1, extra);
  }

  push('order-adjustment', b.orderAdjustment.amount, a.orderAdjustment.amount, -1);
  push('shipping', b.shipping.amount, a.shipping.amount, 1);
  push('shipping-adjustment', b.shippingAdjustment.amount, a.shippingAdjustment.amount, -1);
  push('handling', b.handling.amount, a.handling.amount, 1);
  push('tax', b.tax.amount, a.tax.amount, 1);
  push('duty', b.duty.amount, a.duty.amount, 1);
  return { total: money(a.total.amount - b.total.amount, currency), deltas };
}
