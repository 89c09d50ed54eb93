/**
 * Pricing and shipping rates in Kibo's shapes (docs/KIBO.md: `priceOrder`, `getShippingMethods`):
 * a `CommerceRuntimeOrder` sent to `POST /commerce/orders/price` read as our draft, our `Pricing`
 * written back as the priced order, and our shipping methods as a `RatesResponse`.
 *
 * Choices where Kibo's definitions are silent (written down here, once):
 * - Adjustments are signed amounts in major units, negative for a reduction: our order adjustment
 *   of 5.00 off is `adjustment.amount: -5`, our shipping adjustment `shippingAdjustment.amount`
 *   likewise; a line's `lineItemAdjustment` is the adjustment of the whole line (our amount off
 *   per unit × quantity, negated); `unitPrice.overrideAmount` is a new unit price.
 * - Items: `fulfillmentMethod` is `Ship`, `Pickup`, `Delivery` or `Digital` (email delivery, its
 *   recipient in `data.recipient`), with `fulfillmentLocationCode` for pickup and delivery; the line id is the item's `id` (else `data.lineId`, else `item-<n>`).
 * - The ship-to country is `fulfillmentInfo.fulfillmentContact.address.countryCode`, else the
 *   customer account's default shipping address, else the site's.
 * - Coupons are read from `couponCodes` (documented as "only set on order import": the mock
 *   prices them anyway). A rejected one is in `invalidCoupons` with `reason` (our message) and
 *   `reasonCode`: 100 unknown, 101 expired, 102 minimum not met, 103 not applicable.
 * - Accepted coupons and price-list discounts are `orderDiscounts`, except free shipping, which is
 *   in `shippingDiscounts` (with the method's code). `shippingTotal` is after the shipping
 *   discounts and adjustment; `shippingSubTotal` before.
 * - Rates: one carrier, `carrierId: 'mock'`; `daysInTransit` is the last number of our method's
 *   description ("5–7 business days" → 7; "Next business day" → 1).
 */
import type {
  Customer,
  DigitalRecipient,
  DraftLine,
  Fulfillment,
  LineAdjustment,
  OrderDraft,
  Pricing,
  ShippingMethod,
  Site,
} from '../../src/model/types.js';
import type { SeedData } from '../seed.js';
import { fieldError, KiboError, kiboBadParameter } from './errors.js';
import { KIBO_TENANT_ID, kiboSiteId, toMajor, toMinor, type KiboContact } from './shapes.js';

export interface KiboOrderItemInput {
  id?: string | null;
  quantity?: number;
  data?: Record<string, unknown> | null;
  product?: { productCode?: string | null; variationProductCode?: string | null; name?: string | null } | null;
  fulfillmentMethod?: string | null;
  fulfillmentLocationCode?: string | null;
  unitPrice?: { overrideAmount?: number | null } | null;
  lineItemAdjustment?: number | null;
}

export interface KiboOrderInput {
  siteId?: number | null;
  currencyCode?: string | null;
  customerAccountId?: number | null;
  priceListCode?: string | null;
  couponCodes?: string[] | null;
  items?: KiboOrderItemInput[] | null;
  adjustment?: { amount?: number | null; description?: string | null } | null;
  shippingAdjustment?: { amount?: number | null; description?: string | null } | null;
  fulfillmentInfo?: { shippingMethodCode?: string | null; fulfillmentContact?: KiboContact | null } | null;
  /** A tax-exempt order, with the exemption certificate number as `customerTaxId`. */
  isTaxExempt?: boolean | null;
  customerTaxId?: string | null;
}

export const INVALID_COUPON_REASON_CODES: Readonly<Record<string, number>> = {
  unknown: 100,
  expired: 101,
  'minimum-not-met': 102,
  'not-applicable': 103,
};

