/**
 * The edits of an order's line list (add, change, remove a line), on the lines alone: the draft's
 * line edits (`addLine`, `setLineQuantity`… in `draft-edits.ts`) apply them to a draft, and
 * `<line-item-editor>`, which holds only the lines, applies them to its lines. Each returns a NEW
 * list (the one given is never mutated); an edit addressed to a line that is no longer there returns
 * the list given. Money must be in `currency` (the draft's, the site's) unless that is null;
 * anything else is a programming error and throws a RangeError.
 */
import { assertDraftCurrency } from './draft-core.js';
import { newId } from './ids.js';
import type { CustomLine, DraftLine, Fulfillment, LineAdjustment, LineOption, Money } from './types.js';

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
  /** A custom line (see `DraftLine.custom`). */
  custom?: CustomLine;
}

/** Fields of a line that `updateLine` may change (never its id). */
export type LinePatch = Partial<Omit<DraftLine, 'id'>>;

/** An edit of a line list, in `currency` (null before a site is chosen). */
export type LineListEdit = (lines: readonly DraftLine[], currency: string | null) => readonly DraftLine[];

/**
 * A quantity as the draft stores it: finite (JSON holds no NaN nor Infinity), and 0 for −0, which
 * JSON writes as 0 (so that a draft reads back from its JSON equal to itself).
 */
function storedQuantity(quantity: number): number {
  if (!Number.isFinite(quantity)) throw new RangeError(`A quantity must be a finite number, got ${quantity}`);
  return quantity === 0 ? 0 : quantity;
}

function assertAdjustmentCurrency(currency: string | null, adjustment: LineAdjustment): void {
  assertDraftCurrency(
    { currency },
    adjustment.kind === 'amount-off' ? adjustment.amount : adjustment.unitPrice,
    'The line adjustment',
  );
}

/** Adds a line at the end. @throws {RangeError} for a price in another currency or a duplicate line id. */
export const addLineEdit =
  (input: NewLine): LineListEdit =>
  (lines, currency) => {
    assertDraftCurrency({ currency }, input.unitPrice, 'The unit price');
    if (input.adjustment) assertAdjustmentCurrency(currency, input.adjustment);
    const quantity = input.quantity === undefined ? 1 : storedQuantity(input.quantity);
    const id = input.id ?? newId('line');
    if (lines.some((l) => l.id === id)) throw new RangeError(`The draft already has a line ${id}`);
    const line: DraftLine = {
      id,
      productId: input.productId,
      variantId: input.variantId ?? null,
      productName: input.productName,
      code: input.code,
      options: (input.options ?? []).map((o) => ({ name: o.name, value: o.value })),
      quantity,
      fulfillment: input.fulfillment ? { ...input.fulfillment } : null,
      unitPrice: input.unitPrice,
      adjustment: input.adjustment ?? null,
      gift: input.gift ?? false,
      giftMessage: input.gift ? (input.giftMessage ?? '') : '',
    };
    if (input.imageUrl !== undefined) line.imageUrl = input.imageUrl;
    if (input.custom) line.custom = { taxable: input.custom.taxable };
    return [...lines, line];
  };

/**
 * Changes fields of a line. Unknown line: the list given.
 * @throws {RangeError} for a price or adjustment in another currency.
 */
export const updateLineEdit =
  (lineId: string, patch: LinePatch): LineListEdit =>
  (lines, currency) => {
    if (!lines.some((l) => l.id === lineId)) return lines;
    const quantity = patch.quantity === undefined ? {} : { quantity: storedQuantity(patch.quantity) };
    if (patch.unitPrice) assertDraftCurrency({ currency }, patch.unitPrice, 'The unit price');
    if (patch.adjustment) assertAdjustmentCurrency(currency, patch.adjustment);
    const { id: _ignored, ...rest } = patch as LinePatch & { id?: string };
    const changes = { ...rest, ...quantity };
    return lines.map((l) => (l.id === lineId ? { ...l, ...changes } : l));
  };

/** Removes a line. Unknown line: the list given. */
export const removeLineEdit =
  (lineId: string): LineListEdit =>
  (lines) =>
    lines.some((l) => l.id === lineId) ? lines.filter((l) => l.id !== lineId) : lines;

/**
 * Sets a line's quantity as typed; `validateLine` reports a quantity that is not a whole number ≥ 1.
 * @throws {RangeError} for NaN or an infinite quantity, which could not be stored as JSON.
 */
export function lineQuantityEdit(lineId: string, quantity: number): LineListEdit {
  return updateLineEdit(lineId, { quantity: storedQuantity(quantity) });
}

/** Sets how a line is fulfilled (Direct Ship, pickup or delivery at a location), or clears it with null. */
export const lineFulfillmentEdit = (lineId: string, fulfillment: Fulfillment | null): LineListEdit =>
  updateLineEdit(lineId, { fulfillment: fulfillment ? { ...fulfillment } : null });

/** Sets a line's per-unit price adjustment (with its reason), or removes it with null. */
export const lineAdjustmentEdit = (lineId: string, adjustment: LineAdjustment | null): LineListEdit =>
  updateLineEdit(lineId, { adjustment });

/** Marks a line as a gift with its message; when `gift` is false the message is dropped so it is never sent. */
export const lineGiftEdit = (lineId: string, gift: boolean, message = ''): LineListEdit =>
  updateLineEdit(lineId, { gift, giftMessage: gift ? message : '' });
