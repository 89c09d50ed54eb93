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
  /** IIN ranges, inclusive, each bound with as many digits as the prefix it matches (2221-2720). */
  iin: readonly (readonly [number, number])[];
  /** Accepted lengths of the number, in digits. */
  lengths: readonly number[];
  /** Digits of the security code (CVV, CVC, CID). */
  codeLength: 3 | 4;
  /** Whether the last digit is a Luhn check digit. Some UnionPay (62) cards have none. */
  luhn: boolean;
}

const FROM_16 = [16, 17, 18, 19];

/** The brands told apart by their IIN ranges, first match wins. */
export const CARD_BRANDS: readonly CardBrandRule[] = [
  { brand: 'visa', iin: [[4, 4]], lengths: [13, 16, 19], codeLength: 3, luhn: true },
  { brand: 'mastercard', iin: [[51, 55], [2221, 2720]], lengths: [16], codeLength: 3, luhn: true },
  { brand: 'amex', iin: [[34, 34], [37, 37]], lengths: [15], codeLength: 4, luhn: true },
  { brand: 'discover', iin: [[6011, 6011], [644, 649], [65, 65]], lengths: FROM_16, codeLength: 3, luhn: true },
  { brand: 'diners', iin: [[300, 305], [3095, 3095], [36, 36], [38, 39]], lengths: [14, 15, ...FROM_16], codeLength: 3, luhn: true },
  { brand: 'jcb', iin: [[3528, 3589]], lengths: FROM_16, codeLength: 3, luhn: true },
  { brand: 'unionpay', iin: [[62, 62]], lengths: FROM_16, codeLength: 3, luhn: false },
];

/** A card of no known brand: any 12 to 19 digits that pass Luhn (the tokenizer decides). */
export const UNKNOWN_CARD: CardBrandRule = {
  brand: 'unknown',
  iin: [],
  lengths: [12, 13, 14, 15, ...FROM_16],
  codeLength: 3,
  luhn: true,
};

/** The number as typed without the spaces and hyphens agents key between groups. */
export function cardDigits(text: string): string {
  return text.replace(/[\s-]/g, '');
}

/** The rule of the brand whose IIN range the number starts with (`UNKNOWN_CARD` when none or too few digits). */
export function cardBrandRule(number: string): CardBrandRule {
  const digits = cardDigits(number);
  return (
    CARD_BRANDS.find((rule) =>
      rule.iin.some(([low, high]) => {
        const size = String(low).length;
        const prefix = Number(digits.slice(0, size));
        return digits.length >= size && /^\d+$/.test(digits.slice(0, size)) && prefix >= low && prefix <= high;
      }),
    ) ?? UNKNOWN_CARD
  );
}

/** The brand of a (possibly partial) number, as the agent types it. */
export function detectCardBrand(number: string): CardBrand {
  return cardBrandRule(number).brand;
}

/** Whether a string of digits ends with a valid Luhn (mod 10) check digit. */
export function luhnValid(digits: string): boolean {
  let total = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    total += d;
  }
  return /^\d+$/.test(digits) && total % 10 === 0;
}

function problem(path: string, code: string, message: string): Problem[] {
  return [{ path, code, message }];
}

/**
 * A card number: given (`required`), digits only apart from spaces and hyphens
 * (`invalid-card-number`), a length its brand uses (`invalid-length`), and a valid Luhn check
 * digit unless the brand skips it (`invalid-card-number`).
 */
export function validateCardNumber(number: string, path = 'number'): Problem[] {
  const digits = cardDigits(number);
  if (!digits) return problem(path, 'required', 'Enter the card number.');
  const rule = cardBrandRule(digits);
  if (/\D/.test(digits) || (rule.luhn && rule.lengths.includes(digits.length) && !luhnValid(digits))) {
    return problem(path, 'invalid-card-number', 'This card number is not valid. Check it with the shopper.');
  }
  if (!rule.lengths.includes(digits.length)) {
    return problem(path, 'invalid-length', 'This card number has too few or too many digits.');
  }
  return [];
}

/** The expiry as month and four-digit year. */
export interface CardExpiry {
  month: number;
  year: number;
}

/** Reads "MM/YY", "MM/YYYY", "M/YY" or "MMYY" (also with "-", "." or a space); null otherwise. */
export function parseExpiry(text: string): CardExpiry | null {
  const match = /^(\d\d?)\s*[/.\s-]?\s*(\d\d|\d{4})$/.exec(text.trim());
  if (!match) return null;
  const month = Number(match[1]);
  const year = Number(match[2]);
  return month >= 1 && month <= 12 ? { month, year: year < 100 ? 2000 + year : year } : null;
}

/**
 * An expiry: given (`required`), readable as a month and a year at most 20 years ahead
 * (`invalid-expiry`), and not in the past (`expired`): a card is good through its expiry month.
 * `now` is read in UTC, as the tokenizer does.
 */
export function validateExpiry(text: string, now: Date, path = 'expiry'): Problem[] {
  if (!text.trim()) return problem(path, 'required', 'Enter the expiry date.');
  const expiry = parseExpiry(text);
  const year = now.getUTCFullYear();
  if (!expiry || expiry.year > year + 20) return problem(path, 'invalid-expiry', 'Enter the expiry as MM/YY.');
  if (expiry.year * 12 + expiry.month < year * 12 + now.getUTCMonth() + 1) {
    return problem(path, 'expired', 'This card has expired.');
  }
  return [];
}

/**
 * A security code: given (`required`) and as many digits as the brand's code has, 4 for American
 * Express and 3 otherwise (`invalid-security-code`).
 */
export function validateSecurityCode(code: string, brand: CardBrand, path = 'securityCode'): Problem[] {
  const length = (CARD_BRANDS.find((rule) => rule.brand === brand) ?? UNKNOWN_CARD).codeLength;
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
