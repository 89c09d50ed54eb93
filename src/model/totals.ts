/**
 * The totals preview: what the order comes to, computed at once from the draft while the adapter
 * prices it. The backend's `Pricing` stays authoritative (the figure submitted against); the
 * preview only fills the moment between an edit and the answer, so it reuses what it cannot know
 * (coupon discounts, handling, tax, duty) from the last answer and says so with `estimated`.
 *
 * Every figure is integer minor units; percentages and spreads use `percentage` and `allocate`.
 */
import { anyLineShips, lineTotal, needsRepricing, normalizeCoupon } from './draft.js';
import { add, allocate, clampToZero, minMoney, percentage, subtract, sum, zero } from './money.js';
import type { DraftLine, Money, OrderDraft, Pricing, ShippingMethod } from './types.js';

/**
 * A line's total, or null when it is out of the range money can hold (a host's line, say): never
 * a throw while rendering. What a view shows for a line the adapter has not priced.
 */
export function safeLineTotal(line: DraftLine): Money | null {
  try {
    return lineTotal(line);
  } catch {
    return null;
  }
}

/**
 * The totals of a draft. Discounts and adjustments are positive amounts that are subtracted, each
 * capped at what it applies to, so that the rows always add up:
 * `total = subtotal − discounts − orderAdjustment + shipping − shippingAdjustment + handling + tax + duty`.
 */
export interface TotalsPreview {
  currency: string;
  /** Sum of the line totals (after line adjustments). */
  subtotal: Money;
  /** Discounts given by the last pricing answer (promotions and accepted coupons still on the draft). */
  discounts: Money;
  /** The order adjustment: its amount, or its percentage of the subtotal after discounts. */
  orderAdjustment: Money;
  /** The chosen shipping method's rate when known, else the last answer's shipping; zero when nothing ships. */
  shipping: Money;
  shippingAdjustment: Money;
  /** From the last pricing answer, else zero. */
  handling: Money;
  /** From the last pricing answer, else zero. */
  tax: Money;
  /** From the last pricing answer, else zero. */
  duty: Money;
  /** Never below zero. */
  total: Money;
  /** Sum of the payments in the draft's currency. */
  paid: Money;
  /** `total − paid`, never below zero. */
  balanceDue: Money;
  /**
   * True when figures are guesses: no pricing answer was given (handling, tax and duty show zero),
   * or a line waits for re-pricing after a change of site or price list.
   */
  estimated: boolean;
  /**
   * Lines left out of the subtotal because their price is still in another currency (after a change
   * of site), or because their total would take the subtotal beyond the range money can hold.
   */
  unpricedLineIds: string[];
}

function inCurrency(line: DraftLine, currency: string): boolean {
  const adjustment = line.adjustment;
  const adjustmentCurrency =
    adjustment === null
      ? currency
      : adjustment.kind === 'amount-off'
        ? adjustment.amount.currency
        : adjustment.unitPrice.currency;
  return line.unitPrice.currency === currency && adjustmentCurrency === currency;
}

/** The discounts of a pricing answer that still apply: promotions, and coupons the draft still has. */
function pricingDiscounts(draft: OrderDraft, pricing: Pricing, currency: string): Money[] {
  const coupons = new Set(draft.coupons.map(normalizeCoupon));
  const listed = pricing.discounts.filter((d) => d.code === undefined || coupons.has(normalizeCoupon(d.code)));
  const listedCodes = new Set(listed.flatMap((d) => (d.code === undefined ? [] : [normalizeCoupon(d.code)])));
  // An accepted coupon whose discount the backend did not also list among `discounts`.
  const couponOnly = pricing.coupons.filter(
    (c) =>
      c.status === 'accepted' &&
      c.discount &&
      coupons.has(normalizeCoupon(c.code)) &&
      !listedCodes.has(normalizeCoupon(c.code)),
  );
  return [...listed.map((d) => d.amount), ...couponOnly.map((c) => c.discount as Money)].filter(
    (amount) => amount.currency === currency && amount.amount > 0,
  );
}

/** `amount`, but between zero and `cap`. */
function capped(amount: Money, cap: Money): Money {
  return clampToZero(minMoney(amount, clampToZero(cap)));
}

/**
 * Previews the totals of a draft.
 *
 * Never throws for what a draft's edits and an adapter can give, as it runs in a render: a line
 * whose total money cannot hold is left out (`unpricedLineIds`); and the adapter's figures (the
 * answer's, the shipping rates), safe integers each, may together leave that range (a tax of
 * 2^53 − 1 on top of the lines): the preview then goes without the rates, or without the answer
 * (an estimate), or without both.
 *
 * @param pricing the adapter's last answer for this draft, if any; an answer in another currency is ignored.
 * @param shippingMethods the shipping methods offered, to read the chosen method's rate.
 * @throws {RangeError} when the draft has no currency yet (no site chosen).
 */
