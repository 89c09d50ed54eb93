// Property-based tests of validation (fast-check): phones, postal codes per country, quantities
// (at least 1, at most what the order limit leaves), card expiries against a fixed clock, and card
// numbers' check digit. Whatever a rule accepts it accepts again once trimmed or re-written.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { lineFits, lineRoom, MAX_ORDER_AMOUNT, quantityFits } from '../../../src/model/amount-limits.js';
import { cardDigits, luhnValid, parseExpiry, validateCardNumber, validateExpiry } from '../../../src/model/card.js';
import type { DraftLine, Phones } from '../../../src/model/types.js';
import {
  isPlausiblePhone,
  validateEmail,
  validateLine,
  validatePhones,
  validatePostalCode,
} from '../../../src/model/validation.js';
import {
  caPostalArb,
  EXPIRY_FORMATS,
  expiryClockArb,
  otherCountryArb,
  otherPostalArb,
  paddingArb,
  plausiblePhoneArb,
  textArb,
  usZipArb,
  writeExpiry,
  wrongLengthPhoneArb,
} from './arbitraries.js';
import { draftArb, effectiveUnits, exactLineTotal, typedQuantityArb, unguardedDraftArb } from './draft-arbitraries.js';

/** The codes of a list of problems. */
const codes = (problems: readonly { code: string }[]): string[] => problems.map((p) => p.code);

