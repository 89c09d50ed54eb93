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