export function previewTotals(
  draft: OrderDraft,
  pricing: Pricing | null = null,
  shippingMethods: readonly ShippingMethod[] = [],
): TotalsPreview {
  const currency = draft.currency;
  if (currency === null) throw new RangeError('The draft has no currency yet: choose a site first.');
  const answer = pricing && pricing.currency === currency ? pricing : null;
  return (
    inRange(() => totalsOf(draft, currency, answer, shippingMethods)) ??
    inRange(() => totalsOf(draft, currency, answer, [])) ??
    inRange(() => totalsOf(draft, currency, null, shippingMethods)) ??
    totalsOf(draft, currency, null, [])
  );
}

/** What `compute` gives, or null when it throws a RangeError (an amount beyond the range money holds). */
function inRange<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** `previewTotals` with the answer (in the draft's currency) and the rates it goes by. */
function totalsOf(
  draft: OrderDraft,
  currency: string,
  answer: Pricing | null,
  shippingMethods: readonly ShippingMethod[],
): TotalsPreview {
  const none = zero(currency);

  // Lines count in order while the subtotal stays in range: a line whose total money cannot hold
  // (a price raised past the order limit by a change of site or an answer) is left out, as unpriced.
  let subtotal = none;
  const unpricedLineIds: string[] = [];
  for (const line of draft.lines) {
    const withLine = inCurrency(line, currency) ? inRange(() => add(subtotal, lineTotal(line))) : null;
    if (withLine) subtotal = withLine;
    else unpricedLineIds.push(line.id);
  }

  const discounts = answer ? capped(sum(pricingDiscounts(draft, answer, currency), currency), subtotal) : none;
  const merchandise = subtract(subtotal, discounts);

  let orderAdjustment = none;
  const adjustment = draft.orderAdjustment;
  if (adjustment?.kind === 'amount' && adjustment.amount.currency === currency) {
    orderAdjustment = capped(adjustment.amount, merchandise);
  } else if (adjustment?.kind === 'percent') {
    // From 0% to 100%, as the amount is capped anyway (beyond, it could leave the range of money);
    // basis points that are not whole (a host's draft; the edits refuse them) count as 0 here.
    const typed = adjustment.basisPoints;
    const basisPoints = Number.isSafeInteger(typed) ? Math.min(Math.max(typed, 0), 10_000) : 0;
    orderAdjustment = capped(percentage(merchandise, basisPoints), merchandise);
  }

  let shipping = none;
  if (anyLineShips(draft) && draft.shippingMethodId !== null) {
    const method = shippingMethods.find(
      (method) => method.id === draft.shippingMethodId && method.rate.currency === currency,
    );
    if (method) shipping = clampToZero(method.rate);
    else if (answer) shipping = clampToZero(answer.shipping);
  }
  const shippingAdjustment =
    draft.shippingAdjustment && draft.shippingAdjustment.amount.currency === currency
      ? capped(draft.shippingAdjustment.amount, shipping)
      : none;

  const handling = answer ? clampToZero(answer.handling) : none;
  const tax = answer ? clampToZero(answer.tax) : none;
  const duty = answer ? clampToZero(answer.duty) : none;

  const total = clampToZero(
    [handling, tax, duty].reduce(
      add,
      add(subtract(merchandise, orderAdjustment), subtract(shipping, shippingAdjustment)),
    ),
  );
  const paid = sum(
    draft.payments.filter((p) => p.amount.currency === currency).map((p) => p.amount),
    currency,
  );

  return {
    currency,
    subtotal,
    discounts,
    orderAdjustment,
    shipping,
    shippingAdjustment,
    handling,
    tax,
    duty,
    total,
    paid,
    balanceDue: clampToZero(subtract(total, paid)),
    estimated: answer === null || needsRepricing(draft) || unpricedLineIds.length > 0,
    unpricedLineIds,
  };
}

/**
 * Spreads an order-level amount (a discount, an adjustment) over the lines in proportion to their
 * totals, the shares summing exactly to `amount` (largest remainder, earlier lines first on ties).
 * Lines that all total zero share equally. Lines priced in another currency, or whose total money
 * cannot hold (as in `previewTotals`), are left out.
 * @returns the share of each line, by line id; empty when the draft has no line in `amount`'s currency.
 */
export function allocateToLines(draft: OrderDraft, amount: Money): Record<string, Money> {
  const lines = draft.lines.filter((l) => inCurrency(l, amount.currency) && safeLineTotal(l) !== null);
  if (lines.length === 0) return {};
  const weights = lines.map((l) => Math.max(0, lineTotal(l).amount));
  const shares = allocate(amount, weights.some((w) => w > 0) ? weights : weights.map(() => 1));
  return Object.fromEntries(lines.map((l, i) => [l.id, shares[i] as Money]));
}
