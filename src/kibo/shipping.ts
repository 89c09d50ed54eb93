/**
 * Shipping rates for a draft before any order exists (docs/KIBO.md, `getShippingMethods`): the
 * shipping storefront's `request-rates` with the draft's shipped lines and where it ships (its
 * `shipTo`, else the customer's default shipping address); each carrier's rates become our shipping methods.
 */
import { DecodeError } from '../adapter/decode.js';
import { shipToAddress } from '../model/draft-core.js';
import { minorUnitsOf } from '../model/currencies.js';
import type { Money, OrderDraft, ShippingMethod } from '../model/types.js';
import { amount } from './decode.js';
import type { KiboCarrierRates, KiboRateRequest, KiboRatesResponse, KiboShippingRate } from './kibo-types.js';
import { kiboAddress } from './encode.js';
import { isObject, someText as text } from './read.js';

/** Our integer minor units → Kibo's major units. */
export function major(money: Money): number {
  return money.amount / 10 ** minorUnitsOf(money.currency);
}

/**
 * The rate request of a draft in `currency`, or null when there is nothing to rate: no line is
 * shipped, or there is no address to ship to (no `shipTo`, no default shipping address).
 */
export function rateRequest(draft: OrderDraft, currency: string): KiboRateRequest | null {
  const shipped = draft.lines.filter((line) => line.fulfillment?.kind === 'ship');
  const address = shipToAddress(draft);
  if (!shipped.length || !address) return null;
  // Totals summed in minor units, then converted: no binary fractions added up.
  const cents = (line: (typeof shipped)[number]) => line.unitPrice.amount * line.quantity;
  return {
    isoCurrencyCode: currency,
    destinationAddress: kiboAddress(address),
    items: shipped.map((line) => ({
      itemId: line.id,
      quantity: line.quantity,
      // "Supported values are Ship and Delivery".
      fulfillmentMethod: 'Ship',
      // No `itemTotal`: Kibo's definitions make it an int32, which cannot hold 24.99; the
      // product summaries carry the prices (docs/KIBO.md lists no item total).
      productSummaries: [{ productCode: line.code, quantity: line.quantity, price: major(line.unitPrice) }],
    })),
    orderTotal: major({ amount: shipped.reduce((sum, line) => sum + cents(line), 0), currency }),
  };
}

/**
 * The shipping methods of a `RatesResponse`, in `currency`: one per rate code (the first carrier's
 * wins). A rate without a code or an amount is left out.
 */
export function shippingMethods(value: unknown, currency: string): ShippingMethod[] {
  if (!isObject(value)) throw new DecodeError('', 'an object');
  const response = value as Partial<Record<keyof KiboRatesResponse, unknown>>;
  const methods = new Map<string, ShippingMethod>();
  for (const carrier of Array.isArray(response.rates) ? response.rates : []) {
    if (!isObject(carrier)) continue;
    const rates = (carrier as Partial<Record<keyof KiboCarrierRates, unknown>>).shippingRates;
    for (const raw of Array.isArray(rates) ? rates : []) {
      if (!isObject(raw)) continue;
      const rate = raw as Partial<Record<keyof KiboShippingRate, unknown>>;
      const code = text(rate.code);
      if (!code || methods.has(code) || typeof rate.amount !== 'number') continue;
      let price: Money;
      try {
        price = amount(rate.amount, currency, 'amount');
      } catch {
        continue;
      }
      if (price.amount < 0) continue;
      const name = isObject(rate.content) ? text(rate.content.name) : undefined;
      const days = rate.daysInTransit;
      const description =
        typeof days === 'number' && Number.isSafeInteger(days) && days > 0
          ? `${days} ${days === 1 ? 'day' : 'days'} in transit`
          : undefined;
      methods.set(code, { id: code, name: name ?? code, ...(description ? { description } : {}), rate: price });
    }
  }
  return [...methods.values()];
}
