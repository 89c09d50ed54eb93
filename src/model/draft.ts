/**
 * The order draft: creation, pure edits, queries, and its JSON round trip.
 *
 * Every edit takes a draft and returns a NEW draft (the input is never mutated), with `updatedAt`
 * set to `now` (a parameter so that tests are deterministic). An edit addressed to a line or a
 * payment that is no longer there returns the draft unchanged: the agent may have removed it
 * while an answer was in flight. Money handed to an edit must be in the draft's currency once a
 * site is chosen; anything else is a programming error and throws a RangeError.
 *
 * No card number or security code can live in a draft: payments keep token, brand, last four
 * and expiry only, and `serializeDraft`/`parseDraft` drop every field they do not know.
 */
import { newId } from './ids.js';
import { clampToZero, isMoney, maxMoney, multiply, subtract, zero } from './money.js';
import type {
  Address,
  AddressInput,
  CardBrand,
  CardSummary,
  Customer,
  CustomerInput,
  DraftLine,
  Fulfillment,
  FulfillmentKind,
  LineAdjustment,
  LineOption,
  Money,
  OrderAdjustment,
  OrderDraft,
  Payment,
  PaymentKind,
  Phones,
  ShippingAdjustment,
  Site,
} from './types.js';

/** The version of the draft's JSON; `parseDraft` refuses any other. */
export const DRAFT_SCHEMA = 1;

/** What `addLine` needs; everything else has a default (quantity 1, no fulfillment, no gift…). */
export interface NewLine {
  /** Defaults to a new id. */
  id?: string;
  productId: string;
  variantId?: string | null;
  productName: string;
  code: string;
  options?: LineOption[];
  quantity?: number;
  fulfillment?: Fulfillment | null;
  unitPrice: Money;
  adjustment?: LineAdjustment | null;
  gift?: boolean;
  giftMessage?: string;
  imageUrl?: string;
}

/** Fields of a line that `updateLine` may change (never its id). */
export type LinePatch = Partial<Omit<DraftLine, 'id'>>;

/** What `addPayment` needs: a payment without its id (generated unless given). */
export type NewPayment = Omit<Payment, 'id'> & { id?: string };

/** What a change of site cleared. */
export type ClearedKind = 'customer' | 'shipping-method' | 'price-list' | 'payments' | 'prices' | 'adjustments';

/**
 * One thing `changeSite` cleared, for the view to tell the agent. `label` names it in English
 * (the customer's name, the shipping method or price list id, the payments, "3 items", the
 * adjustments' reasons); views translate by `kind` and may show `label` as data.
 */
export interface ClearedItem {
  kind: ClearedKind;
  label: string;
}

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
// Creation and site