describe('validation properties (fast-check)', () => {
  describe('phones', () => {
    it('accepts every number of 7 to 15 digits however it is written, padded or not', () => {
      fc.assert(
        fc.property(plausiblePhoneArb, paddingArb, paddingArb, (phone, before, after) => {
          expect(isPlausiblePhone(phone), phone).to.equal(true);
          expect(isPlausiblePhone(`${before}${phone}${after}`)).to.equal(true);
        }),
      );
    });

    it('refuses fewer than 7 or more than 15 digits, and any letter', () => {
      fc.assert(
        fc.property(wrongLengthPhoneArb, (phone) => {
          expect(isPlausiblePhone(phone), phone).to.equal(false);
        }),
      );
      fc.assert(
        fc.property(plausiblePhoneArb, fc.nat(), fc.stringMatching(/^[A-Za-z#*,;x]$/), (phone, at, letter) => {
          const i = at % (phone.length + 1);
          expect(isPlausiblePhone(`${phone.slice(0, i)}${letter}${phone.slice(i)}`)).to.equal(false);
        }),
      );
    });

    it('accepts again, once normalised to "+" and digits, whatever it accepts', () => {
      const typed = fc.oneof(
        plausiblePhoneArb,
        fc.string({ unit: fc.constantFrom(...'0123456789 +-.()x'), maxLength: 24 }),
        textArb,
      );
      fc.assert(
        fc.property(typed, (phone) => {
          if (!isPlausiblePhone(phone)) return;
          const normalised = `${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
          expect(isPlausiblePhone(normalised), normalised).to.equal(true);
          expect(isPlausiblePhone(phone.trim())).to.equal(true);
        }),
      );
    });

    it('asks for one phone at least and reports each implausible one at its own path', () => {
      const phone = fc.oneof(plausiblePhoneArb, wrongLengthPhoneArb, fc.constantFrom('', '  '), textArb);
      fc.assert(
        fc.property(fc.record({ home: phone, work: phone, mobile: phone }, { requiredKeys: [] }), (phones: Phones) => {
          const given = (['home', 'work', 'mobile'] as const).filter((k) => (phones[k] ?? '').trim() !== '');
          const problems = validatePhones(phones);
          if (given.length === 0) {
            expect(problems.map((p) => [p.path, p.code])).to.deep.equal([['phones', 'phone-required']]);
          } else {
            const wrong = given.filter((k) => !isPlausiblePhone(phones[k] as string));
            expect(problems.map((p) => [p.path, p.code])).to.deep.equal(
              wrong.map((k) => [`phones.${k}`, 'invalid-phone']),
            );
          }
        }),
      );
    });
  });

  describe('postal codes', () => {
    it('accepts a US ZIP code, padded, for "US" in any case and spacing', () => {
      fc.assert(
        fc.property(usZipArb, paddingArb, paddingArb, fc.constantFrom('US', 'us', ' Us '), (zip, a, b, country) => {
          expect(validatePostalCode(country, `${a}${zip}${b}`), zip).to.deep.equal([]);
        }),
      );
    });

    it('refuses a US ZIP code with a digit too many or too few, a letter, or a broken ZIP+4', () => {
      const broken = fc.oneof(
        usZipArb.map((zip) => zip.replace(/^\d/, '')),
        usZipArb.map((zip) => `1${zip}`),
        usZipArb.map((zip) => zip.replace(/\d$/, 'A')),
        usZipArb.map((zip) => `${zip.slice(0, 5)}-${zip.slice(6, 9)}`),
        usZipArb.map((zip) => `${zip.slice(0, 5)} ${zip.slice(6) || '1234'}`),
      );
      fc.assert(
        fc.property(broken, (zip) => {
          expect(codes(validatePostalCode('US', zip)), zip).to.deep.equal(['invalid-postal-code']);
        }),
      );
    });

    it('accepts a Canadian postal code with or without its space, in either case, padded', () => {
      fc.assert(
        fc.property(caPostalArb, paddingArb, paddingArb, (code, a, b) => {
          expect(validatePostalCode('CA', `${a}${code}${b}`), code).to.deep.equal([]);
          expect(validatePostalCode('ca', code.toUpperCase())).to.deep.equal([]);
          expect(validatePostalCode('CA', code.replace(' ', ''))).to.deep.equal([]);
        }),
      );
    });

    it('refuses a Canadian postal code with a letter Canada Post never uses there', () => {
      fc.assert(
        // "A1A1A1": letters at 0, 2 and 4.
        fc.property(caPostalArb, fc.constantFrom(0, 2, 4), fc.constantFrom(...'DFIOQUdfioqu'), (code, at, letter) => {
          const compact = code.replace(' ', '');
          const withLetter = `${compact.slice(0, at)}${letter}${compact.slice(at + 1)}`;
          expect(codes(validatePostalCode('CA', withLetter)), withLetter).to.deep.equal(['invalid-postal-code']);
        }),
      );
      fc.assert(
        fc.property(caPostalArb, fc.constantFrom('W', 'Z', 'w', 'z'), (code, first) => {
          expect(codes(validatePostalCode('CA', `${first}${code.slice(1)}`))).to.deep.equal(['invalid-postal-code']);
        }),
      );
    });

    it('accepts elsewhere 2 to 10 letters, digits, spaces or hyphens, or nothing; refuses longer codes', () => {
      fc.assert(
        fc.property(otherCountryArb, otherPostalArb, paddingArb, (country, code, pad) => {
          expect(validatePostalCode(country, `${pad}${code}${pad}`), code).to.deep.equal([]);
          expect(validatePostalCode(country, pad)).to.deep.equal([]);
          expect(codes(validatePostalCode(country, `${code}${'0'.repeat(11 - code.length)}`))).to.deep.equal([
            'invalid-postal-code',
          ]);
        }),
      );
    });

    it('judges a code and a country the same with or without surrounding whitespace, in any country', () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.constantFrom('US', 'CA'), otherCountryArb, textArb),
          fc.oneof(usZipArb, caPostalArb, otherPostalArb, textArb),
          paddingArb,
          (country, code, pad) => {
            const plain = validatePostalCode(country, code);
            expect(validatePostalCode(`${pad}${country}${pad}`, `${pad}${code}${pad}`)).to.deep.equal(plain);
            if (plain.length === 0) expect(validatePostalCode(country, code.trim())).to.deep.equal([]);
          },
        ),
      );
    });
  });

  describe('emails', () => {
    it('judges an address the same with or without surrounding whitespace', () => {
      const email = fc.oneof(fc.emailAddress(), textArb);
      fc.assert(
        fc.property(email, paddingArb, (address, pad) => {
          expect(validateEmail(`${pad}${address}${pad}`)).to.deep.equal(validateEmail(address));
        }),
      );
    });
  });

  describe('quantities', () => {
    const lineWith = (quantity: number): DraftLine => ({
      id: 'l',
      productId: 'p',
      variantId: null,
      productName: 'P',
      code: 'P',
      options: [],
      quantity,
      fulfillment: { kind: 'ship', locationId: null, locationName: null },
      unitPrice: { amount: 100, currency: 'USD' },
      adjustment: null,
      gift: false,
      giftMessage: '',
    });

    it('accepts a whole number of at least 1; refuses fractions (integer-quantity) and less than 1 (min-quantity)', () => {
      const quantity = fc.oneof(typedQuantityArb, fc.double({ noNaN: true }), fc.constantFrom(2 ** 53, 1.5, 0.999));
      fc.assert(
        fc.property(quantity, (q) => {
          const problems = codes(validateLine(lineWith(q)));
          const expected = !Number.isSafeInteger(q) ? ['integer-quantity'] : q < 1 ? ['min-quantity'] : [];
          expect(problems, String(q)).to.deep.equal(expected);
        }),
      );
    });

    it('lets a line take a quantity exactly when it fits in what the other lines leave of the limit, and any smaller one too', () => {
      const scenario = fc
        .oneof(draftArb, unguardedDraftArb)
        .chain(({ draft }) =>
          fc.tuple(
            fc.constant(draft),
            draft.lines.length ? fc.constantFrom(...draft.lines) : fc.constant(null),
            fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })),
          ),
        );
      fc.assert(
        fc.property(scenario, ([draft, line, quantity]) => {
          fc.pre(line !== null);
          const l = line as DraftLine;
          const others = draft.lines.filter((x) => x.id !== l.id).reduce((acc, x) => acc + exactLineTotal(x), 0n);
          // What the other lines leave (none when they are already past the limit, as after "Remove"
          // dropped an adjustment): a line at no price still takes any quantity, adding nothing.
          const left = BigInt(MAX_ORDER_AMOUNT) - others;
          const fits = effectiveUnits(l) * BigInt(quantity) <= (left > 0n ? left : 0n);
          expect(quantityFits(draft.lines, l.id, quantity)).to.equal(fits);
          if (fits && quantity > 1) expect(quantityFits(draft.lines, l.id, quantity - 1)).to.equal(true);
          // A new line at the same price: the room the other lines leave, all of it and no more.
          const unit = Number(effectiveUnits(l));
          const room = lineRoom(draft.lines, null);
          expect(lineFits(draft.lines, null, unit, quantity)).to.equal(BigInt(unit) * BigInt(quantity) <= BigInt(room));
        }),
      );
    });
  });

  describe('card expiry (a fixed clock)', () => {
    /** The UTC month `offset` months from `now`'s, as month 1-12 and year. */
    const monthFrom = (now: Date, offset: number): { month: number; year: number } => {
      const index = now.getUTCFullYear() * 12 + now.getUTCMonth() + offset;
      return { month: (index % 12) + 1, year: Math.floor(index / 12) };
    };

    it('refuses a month in the past, accepts this month and later up to 20 years ahead, in every format', () => {
      fc.assert(
        fc.property(
          expiryClockArb,
          fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -300, max: 300 })),
          fc.constantFrom(...EXPIRY_FORMATS),
          paddingArb,
          (now, offset, format, pad) => {
            const { month, year } = monthFrom(now, offset);
            // Two digits name a year of 2000-2099 only.
            fc.pre(!format.endsWith('YY') || format.endsWith('YYYY') || (year >= 2000 && year <= 2099));
            const text = `${pad}${writeExpiry(month, year, format)}${pad}`;
            const expected =
              offset < 0 ? ['expired'] : year > now.getUTCFullYear() + 20 ? ['invalid-expiry'] : ([] as string[]);
            expect(codes(validateExpiry(text, now)), `${text} at ${now.toISOString()}`).to.deep.equal(expected);
          },
        ),
      );
    });

    it('reads back every month and year it is given in every format, and refuses months outside 1-12', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 2000, max: 2099 }),
          fc.constantFrom(...EXPIRY_FORMATS),
          (month, year, format) => {
            expect(parseExpiry(writeExpiry(month, year, format))).to.deep.equal({ month, year });
          },
        ),
      );
      fc.assert(
        fc.property(fc.constantFrom(0, 13, 20, 99), fc.integer({ min: 2000, max: 2099 }), (month, year) => {
          expect(parseExpiry(`${String(month).padStart(2, '0')}/${year}`)).to.equal(null);
        }),
      );
    });
  });

  describe('card numbers', () => {
    /** `payload` with the Luhn check digit appended, computed here. */
    const withCheckDigit = (payload: string): string => {
      let total = 0;
      [...payload].reverse().forEach((ch, i) => {
        const d = Number(ch) * (i % 2 === 0 ? 2 : 1);
        total += d > 9 ? d - 9 : d;
      });
      return `${payload}${(10 - (total % 10)) % 10}`;
    };

    it('accepts a check digit computed independently, and refuses any single digit changed', () => {
      const payload = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 11, maxLength: 18 });
      fc.assert(
        fc.property(payload, fc.nat(), fc.integer({ min: 1, max: 9 }), (digits, at, delta) => {
          const number = withCheckDigit(digits);
          expect(luhnValid(number), number).to.equal(true);
          const i = at % number.length;
          const changed = `${number.slice(0, i)}${(Number(number[i]) + delta) % 10}${number.slice(i + 1)}`;
          expect(luhnValid(changed), changed).to.equal(false);
        }),
      );
    });

    it('judges a number the same with the spaces and hyphens agents key between groups', () => {
      const visa = fc
        .string({ unit: fc.constantFrom(...'0123456789'), minLength: 14, maxLength: 14 })
        .map((rest) => withCheckDigit(`4${rest}`));
      fc.assert(
        fc.property(fc.oneof(visa, fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 20 })), (number) => {
          const grouped = number.replace(/(\d{4})(?=\d)/g, '$1 ');
          const hyphened = number.replace(/(\d{4})(?=\d)/g, '$1-');
          expect(cardDigits(grouped)).to.equal(number);
          expect(validateCardNumber(grouped)).to.deep.equal(validateCardNumber(number));
          expect(validateCardNumber(hyphened)).to.deep.equal(validateCardNumber(number));
        }),
      );
      fc.assert(
        fc.property(visa, (number) => {
          expect(validateCardNumber(number), number).to.deep.equal([]);
        }),
      );
    });
  });
});
