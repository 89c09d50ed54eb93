/**
 * The order draft's JSON round trip, field by field: what restoring a stored draft needs, and the
 * reading of payments that keeps only their known fields. Re-exported by `draft.ts`.
 */
import { DRAFT_SCHEMA } from './draft-core.js';
import { isMoney } from './money.js';
import type {
  Address,
  AddressInput,
  CardBrand,
  CardSummary,
  Customer,
  DraftLine,
  Fulfillment,
  FulfillmentKind,
  LineAdjustment,
  Money,
  OrderAdjustment,
  OrderDraft,
  Payment,
  PaymentKind,
  Phones,
  ShippingAdjustment,
  TaxExemption,
} from './types.js';

/** Thrown by `parseDraft` for text that is not a draft this version can read. `path` locates the problem. */
export class DraftParseError extends Error {
  override name = 'DraftParseError';
  /** Dotted path of the malformed field ("lines.0.quantity"), "" for the whole text. */
  readonly path: string;

  constructor(message: string, path: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.path = path;
  }
}
// ---------------------------------------------------------------------------------------------
// JSON round trip

/**
 * The draft as JSON for session storage or a request body. Only known fields are written (the
 * draft is read through the same checks as `parseDraft`), so nothing a caller attached, such as a
 * card number, rides along.
 * @throws {DraftParseError} when the draft is malformed.
 */
export function serializeDraft(draft: OrderDraft): string {
  return JSON.stringify(readDraft(draft));
}

/**
 * Reads a draft back from `serializeDraft`'s JSON, checking its shape field by field and keeping
 * only the known fields.
 * @throws {DraftParseError} for text that is not JSON, an unknown `schema`, or any malformed field.
 */
export function parseDraft(text: string): OrderDraft {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DraftParseError('The draft is not JSON.', '', { cause: error });
  }
  return readDraft(value);
}

type Json = Record<string, unknown>;

function fail(path: string, expected: string): never {
  throw new DraftParseError(`The draft is malformed at ${path || 'its top level'}: expected ${expected}.`, path);
}

function at(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}

function asObject(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object');
  return value as Json;
}

function asArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, 'an array');
  return value;
}

function str(json: Json, key: string, path: string): string {
  const field = json[key];
  if (typeof field !== 'string') fail(at(path, key), 'a string');
  return field;
}

function optStr(json: Json, key: string, path: string): string | undefined {
  return json[key] === undefined ? undefined : str(json, key, path);
}

function nullableStr(json: Json, key: string, path: string): string | null {
  return json[key] === null ? null : str(json, key, path);
}

function num(json: Json, key: string, path: string): number {
  const field = json[key];
  if (typeof field !== 'number' || !Number.isFinite(field)) fail(at(path, key), 'a number');
  return field;
}

function int(json: Json, key: string, path: string): number {
  const field = num(json, key, path);
  if (!Number.isSafeInteger(field)) fail(at(path, key), 'an integer');
  return field;
}

function bool(json: Json, key: string, path: string): boolean {
  const field = json[key];
  if (typeof field !== 'boolean') fail(at(path, key), 'true or false');
  return field;
}

function oneOf<T extends string>(json: Json, key: string, path: string, values: readonly T[]): T {
  const field = json[key];
  if (typeof field !== 'string' || !(values as readonly string[]).includes(field))
    fail(at(path, key), `one of ${values.join(', ')}`);
  return field as T;
}

function moneyAt(json: Json, key: string, path: string): Money {
  const fields = asObject(json[key], at(path, key));
  const amount = int(fields, 'amount', at(path, key));
  const currency = str(fields, 'currency', at(path, key));
  const money = { amount, currency };
  if (!isMoney(money)) fail(at(at(path, key), 'currency'), 'an ISO 4217 currency code');
  return money;
}

function stringRecord(value: unknown, path: string): Record<string, string> {
  const json = asObject(value, path);
  // Keys are the backend's names: `fromEntries` defines each one, "__proto__" too, where an
  // assignment would set the prototype and lose the value.
  return Object.fromEntries(Object.keys(json).map((key) => [key, str(json, key, path)]));
}

/** The string fields `keys` of `json`, in that order. */
function strings<Key extends string>(json: Json, path: string, keys: readonly Key[]): Record<Key, string> {
  const out = {} as Record<Key, string>;
  for (const key of keys) out[key] = str(json, key, path);
  return out;
}

function readAddress(value: unknown, path: string): Address {
  return { id: str(asObject(value, path), 'id', path), ...readAddressInput(value, path) };
}