/** The recipient of an item delivered by email, as the Kibo adapter keeps it in the item's `data.recipient`. */
function recipientOf(data: KiboOrderItemInput['data']): { recipient?: DigitalRecipient } {
  const r = data?.['recipient'];
  if (!r || typeof r !== 'object') return {};
  const { email, name, message } = r as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return { recipient: { email: text(email), name: text(name), message: text(message) } };
}

function fulfillmentOf(item: KiboOrderItemInput, index: number, seed: SeedData): Fulfillment | null {
  const method = item.fulfillmentMethod ?? null;
  if (method === null) return null;
  if (method === 'Ship') return { kind: 'ship', locationId: null, locationName: null };
  if (method === 'Digital') return { kind: 'digital', locationId: null, locationName: null, ...recipientOf(item.data) };
  const kind = method === 'Pickup' ? 'pickup' : method === 'Delivery' ? 'delivery' : null;
  if (!kind) {
    throw kiboBadParameter(`Unknown fulfillment method ${method}.`, [
      fieldError(`items[${index}].fulfillmentMethod`, 'Use Ship, Pickup, Delivery or Digital.'),
    ]);
  }
  const location = seed.locations.find((l) => l.id === item.fulfillmentLocationCode);
  return { kind, locationId: item.fulfillmentLocationCode ?? null, locationName: location?.name ?? null };
}

function lineOf(item: KiboOrderItemInput, index: number, seed: SeedData, currency: string): DraftLine {
  const code = item.product?.productCode ?? '';
  const product = seed.products.find((p) => p.code === code);
  if (!product) {
    throw new KiboError({
      status: 400,
      message: `Product ${code || '(none)'} is not in the catalog.`,
      items: [fieldError(`items[${index}].product.productCode`, 'Unknown product code.')],
    });
  }
  const variant = product.variants.find((v) => v.code === item.product?.variationProductCode) ?? null;
  const quantity = item.quantity ?? 0;
  const dataLineId = item.data && typeof item.data['lineId'] === 'string' ? item.data['lineId'] : null;
  const reason = 'Kibo adjustment';
  let adjustment: LineAdjustment | null = null;
  if (typeof item.unitPrice?.overrideAmount === 'number') {
    adjustment = {
      kind: 'unit-price',
      unitPrice: { amount: toMinor(item.unitPrice.overrideAmount, currency), currency },
      reason,
    };
  } else if (typeof item.lineItemAdjustment === 'number' && item.lineItemAdjustment !== 0 && quantity > 0) {
    const perUnit = toMinor(-item.lineItemAdjustment / quantity, currency);
    adjustment = { kind: 'amount-off', amount: { amount: perUnit, currency }, reason };
  }
  return {
    id: item.id ?? dataLineId ?? `item-${index + 1}`,
    productId: product.id,
    variantId: variant?.id ?? null,
    productName: product.name,
    code: variant?.code ?? product.code,
    options: variant ? Object.entries(variant.options).map(([name, value]) => ({ name, value })) : [],
    quantity,
    fulfillment: fulfillmentOf(item, index, seed),
    unitPrice: { amount: product.prices[currency] ?? 0, currency },
    adjustment,
    gift: false,
    giftMessage: '',
  };
}

/** The ship-to customer: the account's customer, its addresses replaced by the fulfillment contact when one is sent. */
function customerOf(order: KiboOrderInput, customer: Customer | undefined, site: Site): Customer | null {
  const address = order.fulfillmentInfo?.fulfillmentContact?.address;
  if (!address?.countryCode) return customer ?? null;
  const base: Customer = customer ?? {
    id: 'kibo-anonymous',
    customerNumber: 'C000000',
    customerSetId: site.customerSetId,
    firstName: '',
    lastName: '',
    email: '',
    phones: {},
    addresses: [],
  };
  return {
    ...base,
    addresses: [
      {
        id: 'kibo-fulfillment-contact',
        name: '',
        line1: address.address1 ?? '',
        city: address.cityOrTown ?? '',
        region: address.stateOrProvince ?? '',
        postalCode: address.postalOrZipCode ?? '',
        country: address.countryCode,
        isDefaultBilling: true,
        isDefaultShipping: true,
      },
    ],
  };
}

