/**
 * Reading what an agent types: amounts (`parseMoney`) and percentages (`parsePercent`) in the
 * locale's conventions, exactly (digits are read as text, never `parseFloat`). Re-exported by
 * `money.ts`; apart so that a page loads it with the forms that need it.
 */
import { minorUnitsOf } from './currencies.js';
import { safeLocale } from './locale.js';
import { assertCurrency, result, toMinorUnits } from './money-internal.js';
import type { Money } from './types.js';

/** Why a typed amount was refused. */
export type ParseMoneyErrorCode = 'empty' | 'invalid' | 'too-many-decimals' | 'negative' | 'too-large';

/** The outcome of `parseMoney`: the amount, or a code the view turns into a message. */
export type ParseMoneyResult = { ok: true; money: Money } | { ok: false; code: ParseMoneyErrorCode };

/** The outcome of `parsePercent`. */
export type ParsePercentResult = { ok: true; basisPoints: number } | { ok: false; code: ParseMoneyErrorCode };

/** Options of `parseMoney`. */
export interface ParseMoneyOptions {
  /** Accept a negative amount ("-5.00", "(5.00)") instead of answering `negative`. Default false. */
  allowNegative?: boolean;
  /**
   * The largest amount accepted, in minor units (default `Number.MAX_SAFE_INTEGER`): a larger one
   * answers `too-large`. With `quantity`, the bound is on the amount times the quantity (a unit
   * price whose line total would not fit).
   */
  max?: number;
  /** How many times the amount counts against `max` (a line's quantity). Default 1. */
  quantity?: number;
}

interface LocaleNumberSymbols {
  group: string;
  decimal: string;
  /** The locale's digit characters (Arabic-Indic, Devanagari, …) → ASCII digit. */
  digits: Map<string, string>;
  percentSigns: string[];
}

const localeSymbols = new Map<string, LocaleNumberSymbols>();
const currencyTokens = new Map<string, string[]>();

/** Compatibility form: NBSP and narrow NBSP become spaces, full-width digits ASCII ones. */
function fold(text: string): string {
  return text.normalize('NFKC');
}

function symbolsOf(locale: string): LocaleNumberSymbols {
  let symbols = localeSymbols.get(locale);
  if (symbols) return symbols;
  const parts = new Intl.NumberFormat(safeLocale(locale), { useGrouping: true }).formatToParts('1234567.5');
  const group = fold(parts.find((p) => p.type === 'group')?.value ?? ',');
  const decimal = fold(parts.find((p) => p.type === 'decimal')?.value ?? '.');
  const digits = new Map<string, string>();
  const native = Array.from(
    fold(new Intl.NumberFormat(safeLocale(locale), { useGrouping: false }).format(9876543210n)),
  );
  native.forEach((ch, i) => digits.set(ch, String(9 - i)));
  const percentSigns = new Intl.NumberFormat(safeLocale(locale), { style: 'percent' })
    .formatToParts(1n)
    .filter((p) => p.type === 'percentSign')
    .map((p) => fold(p.value));
  symbols = { group, decimal, digits, percentSigns };
  localeSymbols.set(locale, symbols);
  return symbols;
}