/** A new, empty draft; with `site`, already for that site and its currency. */
export function createDraft(init: { id?: string; now?: Date; site?: Site } = {}): OrderDraft {
  const stamp = (init.now ?? new Date()).toISOString();
  return {
    schema: DRAFT_SCHEMA,
    id: init.id ?? newId('draft'),
    siteId: init.site?.id ?? null,
    currency: init.site?.currency ?? null,
    customer: null,
    lines: [],
    shippingMethodId: null,
    coupons: [],
    customerNotes: '',
    giftMessage: '',
    priceListId: null,
    orderAdjustment: null,
    shippingAdjustment: null,
    payments: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
}

function touch(draft: OrderDraft, changes: Partial<OrderDraft>, now: Date): OrderDraft {
  return { ...draft, ...changes, updatedAt: now.toISOString() };
}

function assertDraftCurrency(draft: OrderDraft, m: Money, what: string): void {
  if (!isMoney(m)) throw new RangeError(`${what}: not a valid amount of money`);
  if (draft.currency !== null && m.currency !== draft.currency) {
    throw new RangeError(`${what} is in ${m.currency}; the draft is in ${draft.currency}`);
  }
}

/** Whether a customer may shop on a site: it belongs to the site's customer set. */
export function isCustomerOfSite(customer: Pick<Customer, 'customerSetId'>, site: Pick<Site, 'customerSetId'>): boolean {
  return customer.customerSetId === site.customerSetId;
}

/**
 * Moves the draft to a site and says what no longer applies there, so the view can tell the agent:
 * a customer of another customer set, the shipping method, the price list and the payments are
 * cleared; every line is marked `needsRepricing`; and when the currency changes, adjustments in
 * the old currency (line amounts, order amount, shipping) are cleared too. The items, quantities,
 * fulfillment, coupons, notes and gift messages stay. Choosing the draft's own site changes nothing.
 */
export function changeSite(
  draft: OrderDraft,
  site: Site,
  now: Date = new Date(),
): { draft: OrderDraft; cleared: ClearedItem[] } {
  if (draft.siteId === site.id && draft.currency === site.currency) return { draft, cleared: [] };
  const cleared: ClearedItem[] = [];
  const changes: Partial<OrderDraft> = { siteId: site.id, currency: site.currency };

  if (draft.customer && !isCustomerOfSite(draft.customer, site)) {
    cleared.push({ kind: 'customer', label: customerName(draft.customer) });
    changes.customer = null;
  }
  if (draft.shippingMethodId !== null) {
    cleared.push({ kind: 'shipping-method', label: draft.shippingMethodId });
    changes.shippingMethodId = null;
  }
  if (draft.priceListId !== null) {
    cleared.push({ kind: 'price-list', label: draft.priceListId });
    changes.priceListId = null;
  }
  if (draft.payments.length > 0) {
    cleared.push({ kind: 'payments', label: draft.payments.map(paymentLabel).join(', ') });
    changes.payments = [];
  }

  const foreign = (m: Money): boolean => m.currency !== site.currency;
  const droppedReasons: string[] = [];
  const lines = draft.lines.map((line): DraftLine => {
    const adjustmentMoney = line.adjustment && (line.adjustment.kind === 'amount-off' ? line.adjustment.amount : line.adjustment.unitPrice);
    const dropAdjustment = adjustmentMoney !== null && foreign(adjustmentMoney);
    if (dropAdjustment && line.adjustment) droppedReasons.push(line.adjustment.reason);
    return { ...line, adjustment: dropAdjustment ? null : line.adjustment, needsRepricing: true };
  });
  if (lines.length > 0) {
    cleared.push({ kind: 'prices', label: itemCount(lines.length) });
    changes.lines = lines;
  }
  if (draft.orderAdjustment?.kind === 'amount' && foreign(draft.orderAdjustment.amount)) {
    droppedReasons.push(draft.orderAdjustment.reason);
    changes.orderAdjustment = null;
  }
  if (draft.shippingAdjustment && foreign(draft.shippingAdjustment.amount)) {
    droppedReasons.push(draft.shippingAdjustment.reason);
    changes.shippingAdjustment = null;
  }
  if (droppedReasons.length > 0) cleared.push({ kind: 'adjustments', label: droppedReasons.join(', ') });

  return { draft: touch(draft, changes, now), cleared };
}

/** `changeSite` without the report: use `changeSite` when the agent must be told what was cleared. */
export function setSite(draft: OrderDraft, site: Site, now: Date = new Date()): OrderDraft {
  return changeSite(draft, site, now).draft;
}

function itemCount(n: number): string {
  return n === 1 ? '1 item' : `${n} items`;
}

// ---------------------------------------------------------------------------------------------
// Customer

/** Sets (or with null, removes) the order's shopper. Check `isCustomerOfSite` before offering one. */
export function setCustomer(draft: OrderDraft, customer: Customer | null, now: Date = new Date()): OrderDraft {
  return touch(draft, { customer }, now);
}

/** The customer's default billing address, or null. The first one wins if several claim it. */
export function defaultBillingAddress<A extends Address | AddressInput>(customer: { addresses: A[] }): A | null {
  return customer.addresses.find((a) => a.isDefaultBilling) ?? null;
}

/** The customer's default shipping address, or null. The first one wins if several claim it. */
export function defaultShippingAddress<A extends Address | AddressInput>(customer: { addresses: A[] }): A | null {
  return customer.addresses.find((a) => a.isDefaultShipping) ?? null;
}

/** "First Last", trimmed; the email when both names are blank. */
export function customerName(customer: Pick<CustomerInput, 'firstName' | 'lastName' | 'email'>): string {
  const name = `${customer.firstName.trim()} ${customer.lastName.trim()}`.trim();
  return name || customer.email.trim();
}

// ---------------------------------------------------------------------------------------------
// Lines

/** Adds a line at the end. @throws {RangeError} for a price in another currency or a duplicate line id. */
export function addLine(draft: OrderDraft, input: NewLine, now: Date = new Date()): OrderDraft {
  assertDraftCurrency(draft, input.unitPrice, 'The unit price');
  if (input.adjustment) assertAdjustmentCurrency(draft, input.adjustment);
  if (input.quantity !== undefined) assertFiniteQuantity(input.quantity);
  const id = input.id ?? newId('line');
  if (draft.lines.some((l) => l.id === id)) throw new RangeError(`The draft already has a line ${id}`);
  const line: DraftLine = {
    id,
    productId: input.productId,
    variantId: input.variantId ?? null,
    productName: input.productName,
    code: input.code,
    options: (input.options ?? []).map((o) => ({ name: o.name, value: o.value })),
    quantity: input.quantity ?? 1,
    fulfillment: input.fulfillment ? { ...input.fulfillment } : null,
    unitPrice: input.unitPrice,
    adjustment: input.adjustment ?? null,
    gift: input.gift ?? false,
    giftMessage: input.gift ? (input.giftMessage ?? '') : '',
  };
  if (input.imageUrl !== undefined) line.imageUrl = input.imageUrl;
  return touch(draft, { lines: [...draft.lines, line] }, now);
}

/** The line with this id, or undefined. */
export function findLine(draft: OrderDraft, lineId: string): DraftLine | undefined {
  return draft.lines.find((l) => l.id === lineId);
}

function assertAdjustmentCurrency(draft: OrderDraft, adjustment: LineAdjustment): void {
  assertDraftCurrency(draft, adjustment.kind === 'amount-off' ? adjustment.amount : adjustment.unitPrice, 'The line adjustment');
}

/**
 * Changes fields of a line. Unknown line: the draft unchanged.
 * @throws {RangeError} for a price or adjustment in another currency.
 */
export function updateLine(draft: OrderDraft, lineId: string, patch: LinePatch, now: Date = new Date()): OrderDraft {
  if (!findLine(draft, lineId)) return draft;
  if (patch.quantity !== undefined) assertFiniteQuantity(patch.quantity);
  if (patch.unitPrice) assertDraftCurrency(draft, patch.unitPrice, 'The unit price');
  if (patch.adjustment) assertAdjustmentCurrency(draft, patch.adjustment);
  const { id: _ignored, ...changes } = patch as LinePatch & { id?: string };
  return touch(draft, { lines: draft.lines.map((l) => (l.id === lineId ? { ...l, ...changes } : l)) }, now);
}

/** Removes a line. Unknown line: the draft unchanged. */
export function removeLine(draft: OrderDraft, lineId: string, now: Date = new Date()): OrderDraft {
  if (!findLine(draft, lineId)) return draft;
  return touch(draft, { lines: draft.lines.filter((l) => l.id !== lineId) }, now);
}

/**
 * Sets a line's quantity as typed; `validateLine` reports a quantity that is not a whole number ≥ 1.
 * @throws {RangeError} for NaN or an infinite quantity, which could not be stored as JSON.
 */
export function setLineQuantity(draft: OrderDraft, lineId: string, quantity: number, now: Date = new Date()): OrderDraft {
  assertFiniteQuantity(quantity);
  return updateLine(draft, lineId, { quantity }, now);
}

function assertFiniteQuantity(quantity: number): void {
  if (!Number.isFinite(quantity)) throw new RangeError(`A quantity must be a finite number, got ${quantity}`);
}

/** Sets how a line is fulfilled (Direct Ship, pickup or delivery at a location), or clears it with null. */
export function setLineFulfillment(
  draft: OrderDraft,
  lineId: string,
  fulfillment: Fulfillment | null,
  now: Date = new Date(),
): OrderDraft {
  return updateLine(draft, lineId, { fulfillment: fulfillment ? { ...fulfillment } : null }, now);
}

/** Sets a line's per-unit price adjustment (with its reason), or removes it with null. */
export function setLineAdjustment(
  draft: OrderDraft,
  lineId: string,
  adjustment: LineAdjustment | null,
  now: Date = new Date(),
): OrderDraft {
  return updateLine(draft, lineId, { adjustment }, now);
}

/** Marks a line as a gift with its message; when `gift` is false the message is dropped so it is never sent. */
export function setLineGift(
  draft: OrderDraft,
  lineId: string,
  gift: boolean,
  message = '',
  now: Date = new Date(),
): OrderDraft {
  return updateLine(draft, lineId, { gift, giftMessage: gift ? message : '' }, now);
}

/**
 * Takes the new unit prices of lines (by line id) from a pricing or configure answer, and clears
 * their `needsRepricing` mark. Ids of lines no longer in the draft are ignored.
 * @throws {RangeError} for a price in another currency than the draft's.
 */
export function repriceLines(draft: OrderDraft, prices: Readonly<Record<string, Money>>, now: Date = new Date()): OrderDraft {
  let changed = false;
  const lines = draft.lines.map((line): DraftLine => {
    if (!Object.hasOwn(prices, line.id)) return line;
    const unitPrice = prices[line.id] as Money;
    assertDraftCurrency(draft, unitPrice, 'The new unit price');
    changed = true;
    const { needsRepricing: _stale, ...rest } = line;
    return { ...rest, unitPrice };
  });
  return changed ? touch(draft, { lines }, now) : draft;
}

/** Whether any line waits for a new price (after a change of site or price list). */
export function needsRepricing(draft: OrderDraft): boolean {
  return draft.lines.some((l) => l.needsRepricing === true);
}

/** Whether any line is shipped (Direct Ship), which makes a shipping method necessary. */
export function anyLineShips(draft: OrderDraft): boolean {
  return draft.lines.some((l) => l.fulfillment?.kind === 'ship');
}

/**
 * The unit price after the line's adjustment: the price minus the amount off, or the adjusted unit
 * price; never below zero.
 */
export function effectiveUnitPrice(line: DraftLine): Money {
  const { adjustment, unitPrice } = line;
  if (!adjustment) return unitPrice;
  if (adjustment.kind === 'amount-off') return clampToZero(subtract(unitPrice, adjustment.amount));
  return maxMoney(adjustment.unitPrice, zero(adjustment.unitPrice.currency));
}

/**
 * The line's total: effective unit price × quantity. A quantity the agent is still typing that is
 * not a whole number ≥ 0 counts as 0 here (`validateLine` reports it).
 */
export function lineTotal(line: DraftLine): Money {
  const quantity = Number.isSafeInteger(line.quantity) && line.quantity > 0 ? line.quantity : 0;
  return multiply(effectiveUnitPrice(line), quantity);
}

// ---------------------------------------------------------------------------------------------
// Order-level details

/** Sets the shipping method by id, or clears it with null. */
export function setShippingMethod(draft: OrderDraft, shippingMethodId: string | null, now: Date = new Date()): OrderDraft {
  return touch(draft, { shippingMethodId }, now);
}

/** A coupon code as stored: trimmed and upper-cased. */
export function normalizeCoupon(code: string): string {
  return code.trim().toUpperCase();
}

/** Adds a coupon code (trimmed, upper-cased). A blank code or one already there: the draft unchanged. */
export function addCoupon(draft: OrderDraft, code: string, now: Date = new Date()): OrderDraft {
  const normalized = normalizeCoupon(code);
  if (!normalized || draft.coupons.includes(normalized)) return draft;
  return touch(draft, { coupons: [...draft.coupons, normalized] }, now);
}

/** Removes a coupon code (compared trimmed and upper-cased). Absent: the draft unchanged. */
export function removeCoupon(draft: OrderDraft, code: string, now: Date = new Date()): OrderDraft {
  const normalized = normalizeCoupon(code);
  if (!draft.coupons.includes(normalized)) return draft;
  return touch(draft, { coupons: draft.coupons.filter((c) => c !== normalized) }, now);
}

/** Sets the notes from the customer, as typed. */
export function setCustomerNotes(draft: OrderDraft, notes: string, now: Date = new Date()): OrderDraft {
  return touch(draft, { customerNotes: notes }, now);
}

/** Sets the order-level gift message, as typed. */
export function setGiftMessage(draft: OrderDraft, message: string, now: Date = new Date()): OrderDraft {
  return touch(draft, { giftMessage: message }, now);
}

/**
 * Sets the price list by id (null for the site's list prices). Unit prices depend on it, so every
 * line is marked `needsRepricing` when it changes. The same price list: the draft unchanged.
 */
export function setPriceList(draft: OrderDraft, priceListId: string | null, now: Date = new Date()): OrderDraft {
  if (draft.priceListId === priceListId) return draft;
  return touch(draft, { priceListId, lines: draft.lines.map((l) => ({ ...l, needsRepricing: true })) }, now);
}

/**
 * Sets the adjustment to the order total (an amount off, or basis points off), or removes it.
 * @throws {RangeError} for an amount in another currency.
 */
export function setOrderAdjustment(draft: OrderDraft, adjustment: OrderAdjustment | null, now: Date = new Date()): OrderDraft {
  if (adjustment?.kind === 'amount') assertDraftCurrency(draft, adjustment.amount, 'The order adjustment');
  return touch(draft, { orderAdjustment: adjustment }, now);
}

/**
 * Sets the amount off the shipping cost, or removes it.
 * @throws {RangeError} for an amount in another currency.
 */
export function setShippingAdjustment(
  draft: OrderDraft,
  adjustment: ShippingAdjustment | null,
  now: Date = new Date(),
): OrderDraft {
  if (adjustment) assertDraftCurrency(draft, adjustment.amount, 'The shipping adjustment');
  return touch(draft, { shippingAdjustment: adjustment }, now);
}

// ---------------------------------------------------------------------------------------------
// Payments

/**
 * Adds a payment. Only the known fields are kept: for a card, its token, brand, last four and
 * expiry; anything else handed in (a card number, a security code) is dropped.
 * @throws {RangeError} for an amount in another currency or a duplicate payment id.
 * @throws {DraftParseError} for a malformed payment (e.g. `last4` that is not four digits).
 */
export function addPayment(draft: OrderDraft, payment: NewPayment, now: Date = new Date()): OrderDraft {
  assertDraftCurrency(draft, payment.amount, 'The payment');
  const id = payment.id ?? newId('payment');
  if (draft.payments.some((p) => p.id === id)) throw new RangeError(`The draft already has a payment ${id}`);
  return touch(draft, { payments: [...draft.payments, readPayment({ ...payment, id }, 'payment')] }, now);
}

/** Removes a payment. Unknown payment: the draft unchanged. */
export function removePayment(draft: OrderDraft, paymentId: string, now: Date = new Date()): OrderDraft {
  if (!draft.payments.some((p) => p.id === paymentId)) return draft;
  return touch(draft, { payments: draft.payments.filter((p) => p.id !== paymentId) }, now);
}

/**
 * Changes the amount of a payment. Unknown payment: the draft unchanged.
 * @throws {RangeError} for an amount in another currency.
 */
export function setPaymentAmount(draft: OrderDraft, paymentId: string, amount: Money, now: Date = new Date()): OrderDraft {
  if (!draft.payments.some((p) => p.id === paymentId)) return draft;
  assertDraftCurrency(draft, amount, 'The payment');
  return touch(draft, { payments: draft.payments.map((p) => (p.id === paymentId ? { ...p, amount } : p)) }, now);
}

/**
 * Replaces the payments (what `<payment-panel>` reports in `payments-change`). As with
 * `addPayment`, only the known fields of each are kept, so nothing else a caller attached rides along.
 * @throws {RangeError} for an amount in another currency or a duplicate payment id.
 * @throws {DraftParseError} for a malformed payment.
 */
export function setPayments(draft: OrderDraft, payments: readonly Payment[], now: Date = new Date()): OrderDraft {
  const ids = new Set<string>();
  for (const payment of payments) {
    assertDraftCurrency(draft, payment.amount, 'The payment');
    if (ids.has(payment.id)) throw new RangeError(`The payments repeat the id ${payment.id}`);
    ids.add(payment.id);
  }
  return touch(draft, { payments: payments.map((p, i) => readPayment(p, `payments.${i}`)) }, now);
}

const BRAND_NAMES: Record<CardBrand, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  unknown: 'Card',
};

