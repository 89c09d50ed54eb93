/**
 * Percentages and allocation of money, exact (BigInt division, stated rounding). Re-exported by
 * `money.ts`; apart so that a page loads them with the totals that use them.
 */
import { assertMoney, result } from './money-internal.js';
import type { Money } from './types.js';

const BASIS_POINTS_PER_WHOLE = 10_000n;

/**
 * A percentage of an amount, `basisPoints` being hundredths of a percent (1000 bp = 10%,
 * 825 bp = 8.25%, 10000 bp = 100%).
 *
 * Rounding rule: the exact product `amount × basisPoints / 10000` is rounded to the nearest
 * minor unit, and an exact half goes away from zero ("half up" on magnitudes, like most
 * tills and tax tables): 10% of $0.05 is $0.01, 10% of −$0.05 is −$0.01, 10% of $0.04 is $0.00.
 * The division is done in BigInt, so there is no floating-point error even for large amounts.
 *
 * @throws {RangeError} unless `basisPoints` is a safe integer.
 */
export function percentage(value: Money, basisPoints: number): Money {
  assertMoney(value);
  if (!Number.isSafeInteger(basisPoints)) throw new RangeError(`Basis points must be an integer, got ${basisPoints}`);
  const product = BigInt(value.amount) * BigInt(basisPoints);
  const quotient = product / BASIS_POINTS_PER_WHOLE; // truncates toward zero
  const remainder = product % BASIS_POINTS_PER_WHOLE; // has the sign of the product
  const magnitude = remainder < 0n ? -remainder : remainder;
  const roundAway = magnitude * 2n >= BASIS_POINTS_PER_WHOLE;
  const rounded = roundAway ? quotient + (product < 0n ? -1n : 1n) : quotient;
  return result(rounded, value.currency);
}

/**
 * Splits `value` into parts proportional to `ratios`, the parts summing exactly to `value`
 * (e.g. an order discount spread over lines by their totals, or a total over payments).
 *
 * Largest-remainder method: each part first gets the floor of its exact share; the minor units
 * left over go one each to the parts with the largest remainders, and among equal remainders to
 * the earlier part. A zero ratio gets nothing. A negative `value` is split as its magnitude, then negated.
 *
 * @param ratios non-negative safe integers (minor units, quantities, weights), at least one positive.
 * @throws {RangeError} for an empty list, a negative or fractional ratio, or ratios that are all zero.
 */
export function allocate(value: Money, ratios: readonly number[]): Money[] {
  assertMoney(value);
  if (ratios.length === 0) throw new RangeError('allocate() needs at least one ratio');
  for (const r of ratios) {
    if (!Number.isSafeInteger(r) || r < 0) throw new RangeError(`Ratios must be non-negative integers, got ${r}`);
  }
  const total = ratios.reduce((acc, r) => acc + BigInt(r), 0n);
  if (total === 0n) throw new RangeError('allocate() needs at least one positive ratio');

  const negative = value.amount < 0;
  const amount = BigInt(Math.abs(value.amount));
  const shares = ratios.map((r) => (amount * BigInt(r)) / total);
  const remainders = ratios.map((r) => (amount * BigInt(r)) % total);
  let leftover = amount - shares.reduce((acc, s) => acc + s, 0n);
  const order = ratios
    .map((_, index) => index)
    .sort((a, b) => {
      const ra = remainders[a] as bigint;
      const rb = remainders[b] as bigint;
      return ra === rb ? a - b : ra > rb ? -1 : 1;
    });
  for (const index of order) {
    if (leftover === 0n) break;
    shares[index] = (shares[index] as bigint) + 1n;
    leftover -= 1n;
  }
  return shares.map((s) => result(negative ? -s : s, value.currency));
}