function currencyTokensOf(currency: string, locale: string): string[] {
  const key = `${locale}\u0000${currency}`;
  let tokens = currencyTokens.get(key);
  if (tokens) return tokens;
  const found = new Set<string>([currency]);
  for (const currencyDisplay of ['symbol', 'narrowSymbol', 'code'] as const) {
    for (const part of new Intl.NumberFormat(safeLocale(locale), {
      style: 'currency',
      currency,
      currencyDisplay,
    }).formatToParts(1n)) {
      if (part.type === 'currency') found.add(fold(part.value).trim());
    }
  }
  // Longest first, so that "CA$" goes before "$" would leave a stray "CA".
  tokens = [...found].filter(Boolean).sort((a, b) => b.length - a.length);
  currencyTokens.set(key, tokens);
  return tokens;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Directional marks that `Intl` puts around numbers in right-to-left locales. */
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;
const MINUS = /^[-\u2212]|[-\u2212]$/;

type DecimalParse = { ok: true; negative: boolean; units: bigint } | { ok: false; code: ParseMoneyErrorCode };

/**
 * The number in `text`, in `exponent` decimals, once the caller's currency or percent tokens are gone.
 * Grouping must look like grouping (3 digits in the last group, 2-3 in the others, as in "12,34,567"),
 * so "12.50" in de-DE is refused instead of read as 1250.
 */
function parseDecimal(text: string, symbols: LocaleNumberSymbols, exponent: number): DecimalParse {
  let body = text.trim();
  let negative = false;
  const accounting = /^\((.*)\)$/.exec(body);
  if (accounting) {
    negative = true;
    body = (accounting[1] as string).trim();
  }
  if (MINUS.test(body)) {
    negative = true;
    body = body.replace(MINUS, '').trim();
  } else if (body.startsWith('+')) {
    body = body.slice(1).trim();
  }
  if (!body) return { ok: false, code: 'invalid' };

  const { group, decimal, digits } = symbols;
  const isGroup = (ch: string): boolean =>
    ch === group || /\s/.test(ch) || ((group === "'" || group === '\u2019') && (ch === "'" || ch === '\u2019'));
  // Agents often type "." for the decimal point where the locale's is ",": accept it when "." is not the group separator.
  const isDecimal = (ch: string): boolean => ch === decimal || (ch === '.' && group !== '.' && decimal !== '.');

  const groups: string[] = [''];
  let fraction: string | null = null;
  for (const raw of Array.from(body)) {
    const ch = digits.get(raw) ?? raw;
    if (/^[0-9]$/.test(ch)) {
      if (fraction === null) groups[groups.length - 1] += ch;
      else fraction += ch;
    } else if (isDecimal(ch) && fraction === null) {
      fraction = '';
    } else if (isGroup(ch) && fraction === null) {
      groups.push('');
    } else {
      return { ok: false, code: 'invalid' };
    }
  }
  const whole = groups.join('');
  if (!whole && !fraction) return { ok: false, code: 'invalid' };
  if (groups.length > 1) {
    const [first, ...rest] = groups as [string, ...string[]];
    const last = rest.pop() as string;
    const wellGrouped =
      first.length >= 1 &&
      first.length <= 3 &&
      last.length === 3 &&
      rest.every((g) => g.length === 2 || g.length === 3);
    if (!wellGrouped) return { ok: false, code: 'invalid' };
  }
  const units = toMinorUnits(whole, fraction ?? '', exponent);
  if (units === null) return { ok: false, code: 'too-many-decimals' };
  return { ok: true, negative: negative && units !== 0n, units };
}

/**
 * Reads an amount an agent typed, in the locale's conventions: "1,234.5" (en-US), "1 234,5" (fr-CA),
 * "1.234,5" (de-DE), with or without the currency's symbol or code ("$12", "12,50 $", "USD 12"),
 * spaces (including NBSP and narrow NBSP) as group separators, the locale's own digits, and "." as
 * the decimal point in locales whose separator is "," but whose grouping is not ".".
 * Never uses `parseFloat`: digits are read as text and converted exactly.
 *
 * @returns `{ ok: true, money }`, or `{ ok: false, code }`: `empty` (nothing typed), `invalid`
 *   (not an amount, or grouping that does not look like grouping), `too-many-decimals` (more
 *   significant decimals than the currency has: "1.5" in JPY), `negative` (unless `allowNegative`),
 *   `too-large` (beyond the safe-integer range of minor units, or beyond `max` once multiplied by
 *   `quantity`: an amount whose line or order total would not fit).
 * @throws {RangeError} for an unknown currency or an invalid locale tag (programming errors, not input errors).
 */
export function parseMoney(
  text: string,
  currency: string,
  locale: string,
  options: ParseMoneyOptions = {},
): ParseMoneyResult {
  assertCurrency(currency);
  let s = fold(text).replace(BIDI_MARKS, '').trim();
  if (!s) return { ok: false, code: 'empty' };
  for (const token of currencyTokensOf(currency, locale)) {
    s = s.replace(new RegExp(escapeRegExp(token), 'giu'), ' ');
  }
  const parsed = parseDecimal(s, symbolsOf(locale), minorUnitsOf(currency));
  if (!parsed.ok) return parsed;
  const { max = Number.MAX_SAFE_INTEGER, quantity = 1 } = options;
  const most = BigInt(Math.min(Math.floor(max), Number.MAX_SAFE_INTEGER));
  // Exact (BigInt): "90071992547409.91" × 5 is refused here instead of throwing when it is multiplied.
  if (
    parsed.units > BigInt(Number.MAX_SAFE_INTEGER) ||
    parsed.units * BigInt(Math.max(1, Math.floor(quantity))) > most
  ) {
    return { ok: false, code: 'too-large' };
  }
  if (parsed.negative && !options.allowNegative) return { ok: false, code: 'negative' };
  return { ok: true, money: result(parsed.negative ? -parsed.units : parsed.units, currency) };
}

/**
 * Reads a percentage an agent typed ("10", "10%", "8.25 %", "12,5 %" in fr-CA) into basis points
 * (1000 = 10%). At most two decimals (a basis point is 0.01%); at most `max` (default 10000 = 100%).
 * Codes as for `parseMoney`; `too-large` when above `max`.
 */
export function parsePercent(text: string, locale: string, options: { max?: number } = {}): ParsePercentResult {
  const symbols = symbolsOf(locale);
  let s = fold(text).replace(BIDI_MARKS, '').trim();
  if (!s) return { ok: false, code: 'empty' };
  for (const sign of new Set(['%', '\u066a', ...symbols.percentSigns])) s = s.split(sign).join(' ');
  const parsed = parseDecimal(s, symbols, 2);
  if (!parsed.ok) return parsed;
  if (parsed.negative) return { ok: false, code: 'negative' };
  if (parsed.units > BigInt(options.max ?? 10_000)) return { ok: false, code: 'too-large' };
  return { ok: true, basisPoints: Number(parsed.units) };
}
