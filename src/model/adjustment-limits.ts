/**
 * How much a price adjustment takes off, measured against what an agent may give on their own (the
 * host's `max-adjustment-percent`), and whether it would take a line below zero. Pure: the elements
 * ask these before an adjustment enters the draft.
 */
import type { DraftLine, LineAdjustment, Money } from './types.js';

/** What an adjustment takes off: the amount (minor units, never below zero) and its share of the base, in percent. */
export interface AdjustmentShare {
  amount: Money;
  /** `amount` as a percentage of the base (the line's unit price × quantity, or the merchandise), two decimals. */
  percent: number;
}

/** Percent of `base` that `off` is, to two decimals (0 when the base is zero or less). */
function percentOf(off: number, base: number): number {
  return base > 0 ? Math.round((off / base) * 10_000) / 100 : 0;
}

/** The line's quantity when it is a whole number of at least one, else 0. */
function quantityOf(line: Pick<DraftLine, 'quantity'>): number {
  return Number.isSafeInteger(line.quantity) && line.quantity > 0 ? line.quantity : 0;
}

/**
 * Whether `adjustment` would take the line below zero: an amount off each larger than its unit
 * price, or a negative new unit price.
 */
export function lineBelowZero(line: Pick<DraftLine, 'unitPrice'>, adjustment: LineAdjustment): boolean {
  return adjustment.kind === 'amount-off'
    ? adjustment.amount.amount > line.unitPrice.amount
    : adjustment.unitPrice.amount < 0;
}

/**
 * What `adjustment` takes off the line: (unit price − adjusted unit price) × quantity, as a share of
 * unit price × quantity. A new unit price above the line's takes nothing off (0, 0%).
 */
export function lineAdjustmentShare(
  line: Pick<DraftLine, 'unitPrice' | 'quantity'>,
  adjustment: LineAdjustment,
): AdjustmentShare {
  const unit = line.unitPrice.amount;
  const each = adjustment.kind === 'amount-off' ? adjustment.amount.amount : unit - adjustment.unitPrice.amount;
  const offEach = Math.min(Math.max(each, 0), Math.max(unit, 0));
  const quantity = quantityOf(line);
  return {
    amount: { amount: offEach * quantity, currency: line.unitPrice.currency },
    percent: percentOf(offEach, unit),
  };
}

/** What an order adjustment of `off` takes off a merchandise subtotal of `merchandise`. */
export function orderAdjustmentShare(off: Money, merchandise: Money): AdjustmentShare {
  return { amount: off, percent: percentOf(off.amount, merchandise.amount) };
}

/**
 * Whether a share is above what an agent may give: `maxPercent` unset (null, or not a finite
 * number of zero or more) sets no limit.
 */
export function aboveLimit(share: AdjustmentShare, maxPercent: number | null | undefined): boolean {
  if (maxPercent === null || maxPercent === undefined || !Number.isFinite(maxPercent) || maxPercent < 0) return false;
  return share.amount.amount > 0 && share.percent > maxPercent;
}
