/**
 * What the builder says after the draft changed under the Order Details it shows: how a new
 * pricing answer moved the total and why (the model's diff of the two answers, in the words of
 * the Order Details dialog), whether the shipping method still applies once the shipping
 * address changed, and the answer for the draft taken into it (new unit prices, rejected coupons
 * out, with what to tell the agent). A module of its own, which the builder loads when one of them is due (or when
 * the browser is idle): the diff and its words come with the dialog's code, which loads on demand
 * too.
 */
import { msg, str } from '../shared/localize.js';
import { html, type TemplateResult } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { adoptPricing } from '../../model/draft-pricing.js';
import { currentShippingMethod } from '../../model/shipping.js';
import type { CouponResult, OrderDraft, Pricing } from '../../model/types.js';
import { errorText } from '../shared/adapter-text.js';
import type { BasePricingController } from '../shared/pricing-base.js';
import { isolate } from '../shared/bidi.js';
import { couponRejection } from '../shared/coupon-text.js';

import { sameShipTo } from '../../model/draft.js';
import { setShippingMethod } from '../../model/draft-edits.js';
import { totalChangeText } from '../shared/pricing-text.js';
import type { PricedDraft } from '../../model/pricing-diff.js';
import type { DraftController } from './draft-controller.js';

export { setShippingMethod, totalChangeText };

/** A move of the total the summary explains: from one answer to another. */
export interface TotalMove {
  before: PricedDraft;
  after: PricedDraft;
}

/**
 * Explains how a new pricing answer (`after`, following `before`) moved the total, given the move
 * explained up to `before` (`last`): the move to explain next time (null: none), and its words.
 * An answer that leaves the total as it was after a change of the shipping address still explains
 * the move that led to it, from the answer before that move: a customer cleared and another chosen
 * is two changes of address (the draft without a customer is priced at the site's country), and the
 * total may move at the first while the agent is still searching; the agent asks why once the new
 * customer is in, in both directions. Another draft (a host's, a new order) is not a change of this one.
 */
export function explainTotal(
  last: TotalMove | null,
  before: PricedDraft,
  after: PricedDraft,
  locale: string,
): { move: TotalMove | null; text: string } {
  if (before.draft.id !== after.draft.id) return { move: null, text: '' };
  let move = { before, after };
  if (before.pricing.total.amount === after.pricing.total.amount) {
    if (!last || last.after.pricing !== before.pricing || sameShipTo(before.draft, after.draft))
      return { move: null, text: '' };
    move = { before: last.before, after };
  }
  return { move, text: totalChangeText(move.before, move.after, locale) };
}

/** Whether the draft's shipping method still applies, its name, and what to tell the agent. */
export interface ShippingCheck {
  applies: boolean;
  name: string;
  notice: string;
}

/**
 * Asks the adapter for the rates of `draft` (after its shipping address changed) and says whether
 * its shipping method, called `name` so far, is among them: the dialog's "… no longer applies and
 * was cleared." when not. When the rates cannot be loaded the method is kept, and the agent told
 * to check it. Rejects when `signal` aborts.
 */
export async function checkShipping(
  adapter: OrderAdapter,
  draft: OrderDraft,
  name: string,
  signal: AbortSignal,
): Promise<ShippingCheck> {
  try {
    const method = currentShippingMethod(draft, await adapter.getShippingMethods({ draft }, { signal }));
    return method
      ? { applies: true, name: method.name, notice: '' }
      : { applies: false, name, notice: msg(str`${name} no longer applies and was cleared.`) };
  } catch (error) {
    if (signal.aborted) throw error;
    return {
      applies: true,
      name,
      notice: msg(
        'The shipping rates for the new address could not be loaded: check the shipping method in Edit Details.',
      ),
    };
  }
}

/**
 * The shipping check after a change of the shipping address (`checkShipping`), for the draft
 * `drafts` holds: stale (rejects) once that draft no longer has the customer and the method asked
 * about, or `signal` aborts; a method that no longer applies is cleared from the draft.
 */
export async function recheckShipping(
  adapter: OrderAdapter,
  asked: OrderDraft,
  name: string,
  signal: AbortSignal,
  drafts: DraftController,
): Promise<ShippingCheck> {
  const id = asked.shippingMethodId;
  // Whether the draft still has the customer and the method asked about.
  const current = () =>
    !signal.aborted && drafts.draft.customer === asked.customer && drafts.draft.shippingMethodId === id;
  if (!current()) throw new Error('stale');
  const check = await checkShipping(adapter, asked, name, signal);
  if (!current()) throw new Error('stale');
  if (!check.applies) drafts.apply(setShippingMethod(drafts.draft, null), 'agent');
  return check;
}

/**
 * Takes `pricing`, the answer for `draft` as it is, into it (`adoptPricing`: the lines' unit
 * prices, the rejected coupon codes out), with the answer's results of the codes taken out (worded
 * when shown, see `removedCouponsText`).
 */
export function takePricing(draft: OrderDraft, pricing: Pricing): { draft: OrderDraft; rejected: CouponResult[] } {
  return adoptPricing(draft, pricing);
}

/**
 * What to tell the agent about the coupon codes an answer took out ("Coupon EXPIRED was removed:
 * EXPIRED has expired."), or '' when none was. Worded when it renders, not when the answer came:
 * in the page's language as it is then (the French catalogue may have loaded since).
 */
export function removedCouponsText(rejected: readonly CouponResult[], locale: string): string {
  return rejected
    .map((r) => {
      const code = isolate(r.code);
      const reason = couponRejection(r, locale);
      return msg(str`Coupon ${code} was removed: ${reason}`);
    })
    .join(' ');
}

/** That the draft has no total, why (the adapter's words), and Retry. */
export function renderPricingError(pricing: Pick<BasePricingController, 'error' | 'refresh'>): TemplateResult {
  return html`<p class="text-small" part="pricing-error">
    ${msg('The total could not be calculated.')} ${errorText(pricing.error)}
    <button class="button button--small" part="pricing-retry-button" type="button" @click=${() => pricing.refresh()}>
      ${msg('Retry')}
    </button>
  </p>`;
}