/** An address with its `id` when it has one (a ship-to address: saved, or typed for one order). */
function readAddressInput(value: unknown, path: string): AddressInput {
  const json = asObject(value, path);
  const id = optStr(json, 'id', path);
  const address: AddressInput = {
    ...(id === undefined ? {} : { id }),
    ...strings(json, path, ['name', 'line1', 'city', 'region', 'postalCode', 'country']),
    isDefaultBilling: bool(json, 'isDefaultBilling', path),
    isDefaultShipping: bool(json, 'isDefaultShipping', path),
  };
  const line2 = optStr(json, 'line2', path);
  if (line2 !== undefined) address.line2 = line2;
  const phone = optStr(json, 'phone', path);
  if (phone !== undefined) address.phone = phone;
  return address;
}

function readPhones(value: unknown, path: string): Phones {
  const json = asObject(value, path);
  const phones: Phones = {};
  for (const key of ['home', 'work', 'mobile'] as const) {
    const phone = optStr(json, key, path);
    if (phone !== undefined) phones[key] = phone;
  }
  return phones;
}

function readCustomer(value: unknown, path: string): Customer {
  const json = asObject(value, path);
  return {
    ...strings(json, path, ['id', 'customerNumber', 'customerSetId', 'firstName', 'lastName', 'email']),
    phones: readPhones(json.phones, at(path, 'phones')),
    addresses: asArray(json.addresses, at(path, 'addresses')).map((address, i) =>
      readAddress(address, at(at(path, 'addresses'), i)),
    ),
  };
}

const FULFILLMENT_KINDS: readonly FulfillmentKind[] = ['ship', 'pickup', 'delivery', 'digital'];

/** A reader of an object that may be null (a fulfillment cleared, no adjustment). */
function orNull<T>(read: (json: Json, path: string) => T): (value: unknown, path: string) => T | null {
  return (value, path) => (value === null ? null : read(asObject(value, path), path));
}

/** The `kind` of an adjustment, one of `kinds`, and its `reason`. */
function kindAndReason<Kind extends string>(json: Json, path: string, kinds: readonly Kind[]) {
  return { kind: oneOf(json, 'kind', path, kinds), reason: str(json, 'reason', path) };
}

const readFulfillment = orNull((json, path): Fulfillment => {
  const fulfillment: Fulfillment = {
    kind: oneOf(json, 'kind', path, FULFILLMENT_KINDS),
    locationId: nullableStr(json, 'locationId', path),
    locationName: nullableStr(json, 'locationName', path),
  };
  if (json.recipient === undefined) return fulfillment;
  const recipient = asObject(json.recipient, at(path, 'recipient'));
  return { ...fulfillment, recipient: strings(recipient, at(path, 'recipient'), ['email', 'name', 'message']) };
});

const readLineAdjustment = orNull((json, path): LineAdjustment => {
  const { kind, reason } = kindAndReason(json, path, ['amount-off', 'unit-price'] as const);
  return kind === 'amount-off'
    ? { kind, amount: moneyAt(json, 'amount', path), reason }
    : { kind, unitPrice: moneyAt(json, 'unitPrice', path), reason };
});

function readLine(value: unknown, path: string): DraftLine {
  const json = asObject(value, path);
  const line: DraftLine = {
    id: str(json, 'id', path),
    productId: str(json, 'productId', path),
    variantId: nullableStr(json, 'variantId', path),
    productName: str(json, 'productName', path),
    code: str(json, 'code', path),
    options: asArray(json.options, at(path, 'options')).map((item, i) => {
      const option = asObject(item, at(at(path, 'options'), i));
      return {
        name: str(option, 'name', at(at(path, 'options'), i)),
        value: str(option, 'value', at(at(path, 'options'), i)),
      };
    }),
    // A quantity being typed may be anything numeric; validation, not parsing, judges it.
    quantity: num(json, 'quantity', path),
    fulfillment: readFulfillment(json.fulfillment, at(path, 'fulfillment')),
    unitPrice: moneyAt(json, 'unitPrice', path),
    adjustment: readLineAdjustment(json.adjustment, at(path, 'adjustment')),
    gift: bool(json, 'gift', path),
    giftMessage: str(json, 'giftMessage', path),
  };
  const imageUrl = optStr(json, 'imageUrl', path);
  if (imageUrl !== undefined) line.imageUrl = imageUrl;
  if (json.needsRepricing !== undefined && bool(json, 'needsRepricing', path)) line.needsRepricing = true;
  if (json.custom !== undefined)
    line.custom = { taxable: bool(asObject(json.custom, at(path, 'custom')), 'taxable', at(path, 'custom')) };
  return line;
}

const readOrderAdjustment = orNull((json, path): OrderAdjustment => {
  const { kind, reason } = kindAndReason(json, path, ['amount', 'percent'] as const);
  return kind === 'amount'
    ? { kind, amount: moneyAt(json, 'amount', path), reason }
    : { kind, basisPoints: int(json, 'basisPoints', path), reason };
});

