/**
 * Small decoders that check a backend's JSON before the elements use it: required fields present,
 * types right, money amounts safe integers in a currency of our ISO 4217 table, locales that `Intl`
 * reads, enums within their values. Whatever passes can be rendered without throwing.
 *
 * In the lists the agent browses (sites, orders, customers, products) a record that fails is left
 * out and counted (`Listed.skipped`, `Page.skipped`), so that one bad record never hides the rest;
 * the element that shows the list says "1 order could not be shown". Any other answer that fails
 * is refused whole (an InvalidResponseError).
 *
 * Hand-written on purpose: a schema library would cost more than the whole budget of this package
 * (40 KB min+gzip, lit included). Decoders copy only the fields the domain types know, so extra
 * properties a backend adds never reach the elements. `null` in an optional field is read as absent.
 * The shapes follow `src/model/types.ts` (each decoder is typed against its interface) and
 * `api/openapi.yaml` (the contract test checks the mock against the document).
 */
import { isKnownCurrency } from '../model/currencies.js';
import { isValidLocale } from '../model/locale.js';
import type * as model from '../model/types.js';

/** Where and how a value broke the contract. Never carries the value itself (it may be private). */
export class DecodeError extends Error {
  override name = 'DecodeError';
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path || 'the answer'} should be ${expected}`);
  }
}

export type Decoder<T> = (value: unknown, path: string) => T;

function fail(path: string, expected: string): never {
  throw new DecodeError(path, expected);
}

const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

export const string: Decoder<string> = (value, path) => (typeof value === 'string' ? value : fail(path, 'a string'));

export const boolean: Decoder<boolean> = (value, path) =>
  typeof value === 'boolean' ? value : fail(path, 'true or false');

/** A safe integer: money amounts and quantities are never fractional nor beyond 2^53. */
export const integer: Decoder<number> = (value, path) =>
  Number.isSafeInteger(value) ? (value as number) : fail(path, 'an integer');

/** A currency of the ISO 4217 table (`src/model/currencies.ts`): "ZZZ" is refused, as money cannot be counted in it. */
export const currencyCode: Decoder<string> = (value, path) =>
  isKnownCurrency(value) ? value : fail(path, 'a 3-letter ISO 4217 currency code');

/** A BCP 47 locale that `Intl` reads ("en-US"); "not a locale!!" would throw in every formatter. */
export const locale: Decoder<string> = (value, path) =>
  isValidLocale(value) ? value : fail(path, 'a locale such as en-US');

export function nullable<T>(decoder: Decoder<T>): Decoder<T | null> {
  return (value, path) => (value === null ? null : decoder(value, path));
}

export function array<T>(decoder: Decoder<T>): Decoder<T[]> {
  return (value, path) =>
    Array.isArray(value) ? value.map((item, i) => decoder(item, `${path}[${i}]`)) : fail(path, 'a list');
}

export function oneOf<const T extends string>(values: readonly T[]): Decoder<T> {
  return (value, path) =>
    (values as readonly unknown[]).includes(value) ? (value as T) : fail(path, `one of ${values.join(', ')}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A map of strings (option values by option name). */
export const stringRecord: Decoder<Record<string, string>> = (value, path) => {
  if (!isObject(value)) fail(path, 'an object');
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) out[key] = string(item, at(path, key));
  return out;
};

type Shape = Record<string, Decoder<unknown>>;
type Decoded<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/**
 * An object with `required` fields and `optional` ones (absent or null → left out). Only these
 * fields are copied.
 */
export function object<R extends Shape, O extends Shape = Record<never, never>>(
  required: R,
  optional?: O,
): Decoder<Decoded<R> & Partial<Decoded<O>>> {
  return (value, path) => {
    if (!isObject(value)) fail(path, 'an object');
    const out: Record<string, unknown> = {};
    for (const [key, decode] of Object.entries(required)) {
      if (!(key in value)) fail(at(path, key), 'present');
      out[key] = decode(value[key], at(path, key));
    }
    for (const [key, decode] of Object.entries(optional ?? {})) {
      if (value[key] !== undefined && value[key] !== null) out[key] = decode(value[key], at(path, key));
    }
    return out as Decoded<R> & Partial<Decoded<O>>;
  };
}

/** `{ items: T[] }`, the envelope of every list answer. */
export function items<T>(decoder: Decoder<T>): Decoder<T[]> {
  const envelope = object({ items: array(decoder) });
  return (value, path) => envelope(value, path).items;
}

/** A list whose records that fail `decoder` are left out and counted in `skipped` (set only when some were). */
export function skipping<T>(decoder: Decoder<T>): Decoder<model.Listed<T>> {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, 'a list');
    const out: model.Listed<T> = [];
    let skipped = 0;
    value.forEach((item, i) => {
      try {
        out.push(decoder(item, `${path}[${i}]`));
      } catch (error) {
        if (!(error instanceof DecodeError)) throw error;
        skipped += 1;
      }
    });
    if (skipped) out.skipped = skipped;
    return out;
  };
}