/** The networks' own names of the card brands ("Visa", "American Express"); "Card" for an unknown brand. */
export const CARD_BRAND_NAMES: Readonly<Record<CardBrand, string>> = BRAND_NAMES;

const KIND_NAMES: Record<PaymentKind, string> = {
  'credit-card': 'Credit card',
  check: 'Check',
  'purchase-order': 'Purchase order',
  'store-credit': 'Store credit',
  'gift-card': 'Gift card',
  other: 'Payment',
};

/** A short English name of a payment: "Visa ending 1111", "Check 1024", "Purchase order". */
export function paymentLabel(payment: Pick<Payment, 'kind' | 'card' | 'reference'>): string {
  if (payment.card) return `${BRAND_NAMES[payment.card.brand] ?? 'Card'} ending ${payment.card.last4}`;
  const name = KIND_NAMES[payment.kind] ?? 'Payment';
  return payment.reference ? `${name} ${payment.reference}` : name;
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
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) fail(at(path, key), `one of ${values.join(', ')}`);
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
      return { name: str(option, 'name', at(at(path, 'options'), i)), value: str(option, 'value', at(at(path, 'options'), i)) };
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

const CARD_BRANDS: readonly CardBrand[] = ['visa', 'mastercard', 'amex', 'discover', 'diners', 'jcb', 'unionpay', 'unknown'];
const PAYMENT_KINDS: readonly PaymentKind[] = ['credit-card', 'check', 'purchase-order', 'store-credit', 'gift-card', 'other'];

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

function readPayment(value: unknown, path: string): Payment {
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
    throw new DraftParseError(`The draft has schema ${JSON.stringify(o.schema)}; this version reads schema ${DRAFT_SCHEMA}.`, 'schema');
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
