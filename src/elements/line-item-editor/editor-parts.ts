/**
 * Pieces of `<line-item-editor>` that need none of its state: labels, the quantity rules, reading
 * a line's price adjustment, a line's total that never throws, and the inventory tooltip's keys.
 * Apart so that the element's module stays its template, its API and the wiring of its parts.
 */
import { msg, str } from '../shared/localize.js';
import { lineFits, lineRoom, MAX_ORDER_AMOUNT } from '../../model/amount-limits.js';
import { parseMoney } from '../../model/money.js';
import type { DraftLine, Fulfillment, FulfillmentOption, Inventory, LineAdjustment } from '../../model/types.js';
import { scrubMessage } from '../shared/adapter-text.js';
import { isolate } from '../shared/bidi.js';
import { labelled } from '../shared/labelled.js';
import { recipientText } from '../shared/recipient-text.js';
import { activeLanguage, SOURCE_LOCALE } from '../shared/localization.js';

/**
 * "Direct Ship", "Pickup: Downtown Store", "Delivery: Uptown Store"; "Email delivery" (an option),
 * "Email to Ada Lovelace (ada@example.com)" (a line with its recipient).
 */
export function fulfillmentLabel(fulfillment: Fulfillment): string {
  const place = isolate(fulfillment.locationName ?? '');
  if (fulfillment.kind === 'ship') return msg('Direct Ship');
  if (fulfillment.kind === 'digital')
    return fulfillment.recipient ? recipientText(fulfillment.recipient) : msg('Email delivery');
  return fulfillment.kind === 'pickup' ? msg(str`Pickup: ${place}`) : msg(str`Delivery: ${place}`);
}

/**
 * Why an option cannot take the item: the backend's message on an English page (scrubbed); in
 * another language its reason in the page's language (the backend writes English).
 */
export function unavailableText(option: FulfillmentOption): string {
  if (activeLanguage() === SOURCE_LOCALE) return scrubMessage(option.unavailableMessage ?? msg('Not available'));
  const place = option.locationName ? isolate(option.locationName) : '';
  switch (option.unavailableReason) {
    case 'out-of-stock':
      return place ? msg(str`Out of stock at ${place}.`) : msg('Out of stock.');
    case 'location-closed':
      return msg('This location is closed.');
    case 'not-supported':
      return msg('This item cannot be fulfilled this way.');
    default:
      return msg('Not available');
  }
}

export const optionsText = (options: { name: string; value: string }[]) =>
  options.map((option) => labelled(isolate(option.name), isolate(option.value))).join(', ');

export const entries = (options: Record<string, string> = {}) =>
  Object.entries(options).map(([name, value]) => ({ name, value }));

export const futureOf = (inventory: Inventory): number =>
  inventory.future.reduce((sum, expected) => sum + expected.quantity, 0);

/** Whose stock: a variant's, or a simple product's. */
export const stockKey = (item: { productId: string; variantId: string | null }) =>
  `${item.productId} ${item.variantId ?? ''}`;

/** What a quantity meets in the stock or the order: a warning, or a refusal (`blocked`) with its reason. */
export interface QuantityNote {
  /** The quantity cannot be taken (else it is a warning: it comes from expected stock). */
  blocked: boolean;
  message: string;
}

const blocked = (message: string): QuantityNote => ({ blocked: true, message });

/**
 * The quantity rules against the inventory of the chosen fulfillment, or undefined when all is
 * well. More than is on hand is a warning when expected stock covers it; more than on hand and
 * expected together is blocked. The same rules hold when an item is added, when a line's quantity
 * or fulfillment changes, and for lines the editor was given.
 */
export function quantityNote(quantity: number, inventory?: Inventory): QuantityNote | undefined {
  if (!Number.isSafeInteger(quantity) || quantity < 1) return blocked(msg('Enter a whole number of at least 1.'));
  if (!inventory) return undefined;
  const { current } = inventory;
  const future = futureOf(inventory);
  if (quantity > current + future) {
    return blocked(msg(str`Only ${current + future} can be ordered: ${current} available now and ${future} expected.`));
  }
  if (quantity <= current) return undefined;
  return {
    blocked: false,
    message:
      current > 0
        ? msg(str`Only ${current} available now; the rest comes from expected stock.`)
        : msg('None available now: it comes from expected stock.'),
  };
}

/** The quantity of an item being added against its option's stock, and against what the order can still hold. */
export function addNote(
  quantity: number,
  unitAmount: number,
  lines: readonly DraftLine[],
  inventory?: Inventory,
): QuantityNote | undefined {
  return (
    quantityNote(quantity, inventory) ??
    (lineFits(lines, null, unitAmount, quantity) ? undefined : blocked(msg('Enter a smaller quantity.')))
  );
}

/** The field of a line's price adjustment form that a problem is about. */
export type AdjustmentField = 'amount' | 'reason' | 'approver';

/** What a line's price adjustment form holds: the adjustment, or why not. */
export type AdjustmentReading = { adjustment: LineAdjustment } | { message: string; field: AdjustmentField };

/**
 * What a line's price adjustment form holds: the adjustment, or why not (the message, and the field
 * at fault). A new unit price whose line total (× quantity) the order cannot hold is refused here,
 * never thrown on later.
 */
export function readAdjustment(
  form: FormData,
  line: DraftLine,
  lines: readonly DraftLine[],
  locale: string,
): AdjustmentReading {
  const reason = String(form.get('reason')).trim();
  const unitPrice = form.get('kind') === 'unit-price';
  const max = unitPrice ? { max: lineRoom(lines, line.id), quantity: line.quantity } : { max: MAX_ORDER_AMOUNT };
  const parsed = parseMoney(String(form.get('amount')), line.unitPrice.currency, locale, max);
  if (!parsed.ok) {
    return {
      field: 'amount',
      message: parsed.code === 'too-large' ? msg('Enter a smaller amount.') : msg('Enter an amount, like 10.00.'),
    };
  }
  const { money } = parsed;
  // A line never goes below zero silently: more off each than its unit price is refused.
  if (!unitPrice && money.amount > line.unitPrice.amount) {
    return {
      field: 'amount',
      message: msg('Enter an amount off no larger than the unit price.'),
    };
  }
  if (!reason) return { field: 'reason', message: msg('Enter a reason for the price adjustment.') };
  return {
    adjustment: unitPrice
      ? { kind: 'unit-price', unitPrice: money, reason }
      : { kind: 'amount-off', amount: money, reason },
  };
}

/** A line's total that never throws (the model's, shared with the builder's read-back). */
export { safeLineTotal } from '../../model/totals.js';

/** Escape hides a tooltip (APG) without closing the dialog around the editor; leaving resets it. */
export function tipKey(event: KeyboardEvent): void {
  const tip = (event.currentTarget as HTMLElement).parentElement!.classList;
  if (event.key === 'Escape' && !tip.contains('tip--hidden')) {
    event.preventDefault();
    event.stopPropagation();
    tip.add('tip--hidden');
  }
}

export function tipReset(event: Event): void {
  (event.currentTarget as HTMLElement).classList.remove('tip--hidden');
}
