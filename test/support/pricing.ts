/** Pricing answers built by hand, for the model's and the decoders' tests. */
import type { Pricing } from '../../src/model/types.js';
import { zeroPricing as emptyPricing } from '../../mocks/pricing.js';

/**
 * A pricing answer of zero everywhere (no lines, discounts, coupons or breakdowns) in `currency`,
 * with `patch` over it.
 */
export function zeroPricing(patch: Partial<Pricing> = {}, currency = 'USD'): Pricing {
  return { ...emptyPricing(currency), ...patch };
}