const readShippingAdjustment = orNull((json, path): ShippingAdjustment => {
  const kind = oneOf(json, 'kind', path, ['amount'] as const);
  return { kind, amount: moneyAt(json, 'amount', path), reason: str(json, 'reason', path) };
});

const readTaxExemption = orNull((json, path): TaxExemption => ({
  certificateNumber: str(json, 'certificateNumber', path),
}));

/** Every card brand and payment kind a stored draft may hold (what its parser accepts). */
export const CARD_BRANDS: readonly CardBrand[] = [
  'visa',
  'mastercard',
  'amex',
  'discover',
  'diners',
  'jcb',
  'unionpay',
  'unknown',
];
export const PAYMENT_KINDS: readonly PaymentKind[] = [
  'credit-card',
  'check',
  'purchase-order',
  'store-credit',
  'gift-card',
  'other',
];

/** Token, brand, last four and expiry: the only things of a card the draft may hold. */
function readCard(value: unknown, path: string): CardSummary {
  const json = asObject(value, path);
  const last4 = str(json, 'last4', path);
  if (!/^\d{4}$/.test(last4)) fail(at(path, 'last4'), 'four digits');
  const expiryMonth = int(json, 'expiryMonth', path);
  if (expiryMonth < 1 || expiryMonth > 12) fail(at(path, 'expiryMonth'), 'a month from 1 to 12');
  return {
    token: str(json, 'token', path),
    brand: oneOf(json, 'brand', path, CARD_BRANDS),
    last4,
    expiryMonth,
    expiryYear: int(json, 'expiryYear', path),
  };
}

/** @internal A payment with its known fields only (what `addPayment` and `setPayments` keep). */
export function readPayment(value: unknown, path: string): Payment {
  const json = asObject(value, path);
  const payment: Payment = {
    id: str(json, 'id', path),
    typeId: str(json, 'typeId', path),
    kind: oneOf(json, 'kind', path, PAYMENT_KINDS),
    amount: moneyAt(json, 'amount', path),
  };
  if (json.card !== undefined) payment.card = readCard(json.card, at(path, 'card'));
  const reference = optStr(json, 'reference', path);
  if (reference !== undefined) payment.reference = reference;
  const termsId = optStr(json, 'termsId', path);
  if (termsId !== undefined) payment.termsId = termsId;
  if (json.fields !== undefined) payment.fields = stringRecord(json.fields, at(path, 'fields'));
  return payment;
}

function readDraft(value: unknown): OrderDraft {
  const json = asObject(value, '');
  if (json.schema !== DRAFT_SCHEMA) {
    throw new DraftParseError(
      `The draft has schema ${JSON.stringify(json.schema)}; this version reads schema ${DRAFT_SCHEMA}.`,
      'schema',
    );
  }
  const currency = json.currency === null ? null : str(json, 'currency', '');
  if (currency !== null && !isMoney({ amount: 0, currency })) fail('currency', 'an ISO 4217 currency code');
  const timestamp = (key: string): string => {
    const text = str(json, key, '');
    if (Number.isNaN(Date.parse(text))) fail(key, 'an ISO timestamp');
    return text;
  };
  return {
    schema: DRAFT_SCHEMA,
    id: str(json, 'id', ''),
    siteId: nullableStr(json, 'siteId', ''),
    currency,
    customer: json.customer === null ? null : readCustomer(json.customer, 'customer'),
    lines: asArray(json.lines, 'lines').map((line, i) => readLine(line, at('lines', i))),
    shippingMethodId: nullableStr(json, 'shippingMethodId', ''),
    coupons: asArray(json.coupons, 'coupons').map((coupon, i) => {
      if (typeof coupon !== 'string') fail(at('coupons', i), 'a string');
      return coupon;
    }),
    customerNotes: str(json, 'customerNotes', ''),
    giftMessage: str(json, 'giftMessage', ''),
    priceListId: nullableStr(json, 'priceListId', ''),
    orderAdjustment: readOrderAdjustment(json.orderAdjustment, 'orderAdjustment'),
    shippingAdjustment: readShippingAdjustment(json.shippingAdjustment, 'shippingAdjustment'),
    // Absent in drafts kept before tax exemptions: taxed.
    ...(json.taxExemption ? { taxExemption: readTaxExemption(json.taxExemption, 'taxExemption') } : {}),
    payments: asArray(json.payments, 'payments').map((payment, i) => readPayment(payment, at('payments', i))),
    // Absent or null: the customer's default shipping address (and no `shipTo` in the draft).
    ...(json.shipTo === undefined || json.shipTo === null ? {} : { shipTo: readAddressInput(json.shipTo, 'shipTo') }),
    createdAt: timestamp('createdAt'),
    updatedAt: timestamp('updatedAt'),
  };
}