/** A Kibo order to price as our draft. */
export function draftOfKiboOrder(order: KiboOrderInput, site: Site, seed: SeedData, customer?: Customer): OrderDraft {
  const currency = order.currencyCode ?? site.currency;
  const adjustmentAmount = order.adjustment?.amount ?? 0;
  const shippingAmount = order.shippingAdjustment?.amount ?? 0;
  const now = seed.now.toISOString();
  return {
    schema: 1,
    id: 'kibo-price',
    siteId: site.id,
    currency,
    customer: customerOf(order, customer, site),
    lines: (order.items ?? []).map((item, index) => lineOf(item, index, seed, currency)),
    shippingMethodId: order.fulfillmentInfo?.shippingMethodCode ?? null,
    coupons: (order.couponCodes ?? []).map((c) => c.toUpperCase()),
    customerNotes: '',
    giftMessage: '',
    priceListId: order.priceListCode ?? null,
    orderAdjustment: adjustmentAmount
      ? {
          kind: 'amount',
          amount: { amount: toMinor(-adjustmentAmount, currency), currency },
          reason: order.adjustment?.description ?? 'Kibo adjustment',
        }
      : null,
    shippingAdjustment: shippingAmount
      ? {
          kind: 'amount',
          amount: { amount: toMinor(-shippingAmount, currency), currency },
          reason: order.shippingAdjustment?.description ?? 'Kibo adjustment',
        }
      : null,
    ...(order.isTaxExempt ? { taxExemption: { certificateNumber: order.customerTaxId ?? '' } } : {}),
    payments: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** Our field path in a pricing problem (`lines.<lineId>.quantity`) as Kibo's path in the order. */
export function kiboOrderPath(path: string, draft: OrderDraft): string {
  const line = /^lines\.([^.]+)\.?(.*)$/.exec(path);
  if (line) {
    const index = draft.lines.findIndex((l) => l.id === line[1]);
    const field = line[2] === 'variantId' ? 'product.variationProductCode' : line[2] || '';
    return `items[${index}]${field ? `.${field}` : ''}`;
  }
  const fields: Record<string, string> = {
    shippingMethodId: 'fulfillmentInfo.shippingMethodCode',
    coupons: 'couponCodes',
    priceListId: 'priceListCode',
    customer: 'customerAccountId',
  };
  return fields[path] ?? path;
}

/** Our pricing of the draft as the priced Kibo order. */
export function toKiboPricedOrder(draft: OrderDraft, pricing: Pricing, sites: readonly Site[], seed: SeedData) {
  const major = (amount: number) => toMajor({ amount, currency: pricing.currency });
  const freeShipping = new Set(seed.coupons.filter((c) => c.kind === 'free-shipping').map((c) => c.code));
  const shippingDiscounts = pricing.discounts.filter((d) => d.code && freeShipping.has(d.code));
  const orderDiscounts = pricing.discounts.filter((d) => !shippingDiscounts.includes(d));
  const shippingDiscountTotal = shippingDiscounts.reduce((sum, d) => sum + d.amount.amount, 0);
  const applied = (d: Pricing['discounts'][number], index: number) => ({
    ...(d.code ? { couponCode: d.code } : {}),
    discount: { id: index + 1, name: d.label, hasMultipleTargetProducts: false, itemIds: [] },
    impact: -major(d.amount.amount),
    excluded: false,
  });
  const discountTotal = pricing.discounts.reduce((sum, d) => sum + d.amount.amount, 0);
  return {
    siteId: draft.siteId ? kiboSiteId(sites, draft.siteId) : null,
    tenantId: KIBO_TENANT_ID,
    type: 'Offline',
    status: 'Created',
    currencyCode: pricing.currency,
    priceListCode: draft.priceListId,
    couponCodes: draft.coupons,
    items: pricing.lines.map((priced) => {
      const line = draft.lines.find((l) => l.id === priced.lineId)!;
      const override = line.adjustment?.kind === 'unit-price' ? major(priced.adjustedUnitPrice.amount) : null;
      const lineAdjustment =
        line.adjustment?.kind === 'amount-off'
          ? -major((priced.unitPrice.amount - priced.adjustedUnitPrice.amount) * line.quantity)
          : null;
      return {
        id: line.id,
        quantity: line.quantity,
        product: {
          productCode: seed.productById.get(line.productId)?.code ?? line.code,
          ...(line.variantId ? { variationProductCode: line.code } : {}),
          name: line.productName,
          // The options chosen (Size, Color), as Kibo's order items carry them.
          ...(line.options.length ? { options: line.options.map(({ name, value }) => ({ name, value })) } : {}),
        },
        fulfillmentMethod: !line.fulfillment
          ? null
          : line.fulfillment.kind === 'ship'
            ? 'Ship'
            : line.fulfillment.kind === 'pickup'
              ? 'Pickup'
              : line.fulfillment.kind === 'digital'
                ? 'Digital'
                : 'Delivery',
        fulfillmentLocationCode: line.fulfillment?.locationId ?? null,
        unitPrice: {
          listAmount: major(priced.unitPrice.amount),
          ...(override !== null ? { overrideAmount: override } : {}),
          extendedAmount: major(priced.adjustedUnitPrice.amount),
        },
        ...(lineAdjustment !== null ? { lineItemAdjustment: lineAdjustment } : {}),
        subtotal: major(priced.unitPrice.amount * line.quantity),
        total: major(priced.total.amount),
      };
    }),
    subtotal: major(pricing.subtotal.amount),
    discountTotal: major(discountTotal),
    orderDiscounts: orderDiscounts.map(applied),
    shippingDiscounts: shippingDiscounts.map((d, index) => ({
      methodCode: draft.shippingMethodId,
      discount: applied(d, orderDiscounts.length + index),
    })),
    invalidCoupons: pricing.coupons
      .filter((c) => c.status === 'rejected')
      .map((c, index) => ({
        couponCode: c.code,
        reason: c.message ?? c.reason ?? 'Invalid coupon',
        reasonCode: INVALID_COUPON_REASON_CODES[c.reason ?? 'unknown'] ?? INVALID_COUPON_REASON_CODES['unknown']!,
        discountId: index + 1000,
        createDate: seed.now.toISOString(),
      })),
    adjustment: { amount: -major(pricing.orderAdjustment.amount) },
    shippingSubTotal: major(pricing.shipping.amount),
    shippingAdjustment: { amount: -major(pricing.shippingAdjustment.amount) },
    shippingTotal: major(pricing.shipping.amount - shippingDiscountTotal - pricing.shippingAdjustment.amount),
    handlingAmount: major(pricing.handling.amount),
    handlingTotal: major(pricing.handling.amount),
    taxTotal: major(pricing.tax.amount),
    itemTaxTotal: major(pricing.tax.amount),
    dutyAmount: major(pricing.duty.amount),
    dutyTotal: major(pricing.duty.amount),
    total: major(pricing.total.amount),
    fulfillmentInfo: { shippingMethodCode: draft.shippingMethodId },
  };
}

/** Our shipping methods as Kibo's `RatesResponse`. */
export function toKiboRates(methods: readonly ShippingMethod[], localeCode: string) {
  return {
    rates: [
      {
        carrierId: 'mock',
        fulfillmentMethod: 'Ship',
        shippingRates: methods.map((m) => {
          const last = /(\d+)\D*$/.exec(m.description ?? '')?.[1];
          return {
            code: m.id,
            amount: toMajor(m.rate),
            content: { localeCode, name: m.name },
            daysInTransit: last ? Number(last) : 1,
          };
        }),
      },
    ],
  };
}