/** `{ items: T[] }` whose bad records are left out and counted (sites, customers, products). */
export function listed<T>(decoder: Decoder<T>): Decoder<model.Listed<T>> {
  const envelope = object({ items: skipping(decoder) });
  return (value, path) => envelope(value, path).items;
}

export const money: Decoder<model.Money> = object({ amount: integer, currency: currencyCode });

const orderStatus = oneOf(['new', 'open', 'shipped', 'completed', 'cancelled', 'awaiting-payment']);
const fulfillmentKind = oneOf(['ship', 'pickup', 'delivery', 'digital']);
const paymentKind = oneOf(['credit-card', 'check', 'purchase-order', 'store-credit', 'gift-card', 'other']);

export const site: Decoder<model.Site> = object({
  id: string,
  name: string,
  currency: currencyCode,
  locale,
  customerSetId: string,
  customerSetName: string,
});

const address: Decoder<model.Address> = object(
  {
    id: string,
    name: string,
    line1: string,
    city: string,
    region: string,
    postalCode: string,
    country: string,
    isDefaultBilling: boolean,
    isDefaultShipping: boolean,
  },
  { line2: string, phone: string },
);

export const customer: Decoder<model.Customer> = object({
  id: string,
  customerNumber: string,
  customerSetId: string,
  firstName: string,
  lastName: string,
  email: string,
  phones: object({}, { home: string, work: string, mobile: string }),
  addresses: array(address),
});

/** The most customers of other customer sets a search answer names (`FoundCustomers.elsewhere`). */
const ELSEWHERE_MAX = 3;

/** A name of the hint, kept when a non-blank string of at most 200 characters. */
const isHintText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= 200;

/**
 * A customer search: `{ items, elsewhere? }`. `elsewhere` is a hint, never a reason to refuse the
 * search: a value that is not a list is ignored, an entry that is not two names is dropped, and at
 * most `ELSEWHERE_MAX` are kept (only their two fields are copied).
 */
export const foundCustomers: Decoder<model.FoundCustomers> = (value, path) => {
  const found: model.FoundCustomers = listed(customer)(value, path);
  const hint = (value as { elsewhere?: unknown }).elsewhere;
  const elsewhere: model.CustomerElsewhere[] = [];
  for (const entry of Array.isArray(hint) ? hint : []) {
    if (elsewhere.length === ELSEWHERE_MAX) break;
    if (isObject(entry) && isHintText(entry.name) && isHintText(entry.customerSetName))
      elsewhere.push({ name: entry.name, customerSetName: entry.customerSetName });
  }
  if (elsewhere.length) found.elsewhere = elsewhere;
  return found;
};

const productSummaryFields = {
  id: string,
  code: string,
  name: string,
  type: oneOf(['simple', 'configurable']),
  price: money,
};
const productSummaryOptional = { listPrice: money, imageUrl: string };

export const productSummary: Decoder<model.ProductSummary> = object(productSummaryFields, productSummaryOptional);

export const product: Decoder<model.Product> = object(
  {
    ...productSummaryFields,
    options: array(object({ name: string, required: boolean, values: array(string) })),
    variants: array(object({ id: string, code: string, options: stringRecord, inStock: boolean })),
    shippable: boolean,
    pickupAllowed: boolean,
  },
  { ...productSummaryOptional, description: string, digital: boolean },
);

export const variant: Decoder<model.Variant> = object(
  { id: string, productId: string, code: string, options: stringRecord, price: money, inStock: boolean },
  { listPrice: money },
);

export const fulfillmentOption: Decoder<model.FulfillmentOption> = object(
  {
    id: string,
    kind: fulfillmentKind,
    locationId: nullable(string),
    locationName: nullable(string),
    inventory: object({
      current: integer,
      future: array(object({ quantity: integer, expectedDate: string })),
    }),
    available: boolean,
  },
  {
    unavailableReason: oneOf(['not-supported', 'out-of-stock', 'location-closed']),
    unavailableMessage: string,
  },
);

/** One entry of a batch of fulfillment options: the item it is about, and its options (null: an item the backend does not know). */
export const fulfillmentEntry: Decoder<{
  productId: string;
  variantId?: string;
  options: model.FulfillmentOption[] | null;
}> = object({ productId: string, options: nullable(array(fulfillmentOption)) }, { variantId: string });

export const shippingMethod: Decoder<model.ShippingMethod> = object(
  { id: string, name: string, rate: money },
  { description: string, isDefault: boolean },
);

export const priceList: Decoder<model.PriceList> = object({ id: string, name: string }, { description: string });

/** Money in `currency` only: each amount of a pricing answer is in the answer's currency. */
function moneyIn(currency: string): Decoder<model.Money> {
  return object({
    amount: integer,
    currency: (value, path) => (value === currency ? currency : fail(path, `${currency}, the currency of the answer`)),
  });
}

