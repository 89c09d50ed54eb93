import { msg } from './localize.js';
import { InvalidResponseError } from '../../adapter/errors.js';
import { diffPricing } from '../../model/pricing-diff.js';
import type { PricedDraft, PricingChange } from '../../model/pricing-diff.js';
import { BasePricingController } from './pricing-base.js';

export type { PricingControllerOptions, PricingStatus } from './pricing-base.js';

/**
 * Prices the host's draft through `adapter.priceOrder` after every edit: debounced, each call
 * aborting the previous one, and an answer for an older draft never replacing a newer one (even
 * when it arrives last). Edits that cannot move a price (`updatedAt`, payments, the lines' unit
 * prices, which the answer gives) do not ask again. A request carries only what prices depend on
 * (`pricingDraft`: no notes, gift messages, payments).
 *
 * `pricing` is the latest answer. It is the answer for the current draft only while `status` is
 * "ready" (`answers(draft)` checks it for a given draft); while "pending" or "error" it belongs to
 * an earlier draft, and a view shows it as such (recalculating) or not at all. `change` is how the total moved from the answer before it
 * (`diffPricing`: which components moved, and the edits that explain them). An answer with an
 * amount in another currency than the draft's, or that is not valid money, is never taken: the
 * status is "error", with an InvalidResponseError saying so.
 */
export class PricingController extends BasePricingController {
  protected override refused(): unknown {
    return new InvalidResponseError(
      msg(
        'Could not price the order: the order service sent an answer this page cannot use. Try again; if it keeps happening, ask an administrator.',
      ),
    );
  }

  protected override explain(before: PricedDraft, after: PricedDraft): PricingChange | null {
    return diffPricing(before, after);
  }
}
