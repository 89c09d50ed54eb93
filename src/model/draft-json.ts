/**
 * The order draft's JSON round trip, field by field: what restoring a stored draft needs, and the
 * reading of payments that keeps only their known fields. Re-exported by `draft.ts`.
 */
import { DRAFT_SCHEMA } from './draft-core.js';
import { isMoney } from './money.js';
import type {
  Address,
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

function str(o: Json, key: string, path: string): string {
  const v = o[key];
  if (typeof v !== 'string') fail(at(path, key), 'a string');
  return v;
}

function optStr(o: Json, key: string, path: string): string | undefined {
  return o[key] === undefined ? undefined : str(o, key, path);
}

function nullableStr(o: Json, key: string, path: string): string | null {
  return o[key] === null ? null : str(o, key, path);
}

function num(o: Json, key: string, path: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(at(path, key), 'a number');
  return v;
}

function int(o: Json, key: string, path: string): number {
  const v = num(o, key, path);
  if (!Number.isSafeInteger(v)) fail(at(path, key), 'an integer');
  return v;
}

function bool(o: Json, key: string, path: string): boolean {
  const v = o[key];
  if (typeof v !== 'boolean') fail(at(path, key), 'true or false');
  return v;
}

function oneOf<T extends string>(o: Json, key: string, path: string, values: readonly T[]): T {
  const v = o[key];
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v))
    fail(at(path, key), `one of ${values.join(', ')}`);
  return v as T;
}

function moneyAt(o: Json, key: string, path: string): Money {
  const v = asObject(o[key], at(path, key));
  const amount = int(v, 'amount', at(path, key));
  const currency = str(v, 'currency', at(path, key));
  const m = { amount, currency };
  if (!isMoney(m)) fail(at(at(path, key), 'currency'), 'an ISO 4217 currency code');
  return m;
}

function stringRecord(value: unknown, path: string): Record<string, string> {
  const o = asObject(value, path);
  const out: Record<string, string> = {};
  for (const key of Object.keys(o)) out[key] = str(o, key, path);
  return out;
}

function readAddress(value: unknown, path: string): Address {
  const o = asObject(value, path);
  const address: Address = {
    id: str(o, 'id', path),
    name: str(o, 'name', path),
    line1: str(o, 'line1', path),
    city: str(o, 'city', path),
    region: str(o, 'region', path),
    postalCode: str(o, 'postalCode', path),
    country: str(o, 'country', path),
    isDefaultBilling: bool(o, 'isDefaultBilling', path),
    isDefaultShipping: bool(o, 'isDefaultShipping', path),
  };
  const line2 = optStr(o, 'line2', path);
  if (line2 !== undefined) address.line2 = line2;
  const phone = optStr(o, 'phone', path);
  if (phone !== undefined) address.phone = phone;
  return address;
}

function readPhones(value: unknown, path: string): Phones {
  const o = asObject(value, path);
  const phones: Phones = {};
  for (const key of ['home', 'work', 'mobile'] as const) {
    const phone = optStr(o, key, path);
    if (phone !== undefined) phones[key] = phone;
  }
  return phones;
}

function readCustomer(value: unknown, path: string): Customer {
  const o = asObject(value, path);
  return {
    id: str(o, 'id', path),
    customerNumber: str(o, 'customerNumber', path),
    customerSetId: str(o, 'customerSetId', path),
    firstName: str(o, 'firstName', path),
    lastName: str(o, 'lastName', path),
    email: str(o, 'email', path),
    phones: readPhones(o.phones, at(path, 'phones')),
    addresses: asArray(o.addresses, at(path, 'addresses')).map((a, i) => readAddress(a, at(at(path, 'addresses'), i))),
  };
}

const FULFILLMENT_KINDS: readonly FulfillmentKind[] = ['ship', 'pickup', 'delivery'];

function readFulfillment(value: unknown, path: string): Fulfillment | null {
  if (value === null) return null;
  const o = asObject(value, path);
  return {
    kind: oneOf(o, 'kind', path, FULFILLMENT_KINDS),
    locationId: nullableStr(o, 'locationId', path),
    locationName: nullableStr(o, 'locationName', path),
  };
}

function readLineAdjustment(value: unknown, path: string): LineAdjustment | null {
  if (value === null) return null;
  const o = asObject(value, path);
  const kind = oneOf(o, 'kind', path, ['amount-off', 'unit-price'] as const);
  const reason = str(o, 'reason', path);
  return kind === 'amount-off'
    ? { kind, amount: moneyAt(o, 'amount', path), reason }
    : { kind, unitPrice: moneyAt(o, 'unitPrice', path), reason };
}

function readLine(value: unknown, path: string): DraftLine {
  const o = asObject(value, path);
  const line: DraftLine = {
    id: str(o, 'id', path),
    productId: str(o, 'productId', path),
    variantId: nullableStr(o, 'variantId', path),
    productName: str(o, 'productName', path),
    code: str(o, 'code', path),
    options: asArray(o.options, at(path, 'options')).map((item, i) => {
      const option = asObject(item, at(at(path, 'options'), i));
      return {
        name: str(option, 'name', at(at(path, 'options'), i)),
        value: str(option, 'value', at(at(path, 'options'), i)),
      };
    }),
    // A quantity being typed may be anything numeric; validation, not parsing, judges it.
    quantity: num(o, 'quantity', path),
    fulfillment: readFulfillment(o.fulfillment, at(path, 'fulfillment')),
    unitPrice: moneyAt(o, 'unitPrice', path),
    adjustment: readLineAdjustment(o.adjustment, at(path, 'adjustment')),
    gift: bool(o, 'gift', path),
    giftMessage: str(o, 'giftMessage', path),
  };
  const imageUrl = optStr(o, 'imageUrl', path);
  if (imageUrl !== undefined) line.imageUrl = imageUrl;
  if (o.needsRepricing !== undefined && bool(o, 'needsRepricing', path)) line.needsRepricing = true;
  return line;
}

