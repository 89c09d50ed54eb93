/**
 * Money: integer minor units with an ISO 4217 code.
 *
 * No floating point touches an amount: arithmetic stays on safe integers, anything that
 * divides (percentages, allocation) is computed exactly with BigInt, formatting hands
 * `Intl.NumberFormat` an exact decimal string, and parsing reads digits, never `parseFloat`.
 * The number of decimals of a currency comes from `currencies.ts` (ISO 4217), not from `Intl`.
 */
import { isKnownCurrency, minorUnitsOf } from './currencies.js';
import { safeLocale } from './locale.js';
import { assertAmount, assertCurrency, assertMoney, result, toMinorUnits } from './money-internal.js';
import type { Money } from './types.js';

export type { Money } from './types.js';

function assertSameCurrency(a: Money, b: Money): void {
  assertMoney(a);
  assertMoney(b);
  if (a.currency !== b.currency) throw new RangeError(`Currency mismatch: ${a.currency} and ${b.currency}`);
}

/**
 * An amount of money in minor units: `money(1234, 'USD')` is $12.34, `money(1200, 'JPY')` is ¥1,200,
 * `money(1500, 'KWD')` is 1.500 KWD. The value is frozen.
 * @throws {RangeError} unless `amount` is a safe integer and `currency` a known ISO 4217 code.
 */
export function money(amount: number, currency: string): Money {
  assertAmount(amount);
  assertCurrency(currency);
  return result(amount, currency);
}

/** Zero in a currency. @throws {RangeError} for an unknown code. */
export function zero(currency: string): Money {
  return money(0, currency);
}

/** Whether a value is a well-formed Money: a safe-integer amount and a known currency code. */
export function isMoney(value: unknown): value is Money {
  if (typeof value !== 'object' || value === null) return false;
  const { amount, currency } = value as Record<string, unknown>;
  return typeof amount === 'number' && Number.isSafeInteger(amount) && isKnownCurrency(currency);
}

/** `a + b`. @throws {RangeError} when the currencies differ or the result leaves the safe-integer range. */
export function add(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return result(a.amount + b.amount, a.currency);
}

/** `a − b`. @throws {RangeError} when the currencies differ or the result leaves the safe-integer range. */
export function subtract(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return result(a.amount - b.amount, a.currency);
}

/**
 * The sum of a list, zero in `currency` for an empty list.
 * @throws {RangeError} when an item is in another currency.
 */
export function sum(list: readonly Money[], currency: string): Money {
  let total = zero(currency);
  for (const item of list) total = add(total, item);
  return total;
}

/**
 * `value × quantity`, e.g. a unit price times a line quantity.
 * @throws {RangeError} unless `quantity` is a safe integer, or when the result leaves the safe-integer range.
 */
export function multiply(value: Money, quantity: number): Money {
  assertMoney(value);
  if (!Number.isSafeInteger(quantity))
    throw new RangeError(`Money can only be multiplied by an integer, got ${quantity}`);
  return result(BigInt(value.amount) * BigInt(quantity), value.currency);
}

/** `−value`. */
export function negate(value: Money): Money {
  assertMoney(value);
  return result(-value.amount, value.currency);
}

/** `|value|`. */
export function abs(value: Money): Money {
  assertMoney(value);
  return result(Math.abs(value.amount), value.currency);
}

