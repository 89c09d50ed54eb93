/**
 * @internal The checks and conversions of minor units that `money.ts`, `money-shares.ts` and
 * `money-parse.ts` share. Not part of the public model (none of them re-exports it).
 */
import { isKnownCurrency } from './currencies.js';
import type { Money } from './types.js';

/** Refuses anything but a known ISO 4217 code. */
export function assertCurrency(currency: unknown): asserts currency is string {
  if (!isKnownCurrency(currency)) throw new RangeError(`Unknown ISO 4217 currency code: ${JSON.stringify(currency)}`);
}

/** Refuses anything but a safe integer of minor units. */
export function assertAmount(amount: unknown): asserts amount is number {
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) {
    throw new RangeError(`A money amount must be a safe integer of minor units, got ${String(amount)}`);
  }
}

/** Refuses money with a bad amount or an unknown currency. */
export function assertMoney(value: Money): void {
  assertAmount(value.amount);
  assertCurrency(value.currency);
}

/** Builds the result of an operation, refusing amounts that left the safe-integer range. */
export function result(amount: number | bigint, currency: string): Money {
  const n = typeof amount === 'bigint' ? Number(amount) : amount;
  if (!Number.isSafeInteger(n) || (typeof amount === 'bigint' && BigInt(n) !== amount)) {
    throw new RangeError(`Money amount out of range in ${currency}`);
  }
  // -0 would serialize as 0 but compare oddly with Object.is; normalize it away.
  return Object.freeze({ amount: n === 0 ? 0 : n, currency });
}

/** Minor units from decimal digits; null when the fraction has significant digits beyond the exponent. */
export function toMinorUnits(whole: string, fraction: string, exponent: number): bigint | null {
  const extra = fraction.slice(exponent);
  if (/[1-9]/.test(extra)) return null;
  const kept = fraction.slice(0, exponent).padEnd(exponent, '0');
  return BigInt(`${whole || '0'}${kept}`);
}
