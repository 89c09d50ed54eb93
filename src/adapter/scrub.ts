/**
 * Scrubs card data out of text that came from a backend before it is shown, logged or put in an
 * event. A backend (or a proxy in front of it) may echo what it was sent in an error: "Card 4111
 * 1111 1111 1111 declined", "CVV 123 does not match". The card number and the security code never
 * leave `<payment-panel>` except to the tokenizer (DESIGN.md, "Card data"), so every adapter error
 * runs its message through `scrubMessage()` (the `AdapterError` constructors do it), and the
 * elements do the same for the other text an adapter hands them to show (coupon messages,
 * unavailable fulfillment messages).
 *
 * What counts as card data, on purpose generous (a mistyped number is still a card number):
 * - a run of 13 to 19 digits, or more, possibly grouped by single spaces or dashes into groups of at
 *   least two digits ("4111 1111 1111 1111", "3782-822463-10005"), Luhn-valid or not. It becomes
 *   "•••• 1111" (its last four digits at most, as a receipt shows them).
 * - 3 or 4 digits next to a word naming the security code (CVV, CVV2, CVC, CVC2, CID, CSC,
 *   "security code", "card code", "verification code/value"), before or after it. The digits
 *   become "•••".
 *
 * Phone numbers ("(512) 555-0100", "+1 512-555-0100"), order numbers ("10542"), amounts and dates
 * are left as they are. No DOM: usable anywhere.
 */

/** Groups of 2+ digits joined by one space or dash; digit counts are checked in `maskNumber`. */
const DIGIT_RUN = /(?<![\d])\d{2,}(?:[ -]\d{2,})*(?![\d])/g;

const CODE_WORD = String.raw`(?:cvv2?|cvc2?|cid|csc|security\s+code|card\s+code|verification\s+(?:code|value))`;
/** The word, then a few other characters, then the digits ("CVV: 123", "CVV was 123", "security code (1234)"). */
const CODE_AFTER_WORD = new RegExp(String.raw`(\b${CODE_WORD}\b[^\d\n]{0,12}?)(\d{3,4})(?!\d)`, 'gi');
/** The digits, then the word ("123 CVV", "123 (CVV)"). */
const CODE_BEFORE_WORD = new RegExp(String.raw`(?<!\d)(\d{3,4})(\s*\(?\s*${CODE_WORD}\b)`, 'gi');

const FIRST_CARD_DIGITS = 13;

function maskNumber(run: string): string {
  const digits = run.replace(/\D/g, '');
  if (digits.length < FIRST_CARD_DIGITS) return run;
  return `•••• ${digits.slice(-4)}`;
}

/**
 * `text` without anything that looks like a card number or a security code: card numbers become
 * "•••• 1111", security codes "•••". Text without such digits comes back unchanged.
 */
export function scrubMessage(text: string): string {
  if (typeof text !== 'string' || !/\d/.test(text)) return text;
  return text
    .replace(DIGIT_RUN, maskNumber)
    .replace(CODE_AFTER_WORD, (_, word: string) => `${word}•••`)
    .replace(CODE_BEFORE_WORD, (_, _digits: string, word: string) => `•••${word}`);
}