/** The fields of a pricing answer, each amount decoded by `amount`. */
function pricingFields(amount: Decoder<model.Money>) {
  const breakdown: Decoder<model.BreakdownItem[]> = array(object({ label: string, amount }, { lineId: string }));
  return object({
    currency: currencyCode,
    lines: array(object({ lineId: string, unitPrice: amount, adjustedUnitPrice: amount, total: amount })),
    subtotal: amount,
    discounts: array(object({ label: string, amount }, { code: string })),
    coupons: array(
      object(
        { code: string, status: oneOf(['accepted', 'rejected']) },
        { discount: amount, reason: string, message: string, minimumSubtotal: amount },
      ),
    ),
    orderAdjustment: amount,
    shipping: amount,
    shippingAdjustment: amount,
    shippingBreakdown: breakdown,
    handling: amount,
    handlingBreakdown: breakdown,
    tax: amount,
    taxBreakdown: breakdown,
    duty: amount,
    dutyBreakdown: breakdown,
    total: amount,
  });
}

/**
 * A pricing answer whose every amount (lines, totals, discounts, coupons, breakdowns) is in its
 * `currency`: a line priced in CAD in a USD answer is refused, as the draft could not take it.
 */
export const pricing: Decoder<model.Pricing> = (value, path) => {
  if (!isObject(value)) fail(path, 'an object');
  return pricingFields(moneyIn(currencyCode(value.currency, at(path, 'currency'))))(value, path);
};

export const paymentType: Decoder<model.PaymentType> = object(
  { id: string, kind: paymentKind, label: string },
  {
    terms: array(object({ id: string, label: string })),
    fields: array(object({ name: string, label: string, required: boolean })),
  },
);

export const balance: Decoder<model.Balance> = object({ typeId: string, code: string, available: money });

export const cardSummary: Decoder<model.CardSummary> = object({
  token: string,
  brand: oneOf(['visa', 'mastercard', 'amex', 'discover', 'diners', 'jcb', 'unionpay', 'unknown']),
  last4: (value, path) =>
    typeof value === 'string' && /^\d{4}$/.test(value) ? value : fail(path, 'the last four digits'),
  expiryMonth: integer,
  expiryYear: integer,
});

const orderSummary: Decoder<model.OrderSummary> = object({
  id: string,
  number: string,
  siteId: string,
  createdAt: string,
  customerId: string,
  customerName: string,
  status: orderStatus,
  total: money,
  items: array(object({ productId: string, productName: string, quantity: integer })),
});

const orderPageShape = object({ items: skipping(orderSummary), nextCursor: nullable(string) }, { total: integer });

/** A page of orders; an order that fails is left out and counted in `skipped`. */
export const orderPage: Decoder<model.Page<model.OrderSummary>> = (value, path) => {
  const page: model.Page<model.OrderSummary> = orderPageShape(value, path);
  const { skipped } = page.items as model.Listed<model.OrderSummary>;
  return skipped ? { ...page, items: [...page.items], skipped } : page;
};

export const submittedOrder: Decoder<model.SubmittedOrder> = object(
  {
    id: string,
    number: string,
    status: orderStatus,
    createdAt: string,
    total: money,
    balanceDue: money,
  },
  { idempotencyKey: string, paymentLink: (value, path) => paymentLinkDestination(value, path) },
);

/** An item the customer ordered recently (`listLastOrderedItems`): its text is untrusted, rendered through bindings only. */
export const lastOrderedItem: Decoder<model.LastOrderedItem> = object({
  productId: string,
  variantId: nullable(string),
  productName: string,
  code: string,
  options: array(object({ name: string, value: string })),
  fulfillment: nullable(
    object({ kind: fulfillmentKind, locationId: nullable(string), locationName: nullable(string) }),
  ),
  orderedAt: string,
});
const linkEmail = object({ email: string });
const linkPhone = object({ phone: string });

/** Where a payment link went: `{ email }` or `{ phone }`. */
export const paymentLinkDestination: Decoder<model.PaymentLinkDestination> = (value, path) =>
  isObject(value) && 'email' in value ? linkEmail(value, path) : linkPhone(value, path);

const lastFour: Decoder<string> = (value, path) =>
  typeof value === 'string' && /^\d{4}$/.test(value) ? value : fail(path, 'the last four digits');

/** An existing order read in full (`getOrder`); a card payment carries at most its brand and last four. */
export const orderRecord: Decoder<model.OrderRecord> = object({
  id: string,
  number: string,
  siteId: string,
  createdAt: string,
  status: orderStatus,
  customer,
  lines: array(
    object({
      id: string,
      productId: string,
      variantId: nullable(string),
      productName: string,
      code: string,
      options: array(object({ name: string, value: string })),
      quantity: integer,
      fulfillment: nullable(
        object({ kind: fulfillmentKind, locationId: nullable(string), locationName: nullable(string) }),
      ),
      unitPrice: money,
      total: money,
    }),
  ),
  shippingMethodId: nullable(string),
  shippingMethodName: nullable(string),
  subtotal: money,
  discounts: money,
  shipping: money,
  tax: money,
  total: money,
  payments: array(
    object(
      { kind: paymentKind, label: string, amount: money },
      {
        brand: oneOf(['visa', 'mastercard', 'amex', 'discover', 'diners', 'jcb', 'unionpay', 'unknown']),
        last4: lastFour,
      },
    ),
  ),
});
