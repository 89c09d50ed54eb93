/**
 * Kibo's `Order` (Get Order, `GET /commerce/orders/{orderId}`) as our `OrderRecord`: its lines with
 * their options and fulfillment, its totals, and its payments by card type and last four only.
 * Untrusted: every field is checked, and only what `OrderRecord` has is copied.
 */
import { DecodeError } from '../adapter/decode.js';
import type * as model from '../model/types.js';
import { amount, orderStatus } from './decode.js';
import { isObject, view } from './read.js';

function fail(path: string, expected: string): never {
  throw new DecodeError(path, expected);
}

const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

function text(value: unknown, path: string): string {
  if (typeof value === 'string' && value) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return fail(path, 'a string');
}

function optional(value: unknown, path: string): string | null {
  return value === undefined || value === null || value === '' ? null : text(value, path);
}

function list(value: unknown, path: string): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : fail(path, 'a list');
}

/** Kibo's card types (`paymentOrCardType`) → our brands. */
const BRANDS: Readonly<Record<string, model.CardBrand>> = {
  VISA: 'visa',
  MC: 'mastercard',
  MASTERCARD: 'mastercard',
  AMEX: 'amex',
  DISCOVER: 'discover',
};

/** Kibo's payment types → our kinds (see `decode-payments.ts`). */
const KINDS: Readonly<Record<string, model.PaymentKind>> = {
  CreditCard: 'credit-card',
  Check: 'check',
  PurchaseOrder: 'purchase-order',
  StoreCredit: 'store-credit',
  GiftCard: 'gift-card',
};

const LABELS: Readonly<Record<model.PaymentKind, string>> = {
  'credit-card': 'Credit card',
  check: 'Check',
  'purchase-order': 'Purchase order',
  'store-credit': 'Store credit',
  'gift-card': 'Gift card',
  other: 'Payment',
};

/** A line's fulfillment: Kibo's `fulfillmentMethod` (Ship, Pickup, Delivery, Digital) and its location code. */
function fulfillment(item: Record<string, unknown>): model.Fulfillment | null {
  const method = typeof item.fulfillmentMethod === 'string' ? item.fulfillmentMethod.toLowerCase() : '';
  const location = typeof item.fulfillmentLocationCode === 'string' ? item.fulfillmentLocationCode : null;
  if (method === 'ship') return { kind: 'ship', locationId: null, locationName: null };
  // Delivered by email (a gift card), as the submit sends it.
  if (method === 'digital') return { kind: 'digital', locationId: null, locationName: null };
  if (method === 'pickup' || method === 'delivery')
    return { kind: method, locationId: location, locationName: location };
  return null;
}

function line(raw: unknown, code: string, path: string): model.OrderRecordLine {
  const item = view<Record<string, unknown>>(raw, path);
  const product = view<Record<string, unknown>>(item.product, at(path, 'product'));
  const productCode = text(product.productCode, at(path, 'product.productCode'));
  const variant = optional(product.variationProductCode, at(path, 'product.variationProductCode'));
  const quantity = item.quantity;
  if (!Number.isSafeInteger(quantity) || (quantity as number) < 1) fail(at(path, 'quantity'), 'a whole number');
  const unit = isObject(item.unitPrice) ? item.unitPrice : {};
  const unitAmount = unit.saleAmount ?? unit.listAmount ?? unit.extendedAmount ?? 0;
  const options = list(product.options, at(path, 'product.options')).map((o, i) => {
    const here = at(path, `product.options[${i}]`);
    const option = view<Record<string, unknown>>(o, here);
    return {
      name: text(option.name ?? option.attributeFQN, at(here, 'name')),
      value: text(option.value ?? option.stringValue ?? option.shopperEnteredValue, at(here, 'value')),
    };
  });
  return {
    id: text(item.id ?? item.lineId, at(path, 'id')),
    productId: productCode,
    variantId: variant,
    productName: optional(product.name, at(path, 'product.name')) ?? productCode,
    code: variant ?? productCode,
    options,
    quantity: quantity as number,
    fulfillment: fulfillment(item),
    unitPrice: amount(unitAmount, code, at(path, 'unitPrice')),
    total: amount(item.total ?? 0, code, at(path, 'total')),
  };
}

