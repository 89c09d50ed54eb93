/**
 * Pricing a draft with Kibo (docs/KIBO.md, `priceOrder`): the draft as a Kibo order (`Order`, no
 * order is created) for `POST /commerce/orders/price`, and the priced order read back as our
 * `Pricing`.
 *
 * Choices the definitions do not settle, made here: both our line adjustments are sent as the
 * item's `unitPrice.overrideAmount` ("Amount as manually overridden by the Merchant"), the unit
 * price less the amount off or the new unit price; the order and shipping adjustments are sent as
 * negative `Adjustment.amount`s (a discount); coupons go in `couponCodes`, documented as "Only set on
 * order import": a coupon neither applied nor listed in `invalidCoupons` reads as rejected,
 * "unknown". A coupon in `invalidCoupons` is rejected for the reason its `reasonCode` gives
 * (`COUPON_REASONS`: our convention, Kibo's definitions do not enumerate the codes), with Kibo's
 * `reason` as its message.
 */
import { DecodeError } from '../adapter/decode.js';
import { shipToAddress } from '../model/draft-core.js';
import { percentage } from '../model/money-shares.js';
import type * as model from '../model/types.js';
import { amount } from './decode.js';
import { splitName, kiboAddress, taxExemptFields } from './encode.js';
import type * as kibo from './kibo-types.js';
import { major } from './shipping.js';
import { isObject, view, list, someText as text } from './read.js';

const FULFILLMENT_METHODS = { ship: 'Ship', pickup: 'Pickup', delivery: 'Delivery', digital: 'Digital' } as const;

/**
 * `InvalidCoupon.reasonCode` → our coupon rejection reason (docs/KIBO.md, `priceOrder`): our
 * convention, as the Kibo mock sends them; Kibo's definitions only say the code is an int32. Any
 * other code is the generic "not-applicable".
 */
export const COUPON_REASONS: Readonly<Record<number, string>> = {
  100: 'unknown',
  101: 'expired',
  102: 'minimum-not-met',
  103: 'not-applicable',
};
const GENERIC_REASON = 'not-applicable';

/** The unit price a line is sold at, after its adjustment. */
function adjustedUnitPrice(line: model.DraftLine): model.Money {
  const adjustment = line.adjustment;
  if (!adjustment) return line.unitPrice;
  if (adjustment.kind === 'unit-price') return adjustment.unitPrice;
  return { amount: Math.max(0, line.unitPrice.amount - adjustment.amount.amount), currency: line.unitPrice.currency };
}

/** A draft line as a Kibo order item; our line id as the item's id. */
export function orderItem(line: model.DraftLine): kibo.KiboOrderItem {
  return {
    id: line.id,
    quantity: line.quantity,
    product: {
      productCode: line.productId,
      variationProductCode: line.variantId,
      name: line.productName,
      options: line.options.map((o) => ({ name: o.name, value: o.value })),
    },
    fulfillmentMethod: FULFILLMENT_METHODS[line.fulfillment?.kind ?? 'ship'],
    fulfillmentLocationCode: line.fulfillment?.locationId ?? null,
    ...(line.adjustment ? { unitPrice: { overrideAmount: major(adjustedUnitPrice(line)) } } : {}),
  };
}

/** The draft as the order `priceOrder` prices, in `currency`. */
export function pricingOrder(draft: model.OrderDraft, tenantId: number, currency: string): kibo.KiboOrder {
  const subtotal = draft.lines.reduce((sum, line) => sum + adjustedUnitPrice(line).amount * line.quantity, 0);
  const orderOff =
    draft.orderAdjustment?.kind === 'amount'
      ? draft.orderAdjustment.amount
      : draft.orderAdjustment
        ? percentage({ amount: subtotal, currency }, draft.orderAdjustment.basisPoints)
        : null;
  const customerId = draft.customer && /^\d+$/.test(draft.customer.id) ? Number(draft.customer.id) : null;
  // Where the order ships: another address (`shipTo`) or the customer's default shipping one.
  const address = shipToAddress(draft);
  return {
    siteId: Number(draft.siteId),
    tenantId,
    type: 'Offline',
    currencyCode: currency,
    customerAccountId: customerId,
    email: draft.customer?.email ?? null,
    priceListCode: draft.priceListId,
    couponCodes: draft.coupons,
    items: draft.lines.map(orderItem),
    ...taxExemptFields(draft),
    ...(orderOff && draft.orderAdjustment
      ? { adjustment: { amount: -major(orderOff), description: draft.orderAdjustment.reason } }
      : {}),
    ...(draft.shippingAdjustment
      ? {
          shippingAdjustment: {
            amount: -major(draft.shippingAdjustment.amount),
            description: draft.shippingAdjustment.reason,
          },
        }
      : {}),
    ...(draft.shippingMethodId || address
      ? {
          fulfillmentInfo: {
            shippingMethodCode: draft.shippingMethodId,
            ...(address
              ? {
                  fulfillmentContact: {
                    ...splitName(address.name),
                    email: draft.customer?.email ?? null,
                    address: kiboAddress(address),
                  },
                }
              : {}),
          },
        }
      : {}),
  };
}

