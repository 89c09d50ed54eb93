/**
 * How much a price adjustment (a line's, the order's, the shipping's) takes off, measured against what an agent may give on their own (the
 * host's `max-adjustment-percent`), and whether it would take a line below zero. Pure: the elements
 * ask these before an adjustment enters the draft.
 */
import { percentage } from './money-shares.js';
import type { DraftLine, LineAdjustment, Money, OrderAdjustment } from './types.js';

/** What an adjustment takes off: the amount (minor units, never below zero) and its share of the base, in percent. */
export interface AdjustmentShare {
  amount: Money;
  /** `amount` as a percentage of the base (the line's unit price × quantity, or the merchandise), two decimals. */
  percent: number;
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
  const off = Math.min(Math.max(each, 0), Math.max(unit, 0));
  const quantity = Number.isSafeInteger(line.quantity) && line.quantity > 0 ? line.quantity : 0;
  // Two decimals: 20.01 (%).
  return {
    amount: { amount: off * quantity, currency: line.unitPrice.currency },
    percent: unit > 0 ? Math.round((off / unit) * 10_000) / 100 : 0,
  };
}

/**
 * Whether a share is above what an agent may give: `maxPercent` unset (null) sets no limit.
 */
export function aboveLimit(share: AdjustmentShare, maxPercent: number | null | undefined): boolean {
  return maxPercent !== null && maxPercent !== undefined && share.amount.amount > 0 && share.percent > maxPercent;
}

/**
 * What an amount off takes off `base` (the order's merchandise, or its shipping cost): at most the
 * base, and its share of it in percent (two decimals); a base of zero gives 0%.
 */
export function amountShare(off: Money, base: Money): AdjustmentShare {
  const amount = Math.min(Math.max(off.amount, 0), Math.max(base.amount, 0));
  return {
    amount: { amount, currency: base.currency },
    percent: base.amount > 0 ? Math.round((amount / base.amount) * 10_000) / 100 : 0,
  };
}

/**
 * What an order adjustment takes off `merchandise` (the sum of the line totals): its amount, or
 * its percentage of the merchandise (the percentage as given).
 */
export function orderAdjustmentShare(adjustment: OrderAdjustment, merchandise: Money): AdjustmentShare {
  if (adjustment.kind === 'amount') return amountShare(adjustment.amount, merchandise);
  return { amount: percentage(merchandise, adjustment.basisPoints), percent: adjustment.basisPoints / 100 };
}

/** Whether an order adjustment of an amount would take the order's merchandise below zero. */
export function belowZero(adjustment: OrderAdjustment, merchandise: Money): boolean {
  return adjustment.kind === 'amount' && adjustment.amount.amount > merchandise.amount;
}
