/**
 * An order of the mock backend read in full (`backend.getOrder`: seeded, or submitted over our REST
 * API) in the shape of Kibo's Get Order (`GET /commerce/orders/{orderId}`), for the orders that the
 * Kibo mock did not build through Kibo's own operations: what the side sheet of the Kibo demo reads.
 * Cards carry their type and a mask of their last four digits only, as Kibo answers them.
 */
import type { CardBrand, OrderRecord, PaymentKind, Site } from '../../src/model/types.js';
import { KIBO_ORDER_STATUS, KIBO_TENANT_ID, accountIdOf, kiboSiteId, toMajor } from './shapes.js';

const PAYMENT_TYPES: Readonly<Record<PaymentKind, string>> = {
  'credit-card': 'CreditCard',
  check: 'Check',
  'purchase-order': 'PurchaseOrder',
  'store-credit': 'StoreCredit',
  'gift-card': 'GiftCard',
  other: 'Check',
};

const CARD_TYPES: Readonly<Partial<Record<CardBrand, string>>> = {
  visa: 'VISA',
  mastercard: 'MC',
  amex: 'AMEX',
  discover: 'DISCOVER',
};

const METHODS = { ship: 'Ship', pickup: 'Pickup', delivery: 'Delivery', digital: 'Digital' } as const;

export function toKiboOrderRecord(order: OrderRecord, sites: readonly Site[], productCode: (id: string) => string) {
  const { customer: c } = order;
  return {
    id: order.id,
    orderNumber: Number.parseInt(order.number, 10),
    tenantId: KIBO_TENANT_ID,
    siteId: kiboSiteId(sites, order.siteId),
    type: 'Offline',
    ...KIBO_ORDER_STATUS[order.status],
    submittedDate: order.createdAt,
    auditInfo: { createDate: order.createdAt, updateDate: order.createdAt },
    customerAccountId: c.customerNumber ? accountIdOf(c) : null,
    email: c.email || null,
    currencyCode: order.total.currency,
    billingInfo: { billingContact: { firstName: c.firstName, lastNameOrSurname: c.lastName, email: c.email } },
    fulfillmentInfo: order.shippingMethodId
      ? { shippingMethodCode: order.shippingMethodId, shippingMethodName: order.shippingMethodName }
      : {},
    subtotal: toMajor(order.subtotal),
    discountTotal: toMajor(order.discounts),
    shippingTotal: toMajor(order.shipping),
    taxTotal: toMajor(order.tax),
    total: toMajor(order.total),
    items: order.lines.map((line, index) => ({
      id: line.id,
      lineId: index + 1,
      quantity: line.quantity,
      product: {
        productCode: productCode(line.productId),
        ...(line.variantId ? { variationProductCode: line.code } : {}),
        name: line.productName,
        options: line.options.map((o) => ({ name: o.name, value: o.value, stringValue: o.value })),
      },
      unitPrice: { listAmount: toMajor(line.unitPrice) },
      total: toMajor(line.total),
      fulfillmentMethod: METHODS[line.fulfillment?.kind ?? 'ship'],
      ...(line.fulfillment?.locationId ? { fulfillmentLocationCode: line.fulfillment.locationId } : {}),
    })),
    payments: order.payments.map((p) => ({
      paymentType: PAYMENT_TYPES[p.kind],
      status: 'Authorized',
      amountRequested: toMajor(p.amount),
      ...(p.last4
        ? {
            billingInfo: {
              card: {
                paymentOrCardType: CARD_TYPES[p.brand ?? 'unknown'] ?? 'VISA',
                cardNumberPartOrMask: `************${p.last4}`,
              },
            },
          }
        : {}),
    })),
  };
}
