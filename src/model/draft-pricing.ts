/**
 * Taking a pricing answer into the draft it answers: the lines' unit prices become the answer's
 * (after a change of price list or site, and whenever the backend's price differs), and coupon
 * codes the answer rejected leave the draft (the order's coupons are the accepted ones only; the
 * view that entered a rejected code keeps it, with its reason, where it was entered). Re-exported
 * by `draft.ts`; a module of its own so that the builder, which takes every answer of its pricing
 * into its draft, loads only this of the draft's edits at once.
 */
import { assertDraftCurrency, isPricingIn, normalizeCoupon, touch } from './draft-core.js';
import type { CouponResult, DraftLine, Money, OrderDraft, Pricing } from './types.js';

/**
 * Takes the new unit prices of lines (by line id) from a pricing or configure answer, and clears
 * their `needsRepricing` mark. Ids of lines no longer in the draft are ignored.
 * @throws {RangeError} for a price in another currency than the draft's.
 */
export function repriceLines(
  draft: OrderDraft,
  prices: Readonly<Record<string, Money>>,
  now: Date = new Date(),
): OrderDraft {
  let changed = false;
  const lines = draft.lines.map((line): DraftLine => {
    if (!Object.hasOwn(prices, line.id)) return line;
    const unitPrice = prices[line.id] as Money;
    assertDraftCurrency(draft, unitPrice, 'The new unit price');
    if (
      line.needsRepricing !== true &&
      line.unitPrice.amount === unitPrice.amount &&
      line.unitPrice.currency === unitPrice.currency
    ) {
      return line;
    }
    changed = true;
    const { needsRepricing: _stale, ...rest } = line;
    return { ...rest, unitPrice };
  });
  return changed ? touch(draft, { lines }, now) : draft;
}

/** What `adoptPricing` did: the draft with the answer taken in, and the coupon results it dropped. */
export interface AdoptedPricing {
  /** `draft` itself when the answer changed nothing. */
  draft: OrderDraft;
  /** The answer's results of the codes that were in the draft and were rejected (now out of it). */
  rejected: CouponResult[];
}

/**
 * Takes `pricing`, the answer for `draft` (the caller checks that it is), into the draft: each
 * line gets the answer's unit price (clearing `needsRepricing`), and the coupon codes the answer
 * rejected are removed. The draft unchanged when there is nothing to take in. Never throws for
 * the adapter's data: an answer with any amount in another currency than the draft's (an answer
 * for another site, a line priced in CAD on a US draft) or that is not valid money is ignored
 * (`isPricingIn`; the pricing controller reports such an answer as an error).
 */
export function adoptPricing(draft: OrderDraft, pricing: Pricing, now: Date = new Date()): AdoptedPricing {
  if (!isPricingIn(pricing, draft.currency ?? pricing.currency)) return { draft, rejected: [] };
  const repriced = repriceLines(draft, Object.fromEntries(pricing.lines.map((l) => [l.lineId, l.unitPrice])), now);
  const refused = new Map(
    pricing.coupons.filter((c) => c.status === 'rejected').map((c) => [normalizeCoupon(c.code), c]),
  );
  const rejected = draft.coupons.flatMap((code) => refused.get(normalizeCoupon(code)) ?? []);
  if (!rejected.length) return { draft: repriced, rejected };
  const coupons = repriced.coupons.filter((code) => !refused.has(normalizeCoupon(code)));
  return { draft: touch(repriced, { coupons }, now), rejected };
}

/**
 * The codes of `draft` that are the order's coupons: all of them, less those `pricing` (its latest
 * answer, possibly for an earlier version of it) rejected. What summaries and read-backs list.
 */
export function orderCoupons(draft: Pick<OrderDraft, 'coupons'>, pricing: Pick<Pricing, 'coupons'> | null): string[] {
  const refused = new Set(
    pricing?.coupons.filter((c) => c.status === 'rejected').map((c) => normalizeCoupon(c.code)) ?? [],
  );
  return draft.coupons.filter((code) => !refused.has(normalizeCoupon(code)));
}
