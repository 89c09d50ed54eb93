/**
 * Whether a draft's shipping method still applies: it does while it is among the rates the
 * adapter answers for the draft as it is now (its lines and its shipping address); and which one to
 * preselect when the draft has none.
 */
import { shipToAddress } from './draft-core.js';
import type { OrderDraft, ShippingMethod } from './types.js';

/**
 * What the shipping rates depend on: the site, each line's product, quantity and fulfillment (not
 * who receives an item delivered by email), and where the order ships (`shipToAddress`). Rates are
 * asked again only when it changes (compared deeply).
 */
export function shippingRatesKey(draft: OrderDraft) {
  return {
    siteId: draft.siteId,
    lines: draft.lines.map(({ productId, variantId, quantity, fulfillment }) => ({
      productId,
      variantId,
      quantity,
      fulfillment: fulfillment && { kind: fulfillment.kind, locationId: fulfillment.locationId },
    })),
    address: shipToAddress(draft),
  };
}

/**
 * The draft's shipping method among `rates`, or undefined when it is not there (no longer
 * applies) or the draft has none.
 */
export function currentShippingMethod(
  draft: Pick<OrderDraft, 'shippingMethodId'>,
  rates: readonly ShippingMethod[],
): ShippingMethod | undefined {
  const id = draft.shippingMethodId;
  return id ? rates.find((method) => method.id === id) : undefined;
}

/** Whether the draft has a shipping method that `rates` no longer offer (it is to be cleared). */
export function shippingMethodLapsed(
  draft: Pick<OrderDraft, 'shippingMethodId'>,
  rates: readonly ShippingMethod[],
): boolean {
  return !!draft.shippingMethodId && !currentShippingMethod(draft, rates);
}

/**
 * The method to preselect for a draft that ships and has none: the only one offered, else the one
 * the adapter marks as the site's default (`isDefault`); none when neither (the agent chooses).
 */
export function preselectedShippingMethod(rates: readonly ShippingMethod[]): ShippingMethod | undefined {
  return rates.length === 1 ? rates[0] : rates.find((method) => method.isDefault);
}
