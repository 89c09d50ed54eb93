/**
 * The edits of the order draft (lines, order-level details, payments). Re-exported by `draft.ts`;
 * see there for the rules every edit follows.
 */
import { newId } from './ids.js';
import {
  addLineEdit,
  lineAdjustmentEdit,
  lineFulfillmentEdit,
  lineGiftEdit,
  lineQuantityEdit,
  removeLineEdit,
  updateLineEdit,
} from './line-list.js';
import type { LineListEdit, LinePatch, NewLine } from './line-list.js';
import { assertDraftCurrency, normalizeCoupon, touch } from './draft-core.js';
import { readPayment } from './draft-json.js';
import type {
  AddressInput,
  DraftLine,
  TaxExemption,
  Fulfillment,
  LineAdjustment,
  Money,
  OrderAdjustment,
  OrderDraft,
  Payment,
  ShippingAdjustment,
} from './types.js';

export type { LinePatch, NewLine } from './line-list.js';

/** What `addPayment` needs: a payment without its id (generated unless given). */
export type NewPayment = Omit<Payment, 'id'> & { id?: string };

// ---------------------------------------------------------------------------------------------
// Lines (the edits of the line list, `line-list.ts`, applied to the draft)

/** The draft with `edit` applied to its lines; the draft itself when the lines did not change. */
function applyLines(draft: OrderDraft, edit: LineListEdit, now: Date): OrderDraft {
  const lines = edit(draft.lines, draft.currency);
  return lines === draft.lines ? draft : touch(draft, { lines: [...lines] }, now);
}

/** Adds a line at the end. @throws {RangeError} for a price in another currency or a duplicate line id. */
export function addLine(draft: OrderDraft, input: NewLine, now: Date = new Date()): OrderDraft {
  return applyLines(draft, addLineEdit(input), now);
}

/** The line with this id, or undefined. */
export function findLine(draft: OrderDraft, lineId: string): DraftLine | undefined {
  return draft.lines.find((l) => l.id === lineId);
}

/**
 * Changes fields of a line. Unknown line: the draft unchanged.
 * @throws {RangeError} for a price or adjustment in another currency.
 */
export function updateLine(draft: OrderDraft, lineId: string, patch: LinePatch, now: Date = new Date()): OrderDraft {
  return applyLines(draft, updateLineEdit(lineId, patch), now);
}

/** Removes a line. Unknown line: the draft unchanged. */
export function removeLine(draft: OrderDraft, lineId: string, now: Date = new Date()): OrderDraft {
  return applyLines(draft, removeLineEdit(lineId), now);
}

/**
 * An edit of one line of the draft: `lineId` names the line (an unknown line: the draft unchanged),
 * `value` is what the line gets.
 */
type LineEdit<Value> = (draft: OrderDraft, lineId: string, value: Value, now?: Date) => OrderDraft;

/** The draft edit that applies a line-list edit (`line-list.ts`) to the draft's lines. */
function lineEdit<Value>(edit: (lineId: string, value: Value) => LineListEdit): LineEdit<Value> {
  return (draft, lineId, value, now = new Date()) => applyLines(draft, edit(lineId, value), now);
}

/**
 * Sets a line's quantity as typed; `validateLine` reports a quantity that is not a whole number ≥ 1.
 * @throws {RangeError} for NaN or an infinite quantity, which could not be stored as JSON.
 */
export const setLineQuantity: LineEdit<number> = lineEdit(lineQuantityEdit);

/** Sets how a line is fulfilled (Direct Ship, pickup or delivery at a location), or clears it with null. */
export const setLineFulfillment: LineEdit<Fulfillment | null> = lineEdit(lineFulfillmentEdit);

/** Sets a line's per-unit price adjustment (with its reason), or removes it with null. */
export const setLineAdjustment: LineEdit<LineAdjustment | null> = lineEdit(lineAdjustmentEdit);

/** Marks a line as a gift with its message; when `gift` is false the message is dropped so it is never sent. */
export function setLineGift(
  draft: OrderDraft,
  lineId: string,
  gift: boolean,
  message = '',
  now: Date = new Date(),
): OrderDraft {
  return applyLines(draft, lineGiftEdit(lineId, gift, message), now);
}

/** Replaces the lines (as `<line-item-editor>` edited them). */
export function setLines(draft: OrderDraft, lines: readonly DraftLine[], now: Date = new Date()): OrderDraft {
  return touch(draft, { lines: [...lines] }, now);
}

// ---------------------------------------------------------------------------------------------
// Order-level details

/** Sets the shipping method by id, or clears it with null. */
export function setShippingMethod(
  draft: OrderDraft,
  shippingMethodId: string | null,
  now: Date = new Date(),
): OrderDraft {
  return touch(draft, { shippingMethodId }, now);
}
/**
 * Sets where the order ships: a copy of one of the customer's saved addresses (with its `id`) or a
 * one-time address (without one), as typed (`validateOrderReadiness` checks it); null for the
 * customer's default shipping address, which leaves no `shipTo` in the draft. The customer's own
 * addresses never change here.
 */
export function setShipTo(draft: OrderDraft, address: AddressInput | null, now: Date = new Date()): OrderDraft {
  const { shipTo: _previous, ...rest } = draft;
  return touch(rest, address ? { shipTo: { ...address } } : {}, now);
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
 * `validateOrderAdjustment` reports basis points outside 1 to 10000.
 * @throws {RangeError} for an amount in another currency, or basis points that are not a safe
 *   integer (`parsePercent` gives none such): the draft's JSON holds whole basis points only.
 */
export function setOrderAdjustment(
  draft: OrderDraft,
  adjustment: OrderAdjustment | null,
  now: Date = new Date(),
): OrderDraft {
  if (adjustment?.kind === 'amount') assertDraftCurrency(draft, adjustment.amount, 'The order adjustment');
  if (adjustment?.kind === 'percent') {
    const { basisPoints } = adjustment;
    if (!Number.isSafeInteger(basisPoints)) throw new RangeError(`Basis points must be an integer, got ${basisPoints}`);
    // −0 would be written to JSON as 0: store 0, so that the draft reads back equal to itself.
    if (Object.is(basisPoints, -0)) adjustment = { ...adjustment, basisPoints: 0 };
  }
  return touch(draft, { orderAdjustment: adjustment }, now);
}

/**
 * Makes the order tax exempt under `exemption`'s certificate number (trimmed), or taxed again
 * (null, or a number left empty): an exemption always has its certificate number.
 */
export function setTaxExemption(draft: OrderDraft, exemption: TaxExemption | null, now: Date = new Date()): OrderDraft {
  const certificateNumber = exemption?.certificateNumber.trim();
  if (certificateNumber) return touch(draft, { taxExemption: { certificateNumber } }, now);
  // Taxed: no field at all, as in a draft that never was exempt (it reads back the same).
  const { taxExemption: _dropped, ...taxed } = draft;
  return touch(taxed, {}, now);
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
export function setPaymentAmount(
  draft: OrderDraft,
  paymentId: string,
  amount: Money,
  now: Date = new Date(),
): OrderDraft {
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
