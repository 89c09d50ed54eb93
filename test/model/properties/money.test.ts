// Property-based tests of money (fast-check): what is formatted is read back to the same money in
// every currency of the ISO 4217 table and many locales, decimal strings round-trip, shares add up
// exactly, and amounts beyond the limits are refused, never wrapped or rounded.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_ORDER_AMOUNT } from '../../../src/model/amount-limits.js';
import { minorUnitsOf } from '../../../src/model/currencies.js';
import {
  add,
  allocate,
  formatMoney,
  formatMoneyForInput,
  fromDecimalString,
  money,
  multiply,
  negate,
  parseMoney,
  percentage,
  subtract,
  sum,
  toDecimalString,
} from '../../../src/model/money.js';
import type { FormatMoneyOptions } from '../../../src/model/money.js';
import type { Money } from '../../../src/model/types.js';
import {
  CURRENCIES,
  currencyArb,
  decimalOf,
  localeArb,
  LOCALES,
  moneyArb,
  orderUnitsArb,
  signedUnitsArb,
  unitsArb,
  unsafeUnitsArb,
} from './arbitraries.js';

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Runs `property` (100 runs) once per currency of the table, so that every currency is tried, not a sample. */
function forEveryCurrency<Ts extends [unknown, ...unknown[]]>(property: (currency: string) => fc.IProperty<Ts>): void {
  for (const currency of CURRENCIES) fc.assert(property(currency));
}

/** What `parseMoney` answers, as a comparable value. */
function read(text: string, currency: string, locale: string, options = {}): Money | string {
  const parsed = parseMoney(text, currency, locale, options);
  return parsed.ok ? parsed.money : parsed.code;
}

