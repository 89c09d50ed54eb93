/**
 * The checks a keyed card passes before it is handed to the tokenizer: the brand from its IIN
 * (the leading digits), the number's length by brand, the Luhn check digit, the expiry, and the
 * security code's length.
 *
 * Pure and stateless: nothing here keeps, logs or echoes a number or a code. Problems carry a
 * field path ("number", "expiry", "securityCode"), a code and a short English message, never the
 * value that failed.
 */
import type { CardBrand, Problem } from './types.js';

/** What a brand's cards look like. */
export interface CardBrandRule {
  brand: CardBrand;
  /** The brand's IIN ranges, as a pattern of the number's leading digits (Mastercard: 51-55 and 2221-2720). */
  iin: RegExp;
  /** Accepted lengths of the number, in digits. */
  lengths: readonly number[];
  /** Digits of the security code (CVV, CVC, CID). */
  codeLength: 3 | 4;
  /** Whether the last digit is a Luhn check digit. Some UnionPay (62) cards have none. */
  luhn: boolean;
}

const rule = (
  brand: CardBrand,
  iin: RegExp,
  lengths = [16, 17, 18, 19],
  codeLength: 3 | 4 = 3,
  luhn = true,
): CardBrandRule => ({
  brand,
  iin,
  lengths,
  codeLength,
  luhn,
});

/** The brands told apart by their IIN ranges, first match wins. */
export const CARD_BRANDS: readonly CardBrandRule[] = [
  rule('visa', /^4/, [13, 16, 19]),
  rule('mastercard', /^(5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, [16]),
  rule('amex', /^3[47]/, [15], 4),
  rule('discover', /^(6011|64[4-9]|65)/),
  rule('diners', /^(30[0-5]|3095|3[689])/, [14, 15, 16, 17, 18, 19]),
  rule('jcb', /^(352[89]|35[3-8]\d)/),
  rule('unionpay', /^62/, undefined, 3, false),
];

/** A card of no known brand: any 12 to 19 digits that pass Luhn (the tokenizer decides). */
export const UNKNOWN_CARD = rule('unknown', /$^/, [12, 13, 14, 15, 16, 17, 18, 19]);

/** The number as typed without the spaces and hyphens agents key between groups. */
export function cardDigits(text: string): string {
  return text.replace(/[\s-]/g, '');
}

/** The rule of the brand whose IIN range the number starts with (`UNKNOWN_CARD` when none or too few digits). */
export function cardBrandRule(number: string): CardBrandRule {
  const digits = cardDigits(number);
  return CARD_BRANDS.find((r) => r.iin.test(digits)) ?? UNKNOWN_CARD;
}

/** The brand of a (possibly partial) number, as the agent types it. */
export function detectCardBrand(number: string): CardBrand {
  return cardBrandRule(number).brand;
}

/** Whether a string of digits ends with a valid Luhn (mod 10) check digit. */
export function luhnValid(digits: string): boolean {
  let total = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = +digits[digits.length - 1 - i]! * (1 + (i % 2));
    total += d > 9 ? d - 9 : d;
  }
  return /^\d+$/.test(digits) && total % 10 === 0;
}

const problem = (path: string, code: string, message: string): Problem[] => [{ path, code, message }];

/**
 * A card number: given (`required`), digits only apart from spaces and hyphens
 * (`invalid-card-number`), a length its brand uses (`invalid-length`), and a valid Luhn check
 * digit unless the brand skips it (`invalid-card-number`).
 */
export function validateCardNumber(number: string, path = 'number'): Problem[] {
  const digits = cardDigits(number);
  const { lengths, luhn } = cardBrandRule(digits);
  const fits = lengths.includes(digits.length);
  if (!digits) return problem(path, 'required', 'Enter the card number.');
  if (/\D/.test(digits) || (luhn && fits && !luhnValid(digits))) {
    return problem(path, 'invalid-card-number', 'This card number is not valid.');
  }
  return fits ? [] : problem(path, 'invalid-length', 'This card number has too few or too many digits.');
}

/** The expiry as month and four-digit year. */
export interface CardExpiry {
  month: number;
  year: number;
}

/** Reads "MM/YY", "MM/YYYY", "M/YY" or "MMYY" (also with "-", "." or a space); null otherwise. */
export function parseExpiry(text: string): CardExpiry | null {
  const match = /^(\d\d?)\s*[/.\s-]?\s*(\d\d|\d{4})$/.exec(text.trim());
  const month = Number(match?.[1]);
  const year = Number(match?.[2]);
  return month >= 1 && month <= 12 ? { month, year: year < 100 ? 2000 + year : year } : null;
}

/**
 * An expiry as the field shows it once typed: "MM/YY" for what `parseExpiry` reads with a year of
 * this century ("1230", "1/30", "12 / 30", "12/2030" → "12/30", "01/30"); the text as it is otherwise
 * (its error says what is wrong when the form is saved).
 */
export function formatExpiry(text: string): string {
  const expiry = parseExpiry(text);
  if (!expiry || expiry.year < 2000 || expiry.year > 2099) return text;
  return `${String(expiry.month).padStart(2, '0')}/${String(expiry.year % 100).padStart(2, '0')}`;
}

/**
 * An expiry while it is typed: digits only after a month get the slash ("123" → "12/3", "1230" →
 * "12/30"); anything else as it is ("1", "12", "1/3", "130": a month that is not yet clear).
 */
export function expiryAsTyped(text: string): string {
  const match = /^(0[1-9]|1[0-2])(\d{1,2})$/.exec(text);
  return match ? `${match[1]}/${match[2]}` : text;
}

/**
 * An expiry: given (`required`), readable as a month and a year at most 20 years ahead
 * (`invalid-expiry`), and not in the past (`expired`): a card is good through its expiry month.
 * `now` is read in UTC, as the tokenizer does.
 */
export function validateExpiry(text: string, now: Date, path = 'expiry'): Problem[] {
  const expiry = parseExpiry(text);
  const year = now.getUTCFullYear();
  if (!text.trim()) return problem(path, 'required', 'Enter the expiry date.');
  if (!expiry || expiry.year > year + 20) return problem(path, 'invalid-expiry', 'Enter the expiry as MM/YY.');
  return expiry.year * 12 + expiry.month <= year * 12 + now.getUTCMonth()
    ? problem(path, 'expired', 'This card has expired.')
    : [];
}

/**
 * A security code: given (`required`) and as many digits as the brand's code has, 4 for American
 * Express and 3 otherwise (`invalid-security-code`).
 */
export function validateSecurityCode(code: string, brand: CardBrand, path = 'securityCode'): Problem[] {
  const length = (CARD_BRANDS.find((r) => r.brand === brand) ?? UNKNOWN_CARD).codeLength;
  if (!code.trim()) return problem(path, 'required', 'Enter the security code.');
  return new RegExp(`^\\d{${length}}$`).test(code.trim())
    ? []
    : problem(path, 'invalid-security-code', `Enter the ${length}-digit security code.`);
}

/** Every card rule at once, the security code checked against the number's brand. */
export function validateCard(card: { number: string; expiry: string; securityCode: string }, now: Date): Problem[] {
  return [
    ...validateCardNumber(card.number),
    ...validateExpiry(card.expiry, now),
    ...validateSecurityCode(card.securityCode, detectCardBrand(card.number)),
  ];
}