function readOrderAdjustment(value: unknown, path: string): OrderAdjustment | null {
  if (value === null) return null;
  const o = asObject(value, path);
  const kind = oneOf(o, 'kind', path, ['amount', 'percent'] as const);
  const reason = str(o, 'reason', path);
  return kind === 'amount'
    ? { kind, amount: moneyAt(o, 'amount', path), reason }
    : { kind, basisPoints: int(o, 'basisPoints', path), reason };
}

function readShippingAdjustment(value: unknown, path: string): ShippingAdjustment | null {
  if (value === null) return null;
  const o = asObject(value, path);
  oneOf(o, 'kind', path, ['amount'] as const);
  return { kind: 'amount', amount: moneyAt(o, 'amount', path), reason: str(o, 'reason', path) };
}

const CARD_BRANDS: readonly CardBrand[] = [
  'visa',
  'mastercard',
  'amex',
  'discover',
  'diners',
  'jcb',
  'unionpay',
  'unknown',
];
const PAYMENT_KINDS: readonly PaymentKind[] = [
  'credit-card',
  'check',
  'purchase-order',
  'store-credit',
  'gift-card',
  'other',
];

/** Token, brand, last four and expiry: the only things of a card the draft may hold. */
function readCard(value: unknown, path: string): CardSummary {
  const o = asObject(value, path);
  const last4 = str(o, 'last4', path);
  if (!/^\d{4}$/.test(last4)) fail(at(path, 'last4'), 'four digits');
  const expiryMonth = int(o, 'expiryMonth', path);
  if (expiryMonth < 1 || expiryMonth > 12) fail(at(path, 'expiryMonth'), 'a month from 1 to 12');
  return {
    token: str(o, 'token', path),
    brand: oneOf(o, 'brand', path, CARD_BRANDS),
    last4,
    expiryMonth,
    expiryYear: int(o, 'expiryYear', path),
  };
}

/** @internal A payment with its known fields only (what `addPayment` and `setPayments` keep). */
export function readPayment(value: unknown, path: string): Payment {
  const o = asObject(value, path);
  const payment: Payment = {
    id: str(o, 'id', path),
    typeId: str(o, 'typeId', path),
    kind: oneOf(o, 'kind', path, PAYMENT_KINDS),
    amount: moneyAt(o, 'amount', path),
  };
  if (o.card !== undefined) payment.card = readCard(o.card, at(path, 'card'));
  const reference = optStr(o, 'reference', path);
  if (reference !== undefined) payment.reference = reference;
  const termsId = optStr(o, 'termsId', path);
  if (termsId !== undefined) payment.termsId = termsId;
  if (o.fields !== undefined) payment.fields = stringRecord(o.fields, at(path, 'fields'));
  return payment;
}

function readDraft(value: unknown): OrderDraft {
  const o = asObject(value, '');
  if (o.schema !== DRAFT_SCHEMA) {
    throw new DraftParseError(
      `The draft has schema ${JSON.stringify(o.schema)}; this version reads schema ${DRAFT_SCHEMA}.`,
      'schema',
    );
  }
  const currency = o.currency === null ? null : str(o, 'currency', '');
  if (currency !== null && !isMoney({ amount: 0, currency })) fail('currency', 'an ISO 4217 currency code');
  const timestamp = (key: string): string => {
    const v = str(o, key, '');
    if (Number.isNaN(Date.parse(v))) fail(key, 'an ISO timestamp');
    return v;
  };
  return {
    schema: DRAFT_SCHEMA,
    id: str(o, 'id', ''),
    siteId: nullableStr(o, 'siteId', ''),
    currency,
    customer: o.customer === null ? null : readCustomer(o.customer, 'customer'),
    lines: asArray(o.lines, 'lines').map((l, i) => readLine(l, at('lines', i))),
    shippingMethodId: nullableStr(o, 'shippingMethodId', ''),
    coupons: asArray(o.coupons, 'coupons').map((c, i) => {
      if (typeof c !== 'string') fail(at('coupons', i), 'a string');
      return c;
    }),
    customerNotes: str(o, 'customerNotes', ''),
    giftMessage: str(o, 'giftMessage', ''),
    priceListId: nullableStr(o, 'priceListId', ''),
    orderAdjustment: readOrderAdjustment(o.orderAdjustment, 'orderAdjustment'),
    shippingAdjustment: readShippingAdjustment(o.shippingAdjustment, 'shippingAdjustment'),
    payments: asArray(o.payments, 'payments').map((p, i) => readPayment(p, at('payments', i))),
    createdAt: timestamp('createdAt'),
    updatedAt: timestamp('updatedAt'),
  };
}