/** The priced order as our `Pricing`, in the draft's `currency` (an answer in another is refused). */
export function pricing(value: unknown, draft: model.OrderDraft, currency: string): model.Pricing {
  const order = view<kibo.KiboOrder>(value, '');
  if (order.currencyCode !== undefined && order.currencyCode !== null && order.currencyCode !== currency) {
    throw new DecodeError('currencyCode', `${currency}, the currency of the draft`);
  }
  const money = (v: unknown, path: string) => amount(v, currency, path);
  const orZero = (v: unknown, path: string) => (v === undefined || v === null ? money(0, path) : money(v, path));
  const positive = (m: model.Money) => ({ amount: Math.abs(m.amount), currency });
  const items = list(order.items);
  const lines = items.map((raw, i) => {
    const item = view<kibo.KiboOrderItem>(raw, `items[${i}]`);
    const line = draft.lines.find((l) => l.id === item.id) ?? draft.lines[i];
    if (!line) throw new DecodeError(`items[${i}]`, 'an item of the draft');
    const unit = isObject(item.unitPrice) ? view<kibo.KiboUnitPrice>(item.unitPrice, `items[${i}].unitPrice`) : {};
    const unitPrice = money(unit.listAmount ?? unit.saleAmount, `items[${i}].unitPrice.listAmount`);
    const adjusted =
      unit.extendedAmount === undefined || unit.extendedAmount === null
        ? unitPrice
        : money(unit.extendedAmount, `items[${i}].unitPrice.extendedAmount`);
    return { lineId: line.id, unitPrice, adjustedUnitPrice: adjusted, total: money(item.total, `items[${i}].total`) };
  });
  const discounts: model.Discount[] = [];
  const applied = new Map<string, model.Money>();
  const readDiscounts = (raw: unknown[], path: string) =>
    raw.forEach((entry, i) => {
      const d = view<kibo.KiboAppliedDiscount>(entry, `${path}[${i}]`);
      if (d.excluded === true) return;
      const discount = isObject(d.discount) ? d.discount : {};
      const code = text(d.couponCode);
      const off = positive(orZero(d.impact, `${path}[${i}].impact`));
      if (code) applied.set(code.toUpperCase(), off);
      discounts.push({ label: text(discount.name) ?? code ?? 'Discount', ...(code ? { code } : {}), amount: off });
    });
  readDiscounts(list(order.orderDiscounts), 'orderDiscounts');
  items.forEach((raw, i) =>
    readDiscounts(list(isObject(raw) ? raw.productDiscounts : []), `items[${i}].productDiscounts`),
  );
  const invalid = new Map(
    list(order.invalidCoupons).flatMap((raw) => {
      const c = isObject(raw) ? view<kibo.KiboInvalidCoupon>(raw, '') : {};
      const code = text(c.couponCode);
      const reason = (typeof c.reasonCode === 'number' ? COUPON_REASONS[c.reasonCode] : undefined) ?? GENERIC_REASON;
      return code ? [[code.toUpperCase(), { reason, message: text(c.reason) }] as const] : [];
    }),
  );
  const coupons: model.CouponResult[] = draft.coupons.map((code) => {
    const discount = applied.get(code.toUpperCase());
    const refused = invalid.get(code.toUpperCase());
    if (discount && !refused) return { code, status: 'accepted', discount };
    return {
      code,
      status: 'rejected',
      reason: refused?.reason ?? 'unknown',
      ...(refused?.message ? { message: refused.message } : {}),
    };
  });
  const adjustment = isObject(order.adjustment) ? view<kibo.KiboAdjustment>(order.adjustment, 'adjustment') : {};
  const shippingAdjustment = isObject(order.shippingAdjustment)
    ? view<kibo.KiboAdjustment>(order.shippingAdjustment, 'shippingAdjustment')
    : {};
  const taxBreakdown = (
    [
      ['Items', order.itemTaxTotal, 'itemTaxTotal'],
      ['Shipping', order.shippingTaxTotal, 'shippingTaxTotal'],
      ['Handling', order.handlingTaxTotal, 'handlingTaxTotal'],
    ] as const
  ).flatMap(([label, v, path]) => {
    const m = orZero(v, path);
    return m.amount ? [{ label, amount: m }] : [];
  });
  const total = orZero(order.total, 'total');
  return {
    currency,
    lines,
    subtotal: orZero(order.subtotal, 'subtotal'),
    discounts,
    coupons,
    orderAdjustment: positive(orZero(adjustment.amount, 'adjustment.amount')),
    shipping: orZero(order.shippingSubTotal ?? order.shippingTotal, 'shippingSubTotal'),
    shippingAdjustment: positive(orZero(shippingAdjustment.amount, 'shippingAdjustment.amount')),
    shippingBreakdown: [],
    handling: orZero(order.handlingTotal, 'handlingTotal'),
    handlingBreakdown: [],
    tax: orZero(order.taxTotal, 'taxTotal'),
    taxBreakdown,
    duty: orZero(order.dutyTotal, 'dutyTotal'),
    dutyBreakdown: [],
    total: total.amount < 0 ? { amount: 0, currency } : total,
  };
}
