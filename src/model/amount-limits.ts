/**
 * How large the amounts of an order may grow. Money is a safe integer of minor units, and an
 * amount beyond that range cannot be added, multiplied or shown: it would throw wherever the
 * order is totalled. So what an agent types (a unit price, a quantity, an adjustment, a payment)
 * is checked at its field against these limits before it enters the draft.
 *
 * The merchandise of an order (the sum of its line totals) stays within `MAX_ORDER_AMOUNT`, well
 * inside the safe-integer range (about 9 × 10^15), so that shipping, handling, tax and duty added
 * on top can never push the order total out of it. Computed exactly, in BigInt: a draft that
 * already holds an amount out of range (set by a host) is measured, never thrown on.
 */
import type { DraftLine } from './types.js';

/**
 * The largest merchandise total of an order, in minor units: 10^15 (ten trillion dollars; a
 * ninth of the safe-integer range, which leaves room for what comes on top).
 */
export const MAX_ORDER_AMOUNT = 10 ** 15;

/** A line's effective unit price in minor units (after its adjustment, never below zero), exactly. */
function unitUnits(line: DraftLine): bigint {
  const { adjustment: a, unitPrice } = line;
  const units = !a
    ? unitPrice.amount
    : a.kind === 'amount-off'
      ? unitPrice.amount - a.amount.amount
      : a.unitPrice.amount;
  return units > 0 ? BigInt(units) : 0n;
}

function quantityOf(line: Pick<DraftLine, 'quantity'>): bigint {
  return Number.isSafeInteger(line.quantity) && line.quantity > 0 ? BigInt(line.quantity) : 0n;
}

/**
 * What the lines other than `lineId` leave of `MAX_ORDER_AMOUNT` for that line (or for a new line,
 * with `lineId` null), in minor units; never below zero.
 */
export function lineRoom(lines: readonly DraftLine[], lineId: string | null): number {
  let used = 0n;
  for (const line of lines) if (line.id !== lineId) used += unitUnits(line) * quantityOf(line);
  const room = BigInt(MAX_ORDER_AMOUNT) - used;
  return room > 0n ? Number(room) : 0;
}

/** Whether a line (`lineId`, or a new one with null) of `quantity` units at `unitAmount` minor units each keeps the order within `MAX_ORDER_AMOUNT`. */
export function lineFits(
  lines: readonly DraftLine[],
  lineId: string | null,
  unitAmount: number,
  quantity: number,
): boolean {
  const units = BigInt(Math.max(0, Math.trunc(unitAmount)));
  return units * quantityOf({ quantity }) <= BigInt(lineRoom(lines, lineId));
}

/**
 * Whether `quantity` of the line `lineId` (at its effective unit price, adjustment included) keeps
 * the order within `MAX_ORDER_AMOUNT`.
 */
export function quantityFits(lines: readonly DraftLine[], lineId: string, quantity: number): boolean {
  const line = lines.find((l) => l.id === lineId);
  return !line || lineFits(lines, lineId, Number(unitUnits(line)), quantity);
}
