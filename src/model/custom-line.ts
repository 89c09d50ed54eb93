/**
 * A custom line: an item the catalog lacks, typed by the agent ("Add custom item"). Reads what was
 * typed into a new line, or says which field is wrong and why (codes; the element words them).
 * A custom line has no product (`productId` and `code` are ''), ships with the order (Direct Ship:
 * there is no other fulfillment to choose for it) and has no stock to look up.
 */
import { lineFits } from './amount-limits.js';
import { TEXT_LIMITS } from './limits.js';
import type { NewLine } from './line-list.js';
import { parseMoney } from './money-parse.js';
import type { ParseMoneyErrorCode } from './money-parse.js';
import type { DraftLine } from './types.js';

/** What the agent typed in the custom item form. */
export interface CustomItemInput {
  name: string;
  /** The unit price as typed, in the locale's conventions ("12.50", "12,50 $"). */
  unitPrice: string;
  /** The quantity as typed. */
  quantity: string;
  taxable: boolean;
}

/** Why a field of the custom item form is refused. */
export type CustomItemErrorCode =
  'required' | 'too-long' | 'not-positive' | 'not-whole' | 'too-large' | Exclude<ParseMoneyErrorCode, 'too-large'>;

export type CustomItemErrors = Partial<Record<'name' | 'unitPrice' | 'quantity', CustomItemErrorCode>>;

export type CustomItemReading = { ok: true; line: NewLine } | { ok: false; errors: CustomItemErrors };

/** Whether a line is a custom line (typed by the agent, not from the catalog). */
export function isCustomLine(line: Pick<DraftLine, 'custom'>): boolean {
  return line.custom !== undefined;
}

/**
 * Reads the custom item form: name required (trimmed) and at most `TEXT_LIMITS.customItemName`
 * characters; unit price an amount in `currency` above zero, typed in `locale`'s conventions; quantity
 * a whole number of at least 1; the line's total within what the order can hold with `lines`.
 */
export function readCustomItem(
  input: CustomItemInput,
  currency: string,
  locale: string,
  lines: readonly DraftLine[],
): CustomItemReading {
  const errors: CustomItemErrors = {};
  const name = input.name.trim();
  if (!name) errors.name = 'required';
  else if (name.length > TEXT_LIMITS.customItemName) errors.name = 'too-long';
  const quantityText = input.quantity.trim();
  const quantity = /^\d+$/.test(quantityText) ? Number(quantityText) : NaN;
  if (!quantityText) errors.quantity = 'required';
  else if (!Number.isSafeInteger(quantity)) errors.quantity = 'not-whole';
  else if (quantity < 1) errors.quantity = 'not-positive';
  const price = parseMoney(input.unitPrice, currency, locale);
  if (!price.ok) errors.unitPrice = price.code === 'empty' ? 'required' : price.code;
  else if (price.money.amount <= 0) errors.unitPrice = 'not-positive';
  else if (!errors.quantity && !lineFits(lines, null, price.money.amount, quantity)) errors.quantity = 'too-large';
  if (!price.ok || errors.name || errors.unitPrice || errors.quantity) return { ok: false, errors };
  return {
    ok: true,
    line: {
      productId: '',
      variantId: null,
      productName: name,
      code: '',
      quantity,
      fulfillment: { kind: 'ship', locationId: null, locationName: null },
      unitPrice: price.money,
      custom: { taxable: input.taxable },
    },
  };
}