function payment(raw: unknown, code: string, path: string): model.OrderRecordPayment {
  const p = view<Record<string, unknown>>(raw, path);
  const kind = KINDS[typeof p.paymentType === 'string' ? p.paymentType : ''] ?? 'other';
  const billing = isObject(p.billingInfo) ? p.billingInfo : {};
  const card = isObject(billing.card) ? billing.card : null;
  const mask = card && typeof card.cardNumberPartOrMask === 'string' ? card.cardNumberPartOrMask : '';
  // Only the last four digits of whatever Kibo sends (a mask, or a part of the number).
  const last4 = /\d{4}$/.exec(mask)?.[0];
  const type = card && typeof card.paymentOrCardType === 'string' ? card.paymentOrCardType.toUpperCase() : '';
  return {
    kind,
    label: LABELS[kind],
    amount: amount(p.amountRequested ?? p.amountCollected ?? 0, code, at(path, 'amountRequested')),
    ...(last4 ? { last4, brand: BRANDS[type] ?? 'unknown' } : {}),
  };
}

/**
 * The order in full. `customer` is the account's (Get Account), or null for a guest order: then
 * the billing contact's name and email stand for it.
 */
export function orderRecord(value: unknown, customer: model.Customer | null): model.OrderRecord {
  const o = view<Record<string, unknown>>(value, '');
  const code = text(o.currencyCode, 'currencyCode');
  const audit = isObject(o.auditInfo) ? o.auditInfo : {};
  const billing = isObject(o.billingInfo) && isObject(o.billingInfo.billingContact) ? o.billingInfo.billingContact : {};
  const info = isObject(o.fulfillmentInfo) ? o.fulfillmentInfo : {};
  const money = (v: unknown, path: string) => amount(v ?? 0, code, path);
  const guest: model.Customer = {
    id: '',
    customerNumber: '',
    customerSetId: '',
    firstName: typeof billing.firstName === 'string' ? billing.firstName : '',
    lastName: typeof billing.lastNameOrSurname === 'string' ? billing.lastNameOrSurname : '',
    email: typeof o.email === 'string' ? o.email : typeof billing.email === 'string' ? billing.email : '',
    phones: {},
    addresses: [],
  };
  const discounts =
    (typeof o.discountTotal === 'number' ? o.discountTotal : 0) +
    (typeof o.shippingDiscountTotal === 'number' ? o.shippingDiscountTotal : 0);
  return {
    id: text(o.id, 'id'),
    number: text(o.orderNumber, 'orderNumber'),
    siteId: text(o.siteId, 'siteId'),
    createdAt: text(o.submittedDate ?? audit.createDate, 'submittedDate'),
    status: orderStatus(o.status, o.fulfillmentStatus),
    customer: customer ?? guest,
    lines: list(o.items, 'items').map((item, i) => line(item, code, `items[${i}]`)),
    shippingMethodId: optional(info.shippingMethodCode, 'fulfillmentInfo.shippingMethodCode'),
    shippingMethodName: optional(info.shippingMethodName, 'fulfillmentInfo.shippingMethodName'),
    subtotal: money(o.subtotal, 'subtotal'),
    discounts: money(discounts, 'discountTotal'),
    shipping: money(o.shippingTotal, 'shippingTotal'),
    tax: money(o.taxTotal, 'taxTotal'),
    total: money(o.total, 'total'),
    payments: list(o.payments, 'payments')
      // A voided payment took nothing.
      .filter((p) => !(isObject(p) && p.status === 'Voided'))
      .map((p, i) => payment(p, code, `payments[${i}]`)),
  };
}
