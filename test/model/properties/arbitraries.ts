/**
 * fast-check arbitraries shared by the model's property tests (the `*.test.ts` files beside it):
 * currencies of the ISO 4217 table, locales, amounts in minor units (small, at the limits, beyond
 * them), text, sites, customers, fulfillments, and the validators' inputs (phones, postal codes,
 * card expiries). Drafts, their edits and pricing answers are in `draft-arbitraries.ts`.
 */
import fc from 'fast-check';
import { MAX_ORDER_AMOUNT } from '../../../src/model/amount-limits.js';
import { CURRENCY_MINOR_UNITS } from '../../../src/model/currencies.js';
import { money } from '../../../src/model/money.js';
import type { Address, Customer, Fulfillment, Money, Site } from '../../../src/model/types.js';

// A failing property prints the assertion it failed with: fast-check 4 otherwise keeps it as the
// report's `cause`, which the test runner does not show. Runs stay fast-check's default (100).
fc.configureGlobal({ ...fc.readConfigureGlobal(), includeErrorInReport: true });

// ---------------------------------------------------------------------------------------------
// Currencies, locales, amounts

/** Every code of the ISO 4217 table (`currencies.ts`): JPY (0 decimals), KWD (3) and CLF (4) among them. */
export const CURRENCIES: readonly string[] = Object.keys(CURRENCY_MINOR_UNITS);

/**
 * Locales whose number conventions differ: "," or "." as the decimal sign, ".", ",", "'", spaces
 * (NBSP, narrow NBSP) or nothing as grouping, Indian grouping (12,34,567), the currency before or
 * after the number, right-to-left scripts with bidi marks, and native digits (Arabic-Indic,
 * Persian, Bengali, Devanagari, Thai, Myanmar).
 */
export const LOCALES: readonly string[] = [
  'en-US',
  'en-GB',
  'en-IN',
  'fr-FR',
  'fr-CA',
  'fr-CH',
  'de-DE',
  'de-CH',
  'es-ES',
  'pt-BR',
  'it-IT',
  'nl-NL',
  'pl-PL',
  'sv-SE',
  'ru-RU',
  'tr-TR',
  'ja-JP',
  'zh-CN',
  'ko-KR',
  'hi-IN',
  'mr-IN',
  'bn-BD',
  'ar-EG',
  'ar-SA',
  'fa-IR',
  'he-IL',
  'th-TH-u-nu-thai',
  'my-MM',
];

export const currencyArb = fc.constantFrom(...CURRENCIES);
export const localeArb = fc.constantFrom(...LOCALES);

/** The amounts at the edges: zero, one unit, the order limit and the safe-integer limit. */
export const EDGE_AMOUNTS: readonly number[] = [
  0,
  1,
  9,
  10,
  99,
  100,
  999,
  1000,
  MAX_ORDER_AMOUNT - 1,
  MAX_ORDER_AMOUNT,
  MAX_ORDER_AMOUNT + 1,
  Number.MAX_SAFE_INTEGER - 1,
  Number.MAX_SAFE_INTEGER,
];

/** A non-negative safe integer of minor units: small amounts, amounts near the limits, and the whole range. */
export const unitsArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 1_000_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: MAX_ORDER_AMOUNT }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }) },
  { weight: 1, arbitrary: fc.constantFrom(...EDGE_AMOUNTS) },
);

/** A signed safe integer of minor units, over the whole safe range. */
export const signedUnitsArb: fc.Arbitrary<number> = fc
  .tuple(unitsArb, fc.boolean())
  .map(([units, negative]) => (negative && units !== 0 ? -units : units));

/** Units within what an order may hold (0 to `MAX_ORDER_AMOUNT`), as the elements' amount fields accept. */
export const orderUnitsArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: MAX_ORDER_AMOUNT }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, MAX_ORDER_AMOUNT - 1, MAX_ORDER_AMOUNT) },
);

/** Units beyond the safe-integer range (as BigInt): what no Money can hold. */
export const unsafeUnitsArb: fc.Arbitrary<bigint> = fc.oneof(
  fc.bigInt({ min: BigInt(Number.MAX_SAFE_INTEGER) + 1n, max: BigInt(Number.MAX_SAFE_INTEGER) * 4n }),
  fc.bigInt({ min: BigInt(Number.MAX_SAFE_INTEGER) + 1n, max: 10n ** 40n }),
  fc.constantFrom(BigInt(Number.MAX_SAFE_INTEGER) + 1n, 2n ** 53n + 2n, 2n ** 64n, 2n ** 64n + 1n),
);