/** −1, 0 or 1 as `a` is less than, equal to or greater than `b`. @throws {RangeError} when the currencies differ. */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  assertSameCurrency(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

/** Same amount and same currency. Money in different currencies is simply not equal (no throw). */
export function equals(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.amount === b.amount;
}

/** Whether the amount is zero. */
export function isZero(value: Money): boolean {
  return value.amount === 0;
}

/** Whether the amount is below zero. */
export function isNegative(value: Money): boolean {
  return value.amount < 0;
}

/** Whether the amount is above zero. */
export function isPositive(value: Money): boolean {
  return value.amount > 0;
}

/** The largest of one or more amounts. @throws {RangeError} when the currencies differ. */
export function maxMoney(first: Money, ...rest: Money[]): Money {
  return rest.reduce((best, candidate) => (compare(candidate, best) > 0 ? candidate : best), first);
}

/** The smallest of one or more amounts. @throws {RangeError} when the currencies differ. */
export function minMoney(first: Money, ...rest: Money[]): Money {
  return rest.reduce((best, candidate) => (compare(candidate, best) < 0 ? candidate : best), first);
}

/** `value`, or zero when `value` is negative: for totals that must never go below zero. */
export function clampToZero(value: Money): Money {
  return isNegative(value) ? zero(value.currency) : value;
}

/**
 * The amount as a plain decimal string with exactly the currency's digits, "." as separator and
 * no grouping: "12.34" (USD 1234), "1200" (JPY 1200), "1.500" (KWD 1500), "-0.05" (USD −5).
 * Exact, for APIs, CSV and `Intl.NumberFormat` string input.
 */
export function toDecimalString(value: Money): string {
  assertMoney(value);
  const exponent = minorUnitsOf(value.currency);
  const digits = String(Math.abs(value.amount)).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  const sign = value.amount < 0 ? '-' : '';
  return exponent === 0 ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}

/**
 * Reads a plain decimal string ("12.34", "-0.5", "1200", "1.500") into money. Fewer digits than the
 * currency has are padded ("12.3" USD → 1230); extra digits are accepted only when they are zeros
 * ("12.340" USD → 1234), never rounded away. For what an agent types, use `parseMoney`.
 * @throws {RangeError} for malformed text, significant digits beyond the currency's, or an amount out of range.
 */
export function fromDecimalString(text: string, currency: string): Money {
  assertCurrency(currency);
  const match = /^([+-])?(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!match || (!match[2] && !match[3])) throw new RangeError(`Not a decimal amount: ${JSON.stringify(text)}`);
  const [, sign, whole = '', fraction = ''] = match;
  const units = toMinorUnits(whole, fraction, minorUnitsOf(currency));
  if (units === null)
    throw new RangeError(`${currency} has ${minorUnitsOf(currency)} decimals: ${JSON.stringify(text)}`);
  return result(sign === '-' ? -units : units, currency);
}

/** Display options of `formatMoney`; the number of decimals always comes from the ISO 4217 table. */
export interface FormatMoneyOptions {
  /** How to show the currency: "$" (default "symbol"), narrow "$", "USD", or "US dollars". */
  currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
  /** "accounting" shows negatives in parentheses in locales that do so. */
  currencySign?: 'standard' | 'accounting';
  signDisplay?: 'auto' | 'never' | 'always' | 'exceptZero' | 'negative';
  useGrouping?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  // Building a NumberFormat is far costlier than using one, and totals re-render often. The key
  // is built by hand: a table of 1,000 lines formats 2,000 amounts, and a JSON.stringify per
  // amount showed in its profile.
  let key = locale;
  for (const name in options) key += `\u0000${name}=${String(options[name as keyof Intl.NumberFormatOptions])}`;
  let nf = formatters.get(key);
  if (!nf) {
    // A locale Intl cannot read falls back to the runtime's own: formatting never throws in a render.
    nf = new Intl.NumberFormat(safeLocale(locale), options);
    formatters.set(key, nf);
  }
  return nf;
}

/**
 * Formats money for display in a locale: `formatMoney(money(123450, 'USD'), 'en-US')` → "$1,234.50",
 * `formatMoney(money(123450, 'CAD'), 'fr-CA')` → "1 234,50 $", JPY 1200 in en-US → "¥1,200",
 * KWD 1500 → "KWD 1.500". The digits after the separator are the ISO 4217 exponent even where
 * `Intl`'s own currency data says otherwise (HUF, IDR, IQD, COP), and the value given to
 * `Intl.NumberFormat` is the exact decimal string, not a float.
 *
 * Never throws, so that a render cannot fail on it: a locale `Intl` cannot read is replaced by the
 * runtime's own, and a value that is not money (an unknown currency such as "ZZZ", a fractional
 * amount) is shown as "—", its amount being unknowable.
 */
export function formatMoney(value: Money, locale: string, options: FormatMoneyOptions = {}): string {
  if (!isMoney(value)) return '—';
  const exponent = minorUnitsOf(value.currency);
  const nf = formatter(locale, {
    style: 'currency',
    currency: value.currency,
    currencyDisplay: options.currencyDisplay ?? 'symbol',
    currencySign: options.currencySign ?? 'standard',
    signDisplay: options.signDisplay ?? 'auto',
    useGrouping: options.useGrouping ?? true,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  return nf.format(toDecimalString(value) as Intl.StringNumericLiteral);
}

/**
 * The amount alone, in the locale's digits and decimal separator, without currency or grouping:
 * what to put in an amount field for the agent to edit ("1234.50" in en-US, "1234,50" in fr-CA).
 * `parseMoney` reads it back to the same amount. A value that is not money gives "" (never throws).
 */
export function formatMoneyForInput(value: Money, locale: string): string {
  if (!isMoney(value)) return '';
  const exponent = minorUnitsOf(value.currency);
  const nf = formatter(locale, {
    style: 'decimal',
    useGrouping: false,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  return nf.format(toDecimalString(value) as Intl.StringNumericLiteral);
}

/**
 * Formats basis points as a percentage: 1000 → "10%", 825 → "8.25%" (en-US), 1250 → "12,5 %" (fr-CA).
 * @throws {RangeError} unless `basisPoints` is a safe integer.
 */
export function formatPercent(basisPoints: number, locale: string): string {
  if (!Number.isSafeInteger(basisPoints)) throw new RangeError(`Basis points must be an integer, got ${basisPoints}`);
  // Basis points are ten-thousandths, so the exact fraction is the integer with four decimals.
  const digits = String(Math.abs(basisPoints)).padStart(5, '0');
  const fraction = `${basisPoints < 0 ? '-' : ''}${digits.slice(0, -4)}.${digits.slice(-4)}`;
  const nf = formatter(locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 2 });
  return nf.format(fraction as Intl.StringNumericLiteral);
}

// Percentages and allocation (exact, in BigInt): see money-shares.ts.
export { allocate, percentage } from './money-shares.js';

// Reading what an agent types: see money-parse.ts.
export { parseMoney, parsePercent } from './money-parse.js';
export type { ParseMoneyErrorCode, ParseMoneyOptions, ParseMoneyResult, ParsePercentResult } from './money-parse.js';
