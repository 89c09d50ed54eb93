/** Pricing answers built by hand, for the model's and the decoders' tests. */
import type { Pricing } from '../../src/model/types.js';

/**
 * A pricing answer of zero everywhere (no lines, discounts, coupons or breakdowns) in `currency`,
 * with `patch` over it.
 */
export function zeroPricing(patch: Partial<Pricing> = {}, currency = 'USD'): Pricing {
  const zero = { amount: 0, currency };
  return {
    currency,
    lines: [],
    subtotal: zero,
    discounts: [],
    coupons: [],
    orderAdjustment: zero,
    shipping: zero,
    shippingAdjustment: zero,
    shippingBreakdown: [],
    handling: zero,
    handlingBreakdown: [],
    tax: zero,
    taxBreakdown: [],
    duty: zero,
    dutyBreakdown: [],
    total: zero,
    ...patch,
  };
}