/** Money in any currency of the table, any safe amount. */
export const moneyArb: fc.Arbitrary<Money> = fc
  .tuple(signedUnitsArb, currencyArb)
  .map(([amount, currency]) => money(amount, currency));

/**
 * `units` minor units as a plain decimal string with `exponent` digits after ".": what
 * `toDecimalString` writes, computed here independently, in BigInt (so for unsafe amounts too).
 */
export function decimalOf(units: bigint, exponent: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return `${negative ? '-' : ''}${whole}${exponent ? `.${fraction}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Text

/** Any text, including lone surrogates, controls, bidi marks and emoji. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u202e', '<b>x</b>', '${x}', '__proto__', 'constructor', '👩‍👩‍👧'),
);

/** An id as the adapter or the model gives it: any non-empty text. */
export const idArb = fc.oneof(fc.stringMatching(/^[a-z0-9_-]{1,12}$/), fc.string({ minLength: 1, maxLength: 20 }));

// ---------------------------------------------------------------------------------------------
// Sites, customers, fulfillment

/** Three sites: two in USD (one per customer set) and one in another currency chosen by the test. */
export function sitesIn(currencies: readonly string[]): Site[] {
  return currencies.map((currency, i) => ({
    id: `site-${i}`,
    name: `Site ${i}`,
    currency,
    locale: 'en-US',
    customerSetId: i % 2 === 0 ? 'retail' : 'wholesale',
    customerSetName: i % 2 === 0 ? 'Retail' : 'Wholesale',
  }));
}

const addressArb: fc.Arbitrary<Address> = fc.record(
  {
    id: idArb,
    name: textArb,
    line1: textArb,
    line2: textArb,
    city: textArb,
    region: textArb,
    postalCode: textArb,
    country: fc.oneof(fc.constantFrom('US', 'CA', 'GB', 'DE', 'JP'), textArb),
    phone: textArb,
    isDefaultBilling: fc.boolean(),
    isDefaultShipping: fc.boolean(),
  },
  {
    requiredKeys: [
      'id',
      'name',
      'line1',
      'city',
      'region',
      'postalCode',
      'country',
      'isDefaultBilling',
      'isDefaultShipping',
    ],
  },
);

/** A customer as the adapter's decoders give it (exactly the fields of `Customer`). */
export const customerArb: fc.Arbitrary<Customer> = fc.record({
  id: idArb,
  customerNumber: textArb,
  customerSetId: fc.constantFrom('retail', 'wholesale'),
  firstName: textArb,
  lastName: textArb,
  email: textArb,
  phones: fc.record({ home: textArb, work: textArb, mobile: textArb }, { requiredKeys: [] }),
  addresses: fc.array(addressArb, { maxLength: 3 }),
});

export const fulfillmentArb: fc.Arbitrary<Fulfillment> = fc.oneof(
  fc.constant<Fulfillment>({ kind: 'ship', locationId: null, locationName: null }),
  fc.record({
    kind: fc.constantFrom<Fulfillment['kind']>('pickup', 'delivery'),
    locationId: fc.option(idArb, { nil: null }),
    locationName: fc.option(textArb, { nil: null }),
  }),
);

// ---------------------------------------------------------------------------------------------
// Validators' inputs: phones, postal codes, card expiries

/** Whitespace that `trim()` removes: spaces, tabs, newlines, NBSP, narrow NBSP, ideographic space. */
export const paddingArb: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u202f', '\u3000'),
  maxLength: 3,
});

/** `digits` written as an agent may type them: separators ("-", ".", " ", parentheses) between digits, maybe a leading "+". */
function writtenDigits(digits: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return digits.chain((text) =>
    fc
      .tuple(
        fc.boolean(),
        fc.array(fc.constantFrom('', '', '', ' ', '-', '.', '(', ')', ' (', ') '), {
          minLength: text.length,
          maxLength: text.length,
        }),
      )
      .map(([plus, separators]) => `${plus ? '+' : ''}${[...text].map((d, i) => `${d}${separators[i]}`).join('')}`),
  );
}