describe('money properties (fast-check)', function () {
  // 167 currencies × 100 runs per property: about a second each here, more on a busy CI machine.
  this.timeout(60_000);

  describe('reading back what was formatted', () => {
    it('reads every amount of every currency, formatted for its input in any locale, back to the same money', () => {
      forEveryCurrency((currency) =>
        fc.property(localeArb, signedUnitsArb, (locale, units) => {
          const value = money(units, currency);
          expect(read(formatMoneyForInput(value, locale), currency, locale, { allowNegative: true })).to.deep.equal(
            value,
          );
        }),
      );
    });

    it('reads what an amount field shows back as the elements read it (up to the order limit, no negatives)', () => {
      forEveryCurrency((currency) =>
        fc.property(localeArb, orderUnitsArb, (locale, units) => {
          const value = money(units, currency);
          expect(read(formatMoneyForInput(value, locale), currency, locale, { max: MAX_ORDER_AMOUNT })).to.deep.equal(
            value,
          );
        }),
      );
    });

    it('reads a displayed amount (symbol, narrow symbol or code; accounting sign; grouping or not) back to the same money', () => {
      const options: fc.Arbitrary<FormatMoneyOptions> = fc.record({
        currencyDisplay: fc.constantFrom('symbol' as const, 'narrowSymbol' as const, 'code' as const),
        currencySign: fc.constantFrom('standard' as const, 'accounting' as const),
        useGrouping: fc.boolean(),
      });
      forEveryCurrency((currency) =>
        fc.property(localeArb, signedUnitsArb, options, (locale, units, display) => {
          const value = money(units, currency);
          const text = formatMoney(value, locale, display);
          expect(read(text, currency, locale, { allowNegative: true }), text).to.deep.equal(value);
        }),
      );
    });

    it('answers anything typed with money within the options, which reads back the same once formatted, or a code', () => {
      // Text made of what amounts are written with in the locale: its digits, signs, separators and symbols.
      const typed = fc.tuple(currencyArb, localeArb).chain(([currency, locale]) => {
        const shown = `${formatMoney(money(-1234567890, currency), locale, { currencySign: 'accounting' })}${formatMoneyForInput(money(-9876543210, currency), locale)}`;
        const alphabet = [...new Set([...shown, ' ', '.', ',', '-', '+', '(', ')', '\u00a0', '0', '5', 'x'])];
        const text = fc.oneof(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 24 }), fc.string());
        return fc.tuple(fc.constant(currency), fc.constant(locale), text, fc.boolean(), orderUnitsArb);
      });
      fc.assert(
        fc.property(typed, ([currency, locale, text, allowNegative, max]) => {
          const parsed = parseMoney(text, currency, locale, { allowNegative, max });
          if (!parsed.ok) {
            expect(['empty', 'invalid', 'too-many-decimals', 'negative', 'too-large']).to.include(parsed.code);
            return;
          }
          const { amount } = parsed.money;
          expect(parsed.money.currency).to.equal(currency);
          expect(Number.isSafeInteger(amount) && Math.abs(amount) <= max).to.equal(true);
          if (!allowNegative) expect(amount).to.be.at.least(0);
          expect(read(formatMoneyForInput(parsed.money, locale), currency, locale, { allowNegative })).to.deep.equal(
            parsed.money,
          );
          expect(read(`  ${text}\u00a0`, currency, locale, { allowNegative, max })).to.deep.equal(parsed.money);
        }),
        { numRuns: 1000 },
      );
    });
  });

  describe('decimal strings', () => {
    it('writes every amount of every currency as its exact decimal and reads it back', () => {
      forEveryCurrency((currency) =>
        fc.property(signedUnitsArb, (units) => {
          const value = money(units, currency);
          const text = toDecimalString(value);
          expect(text).to.equal(decimalOf(BigInt(units), minorUnitsOf(currency)));
          expect(fromDecimalString(text, currency)).to.deep.equal(value);
        }),
      );
    });

    it('reads fewer digits padded and extra zeros as the same amount', () => {
      fc.assert(
        fc.property(moneyArb, fc.nat({ max: 6 }), (value, zeros) => {
          const text = toDecimalString(value);
          const padded = text.includes('.') ? `${text}${'0'.repeat(zeros)}` : `${text}.${'0'.repeat(zeros)}`;
          expect(fromDecimalString(padded, value.currency)).to.deep.equal(value);
          const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
          if (trimmed && trimmed !== '-') expect(fromDecimalString(trimmed, value.currency)).to.deep.equal(value);
        }),
      );
    });

    it('refuses significant digits beyond the currency’s instead of rounding them away', () => {
      fc.assert(
        fc.property(moneyArb, fc.integer({ min: 1, max: 9 }), localeArb, (value, digit, locale) => {
          const text = toDecimalString(value);
          const longer = `${text}${text.includes('.') ? '' : '.'}${digit}`;
          expect(() => fromDecimalString(longer, value.currency)).to.throw(RangeError);
          const exponent = minorUnitsOf(value.currency);
          const typed = new Intl.NumberFormat(locale, {
            useGrouping: false,
            minimumFractionDigits: exponent + 1,
            maximumFractionDigits: exponent + 1,
          }).format(`${text}${exponent ? '' : '.'}${digit}` as Intl.StringNumericLiteral);
          expect(read(typed, value.currency, locale, { allowNegative: true })).to.equal('too-many-decimals');
        }),
      );
    });
  });

  describe('limits', () => {
    it('refuses amounts beyond the safe-integer range of minor units, in every way they can be given', () => {
      fc.assert(
        fc.property(unsafeUnitsArb, fc.boolean(), currencyArb, localeArb, (units, negative, currency, locale) => {
          const signed = negative ? -units : units;
          const exponent = minorUnitsOf(currency);
          expect(() => money(Number(signed), currency)).to.throw(RangeError);
          expect(() => fromDecimalString(decimalOf(signed, exponent), currency)).to.throw(RangeError);
          const typed = new Intl.NumberFormat(locale, {
            minimumFractionDigits: exponent,
            maximumFractionDigits: exponent,
          }).format(decimalOf(signed, exponent) as Intl.StringNumericLiteral);
          expect(read(typed, currency, locale, { allowNegative: true })).to.equal('too-large');
        }),
      );
    });

    it('accepts an amount for a quantity exactly when amount × quantity fits under the maximum', () => {
      fc.assert(
        fc.property(
          currencyArb,
          localeArb,
          unitsArb,
          fc.integer({ min: 1, max: 1_000_000 }),
          fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
          (currency, locale, units, quantity, max) => {
            const text = formatMoneyForInput(money(units, currency), locale);
            const fits = BigInt(units) * BigInt(quantity) <= BigInt(max);
            expect(read(text, currency, locale, { max, quantity })).to.deep.equal(
              fits ? money(units, currency) : 'too-large',
            );
          },
        ),
      );
    });

    it('adds, subtracts, multiplies and sums exactly, or throws a RangeError when the result is out of range', () => {
      const outcome = (exact: bigint, compute: () => Money): void => {
        if (exact > SAFE || exact < -SAFE) expect(compute).to.throw(RangeError);
        else expect(compute().amount).to.equal(Number(exact));
      };
      fc.assert(
        fc.property(
          currencyArb,
          signedUnitsArb,
          signedUnitsArb,
          fc.integer({ min: -1_000_000, max: 1_000_000 }),
          fc.array(signedUnitsArb, { maxLength: 5 }),
          (currency, a, b, quantity, list) => {
            const m = (units: number): Money => money(units, currency);
            outcome(BigInt(a) + BigInt(b), () => add(m(a), m(b)));
            outcome(BigInt(a) - BigInt(b), () => subtract(m(a), m(b)));
            outcome(BigInt(a) * BigInt(quantity), () => multiply(m(a), quantity));
            // A sum is refused as soon as a running total leaves the range (it adds in order).
            let running = 0n;
            let overflows = false;
            for (const units of list) {
              running += BigInt(units);
              overflows ||= running > SAFE || running < -SAFE;
            }
            if (overflows) expect(() => sum(list.map(m), currency)).to.throw(RangeError);
            else expect(sum(list.map(m), currency).amount).to.equal(Number(running));
          },
        ),
      );
    });
  });

  describe('shares', () => {
    const ratiosArb = fc
      .array(fc.oneof(fc.nat({ max: 10 }), fc.nat({ max: 1_000_000 }), fc.maxSafeNat()), { minLength: 1, maxLength: 8 })
      .filter((ratios) => ratios.some((r) => r > 0));

    it('allocates parts that add up exactly, each within one minor unit of its exact share', () => {
      fc.assert(
        fc.property(moneyArb, ratiosArb, (value, ratios) => {
          const parts = allocate(value, ratios);
          expect(parts).to.have.length(ratios.length);
          const total = ratios.reduce((acc, r) => acc + BigInt(r), 0n);
          const magnitude = BigInt(Math.abs(value.amount));
          expect(parts.reduce((acc, p) => acc + BigInt(p.amount), 0n)).to.equal(BigInt(value.amount));
          parts.forEach((part, i) => {
            expect(part.currency).to.equal(value.currency);
            const floor = (magnitude * BigInt(ratios[i]!)) / total;
            const got = BigInt(Math.abs(part.amount));
            // The floor of the exact share, or one more; a zero ratio gets nothing; the sign is the value's.
            expect(got === floor || got === floor + 1n, `part ${i}: ${got} vs ${floor}`).to.equal(true);
            if (ratios[i] === 0) expect(part.amount).to.equal(0);
            if (part.amount !== 0) expect(Math.sign(part.amount)).to.equal(Math.sign(value.amount));
          });
        }),
      );
    });

    it('splits into equal ratios with parts at most one minor unit apart, the earlier parts getting the extra units', () => {
      fc.assert(
        fc.property(moneyArb, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 1000 }), (value, n, ratio) => {
          const parts = allocate(value, Array<number>(n).fill(ratio)).map((p) => Math.abs(p.amount));
          expect(Math.max(...parts) - Math.min(...parts)).to.be.at.most(1);
          for (let i = 1; i < n; i++) expect(parts[i - 1]).to.be.at.least(parts[i]!);
        }),
      );
    });

    it('allocates a negative amount as the negation of its magnitude’s allocation', () => {
      fc.assert(
        fc.property(moneyArb, ratiosArb, (value, ratios) => {
          expect(allocate(negate(value), ratios)).to.deep.equal(allocate(value, ratios).map(negate));
        }),
      );
    });

    it('takes a percentage as the exact product rounded to the nearest minor unit, halves away from zero', () => {
      fc.assert(
        fc.property(moneyArb, fc.integer({ min: -20_000, max: 20_000 }), (value, basisPoints) => {
          // The exact product is in ten-thousandths of a minor unit; round half away from zero, in BigInt.
          const exact = BigInt(value.amount) * BigInt(basisPoints);
          const magnitude = ((exact < 0n ? -exact : exact) + 5000n) / 10_000n;
          const expected = exact < 0n ? -magnitude : magnitude;
          if (magnitude > SAFE) expect(() => percentage(value, basisPoints)).to.throw(RangeError);
          else expect(percentage(value, basisPoints).amount).to.equal(Number(expected));
        }),
      );
    });
  });

  it('covers every currency and locale of the property tests', () => {
    // A guard: the arbitraries cannot lose JPY (0 decimals), KWD (3) or a right-to-left locale unnoticed.
    expect(CURRENCIES).to.include.members(['USD', 'EUR', 'JPY', 'KWD', 'BHD', 'CLF']);
    expect(CURRENCIES.length).to.be.at.least(150);
    expect(LOCALES).to.include.members(['en-US', 'fr-FR', 'de-DE', 'ja-JP', 'ar-EG', 'hi-IN']);
  });
});