const digitsArb = (min: number, max: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

/** A phone number with 7 to 15 digits (E.164 allows at most 15), written with the separators people use. */
export const plausiblePhoneArb: fc.Arbitrary<string> = writtenDigits(digitsArb(7, 15));

/** A phone number with too few (0-6) or too many (16-25) digits, written the same way. */
export const wrongLengthPhoneArb: fc.Arbitrary<string> = writtenDigits(fc.oneof(digitsArb(1, 6), digitsArb(16, 25)));

/** A US ZIP code: "12345" or "12345-6789". */
export const usZipArb: fc.Arbitrary<string> = fc
  .tuple(digitsArb(5, 5), fc.option(digitsArb(4, 4), { nil: null }))
  .map(([zip, plus4]) => (plus4 === null ? zip : `${zip}-${plus4}`));

/** Canada Post's letters: D, F, I, O, Q and U never appear; W and Z never come first. */
const CA_FIRST = [...'ABCEGHJKLMNPRSTVXY'];
const CA_LETTER = [...'ABCEGHJKLMNPRSTVWXYZ'];

/** A Canadian postal code "A1A 1A1", with or without its space, in either case. */
export const caPostalArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...CA_FIRST),
    fc.constantFrom(...'0123456789'),
    fc.constantFrom(...CA_LETTER),
    fc.constantFrom(' ', ''),
    fc.constantFrom(...'0123456789'),
    fc.constantFrom(...CA_LETTER),
    fc.constantFrom(...'0123456789'),
    fc.constantFrom('upper', 'lower', 'as-is'),
  )
  .map(([a, b, c, space, d, e, f, casing]) => {
    const code = `${a}${b}${c}${space}${d}${e}${f}`;
    return casing === 'upper' ? code : casing === 'lower' ? code.toLowerCase() : `${a.toLowerCase()}${code.slice(1)}`;
  });

/** A postal code of another country: 2 to 10 letters, digits, spaces or hyphens, starting and ending with a letter or digit. */
export const otherPostalArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.stringMatching(/^[A-Za-z0-9]$/),
    fc.string({ unit: fc.constantFrom(...'ABCXYZabc0189 -'), maxLength: 8 }),
    fc.stringMatching(/^[A-Za-z0-9]$/),
  )
  .map(([first, middle, last]) => `${first}${middle}${last}`);

/** Countries other than the US and Canada, as a customer's address may give them. */
export const otherCountryArb: fc.Arbitrary<string> = fc.constantFrom(
  'GB',
  'DE',
  'FR',
  'NL',
  'JP',
  'IE',
  'AE',
  'BR',
  'IN',
);

/**
 * A fixed clock for card expiries, 2000 to 2078 (so that a two-digit year, read as 20YY, can name
 * the months around it): any instant, and often the first or last millisecond of a UTC month.
 */
export const expiryClockArb: fc.Arbitrary<Date> = fc.oneof(
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2078-12-31T23:59:59.999Z'), noInvalidDate: true }),
  fc
    .tuple(fc.integer({ min: 2000, max: 2078 }), fc.integer({ min: 0, max: 11 }), fc.boolean())
    .map(([year, month, first]) => new Date(first ? Date.UTC(year, month, 1) : Date.UTC(year, month + 1, 1) - 1)),
);

/** The ways an expiry is typed: "MM/YY", "M/YY", "MM/YYYY", "MMYY", "MM-YY", "MM.YY", "MM YY", " MM / YY ". */
export const EXPIRY_FORMATS = ['MM/YY', 'M/YY', 'MM/YYYY', 'MMYY', 'MM-YY', 'MM.YY', 'MM YY', 'MM / YYYY'] as const;
export type ExpiryFormat = (typeof EXPIRY_FORMATS)[number];

/** `month`/`year` written in `format`. */
export function writeExpiry(month: number, year: number, format: ExpiryFormat): string {
  const mm = String(month).padStart(2, '0');
  const yy = String(year % 100).padStart(2, '0');
  return format.replace('MM', mm).replace(/^M\//, `${month}/`).replace('YYYY', String(year)).replace('YY', yy);
}
