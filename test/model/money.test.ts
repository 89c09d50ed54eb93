import { expect } from '@open-wc/testing';
import {
  abs,
  add,
  allocate,
  clampToZero,
  compare,
  equals,
  formatMoney,
  formatMoneyForInput,
  formatPercent,
  fromDecimalString,
  isMoney,
  isNegative,
  isPositive,
  isZero,
  maxMoney,
  minMoney,
  money,
  multiply,
  negate,
  parseMoney,
  parsePercent,
  percentage,
  subtract,
  sum,
  toDecimalString,
  zero,
} from '../../src/model/money.js';
import type { Money } from '../../src/model/types.js';

const usd = (amount: number): Money => money(amount, 'USD');
const jpy = (amount: number): Money => money(amount, 'JPY');
const kwd = (amount: number): Money => money(amount, 'KWD');

/** Intl uses NBSP and narrow NBSP in some locales; tests compare with plain spaces. */
const spaces = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  describe('creating', () => {
    it('holds integer minor units and the code, frozen', () => {
      const m = money(1234, 'USD');
      expect(m).to.deep.equal({ amount: 1234, currency: 'USD' });
      expect(Object.isFrozen(m)).to.equal(true);
    });

    it('refuses fractional, unsafe or non-finite amounts', () => {
      expect(() => money(12.34, 'USD')).to.throw(RangeError, /safe integer/);
      expect(() => money(Number.MAX_SAFE_INTEGER + 1, 'USD')).to.throw(RangeError);
      expect(() => money(Number.NaN, 'USD')).to.throw(RangeError);
      expect(() => money(Infinity, 'USD')).to.throw(RangeError);
    });

    it('refuses unknown currency codes', () => {
      expect(() => money(1, 'usd')).to.throw(RangeError, /Unknown ISO 4217/);
      expect(() => money(1, 'XAU')).to.throw(RangeError);
    });

    it('normalizes minus zero', () => {
      expect(Object.is(money(-0, 'USD').amount, 0)).to.equal(true);
      expect(Object.is(negate(zero('USD')).amount, 0)).to.equal(true);
    });

    it('makes zero in any known currency', () => {
      expect(zero('JPY')).to.deep.equal({ amount: 0, currency: 'JPY' });
    });

    it('recognizes well-formed money values', () => {
      expect(isMoney({ amount: 5, currency: 'KWD' })).to.equal(true);
      expect(isMoney({ amount: 5.5, currency: 'KWD' })).to.equal(false);
      expect(isMoney({ amount: 5, currency: 'ABC' })).to.equal(false);
      expect(isMoney(null)).to.equal(false);
      expect(isMoney('5 USD')).to.equal(false);
    });
  });

  describe('arithmetic', () => {
    it('adds and subtracts in one currency', () => {
      expect(add(usd(1050), usd(299))).to.deep.equal(usd(1349));
      expect(subtract(usd(1050), usd(2000))).to.deep.equal(usd(-950));
      expect(add(jpy(1200), jpy(800))).to.deep.equal(jpy(2000));
      expect(add(kwd(1500), kwd(1))).to.deep.equal(kwd(1501));
    });

    it('throws on a currency mismatch', () => {
      expect(() => add(usd(1), money(1, 'CAD'))).to.throw(RangeError, /Currency mismatch: USD and CAD/);
      expect(() => subtract(usd(1), jpy(1))).to.throw(RangeError);
      expect(() => compare(usd(1), jpy(1))).to.throw(RangeError);
    });

    it('refuses operands that are not money', () => {
      expect(() => add({ amount: 0.1, currency: 'USD' }, usd(1))).to.throw(RangeError);
      expect(() => negate({ amount: 1, currency: 'usd' })).to.throw(RangeError);
    });

    it('refuses results beyond the safe-integer range', () => {
      expect(() => add(usd(Number.MAX_SAFE_INTEGER), usd(1))).to.throw(RangeError, /out of range/);
      expect(() => multiply(usd(Number.MAX_SAFE_INTEGER), 2)).to.throw(RangeError, /out of range/);
    });

    it('sums a list, zero for none', () => {
      expect(sum([usd(100), usd(250), usd(-50)], 'USD')).to.deep.equal(usd(300));
      expect(sum([], 'KWD')).to.deep.equal(kwd(0));
      expect(() => sum([usd(1), jpy(1)], 'USD')).to.throw(RangeError);
    });

    it('multiplies by an integer quantity only', () => {
      expect(multiply(usd(1999), 3)).to.deep.equal(usd(5997));
      expect(multiply(jpy(1200), 0)).to.deep.equal(jpy(0));
      expect(multiply(kwd(1500), -2)).to.deep.equal(kwd(-3000));
      expect(() => multiply(usd(100), 1.5)).to.throw(RangeError, /integer/);
    });

    it('negates and takes the magnitude', () => {
      expect(negate(usd(5))).to.deep.equal(usd(-5));
      expect(abs(usd(-5))).to.deep.equal(usd(5));
      expect(abs(usd(5))).to.deep.equal(usd(5));
    });

    it('compares and tests equality', () => {
      expect(compare(usd(1), usd(2))).to.equal(-1);
      expect(compare(usd(2), usd(2))).to.equal(0);
      expect(compare(usd(3), usd(2))).to.equal(1);
      expect(equals(usd(2), usd(2))).to.equal(true);
      expect(equals(usd(2), money(2, 'CAD'))).to.equal(false);
      expect(equals(usd(2), usd(3))).to.equal(false);
    });

    it('answers zero, negative and positive', () => {
      expect(isZero(usd(0))).to.equal(true);
      expect(isZero(usd(1))).to.equal(false);
      expect(isNegative(usd(-1))).to.equal(true);
      expect(isNegative(usd(0))).to.equal(false);
      expect(isPositive(usd(1))).to.equal(true);
      expect(isPositive(usd(0))).to.equal(false);
    });

    it('picks the largest and smallest', () => {
      expect(maxMoney(usd(3), usd(9), usd(-2))).to.deep.equal(usd(9));
      expect(minMoney(usd(3), usd(9), usd(-2))).to.deep.equal(usd(-2));
      expect(maxMoney(usd(3))).to.deep.equal(usd(3));
      expect(() => maxMoney(usd(3), jpy(3))).to.throw(RangeError);
    });

    it('clamps negatives to zero', () => {
      expect(clampToZero(usd(-1))).to.deep.equal(usd(0));
      expect(clampToZero(usd(7))).to.deep.equal(usd(7));
    });
  });

  describe('percentage (basis points, half away from zero)', () => {
    it('takes 10% as 1000 basis points', () => {
      expect(percentage(usd(12345), 1000)).to.deep.equal(usd(1235)); // 1234.5 → 1235
      expect(percentage(usd(10000), 825)).to.deep.equal(usd(825));
    });

    it('rounds an exact half away from zero, both signs', () => {
      expect(percentage(usd(5), 1000)).to.deep.equal(usd(1)); // 0.5 → 1
      expect(percentage(usd(-5), 1000)).to.deep.equal(usd(-1)); // −0.5 → −1
      expect(percentage(usd(4), 1000)).to.deep.equal(usd(0)); // 0.4 → 0
      expect(percentage(usd(-4), 1000)).to.deep.equal(usd(0));
      expect(percentage(usd(6), 1000)).to.deep.equal(usd(1)); // 0.6 → 1
    });

    it('works in zero- and three-decimal currencies', () => {
      expect(percentage(jpy(1255), 1000)).to.deep.equal(jpy(126)); // ¥125.5 → ¥126
      expect(percentage(kwd(1005), 1000)).to.deep.equal(kwd(101)); // 0.1005 KWD → 0.101
      expect(percentage(kwd(1500), 1300)).to.deep.equal(kwd(195));
    });

    it('is exact for amounts where floating point would drift', () => {
      // 9007199254740963 × 825 / 10000 = 743093938516129.44…; Math.round(a * bp / 10000) gives …130.
      expect(percentage(usd(9007199254740963), 825)).to.deep.equal(usd(743093938516129));
      expect(percentage(usd(Number.MAX_SAFE_INTEGER), 825)).to.deep.equal(usd(743093938516132));
      // 0.1 + 0.2 style: 3% of 35 cents is 1.05 → 1.
      expect(percentage(usd(35), 300)).to.deep.equal(usd(1));
    });

    it('accepts 100% and more, and refuses fractional basis points', () => {
      expect(percentage(usd(999), 10000)).to.deep.equal(usd(999));
      expect(percentage(usd(100), 25000)).to.deep.equal(usd(250));
      expect(() => percentage(usd(100), 12.5)).to.throw(RangeError);
    });
  });

  describe('allocate (largest remainder)', () => {
    it('splits evenly and gives the leftover cent to the earliest parts', () => {
      expect(allocate(usd(100), [1, 1, 1])).to.deep.equal([usd(34), usd(33), usd(33)]);
      expect(allocate(usd(5), [1, 1, 1, 1])).to.deep.equal([usd(2), usd(1), usd(1), usd(1)]);
    });

    it('gives leftovers to the largest remainders first', () => {
      // 10 × 3/7 = 4.29, 10 × 4/7 = 5.71: the second part has the larger remainder.
      expect(allocate(usd(10), [3, 4])).to.deep.equal([usd(4), usd(6)]);
      expect(allocate(usd(100), [70, 20, 10])).to.deep.equal([usd(70), usd(20), usd(10)]);
    });

    it('always sums exactly to the amount', () => {
      const ratios = [1999, 2500, 12000, 7, 0, 333];
      for (const amount of [1, 99, 1000, 123457, 999999]) {
        const parts = allocate(usd(amount), ratios);
        expect(sum(parts, 'USD').amount, String(amount)).to.equal(amount);
      }
    });

    it('gives nothing to a zero ratio', () => {
      expect(allocate(jpy(1001), [0, 1, 1])).to.deep.equal([jpy(0), jpy(501), jpy(500)]);
    });

    it('splits a negative amount as its magnitude', () => {
      expect(allocate(kwd(-1000), [1, 2])).to.deep.equal([kwd(-333), kwd(-667)]);
    });

    it('refuses empty, negative, fractional or all-zero ratios', () => {
      expect(() => allocate(usd(1), [])).to.throw(RangeError);
      expect(() => allocate(usd(1), [1, -1])).to.throw(RangeError);
      expect(() => allocate(usd(1), [0.5, 0.5])).to.throw(RangeError);
      expect(() => allocate(usd(1), [0, 0])).to.throw(RangeError);
    });
  });

  describe('decimal strings', () => {
    it('writes exactly the currency’s decimals', () => {
      expect(toDecimalString(usd(1234))).to.equal('12.34');
      expect(toDecimalString(usd(5))).to.equal('0.05');
      expect(toDecimalString(usd(-5))).to.equal('-0.05');
      expect(toDecimalString(jpy(1200))).to.equal('1200');
      expect(toDecimalString(kwd(1500))).to.equal('1.500');
      expect(toDecimalString(money(12345, 'CLF'))).to.equal('1.2345');
      expect(toDecimalString(usd(Number.MAX_SAFE_INTEGER))).to.equal('90071992547409.91');
    });

    it('reads decimals back, padding short fractions', () => {
      expect(fromDecimalString('12.34', 'USD')).to.deep.equal(usd(1234));
      expect(fromDecimalString('12.3', 'USD')).to.deep.equal(usd(1230));
      expect(fromDecimalString('-0.05', 'USD')).to.deep.equal(usd(-5));
      expect(fromDecimalString('+7', 'USD')).to.deep.equal(usd(700));
      expect(fromDecimalString('.5', 'USD')).to.deep.equal(usd(50));
      expect(fromDecimalString('1200', 'JPY')).to.deep.equal(jpy(1200));
      expect(fromDecimalString('1.5', 'KWD')).to.deep.equal(kwd(1500));
      expect(fromDecimalString('12.340', 'USD')).to.deep.equal(usd(1234));
    });

    it('never rounds away significant digits', () => {
      expect(() => fromDecimalString('12.345', 'USD')).to.throw(RangeError, /USD has 2 decimals/);
      expect(() => fromDecimalString('1200.5', 'JPY')).to.throw(RangeError);
    });

    it('refuses what is not a plain decimal', () => {
      for (const text of ['', '.', '1,234.00', '12e3', 'abc', '1.2.3']) {
        expect(() => fromDecimalString(text, 'USD'), text).to.throw(RangeError);
      }
      expect(() => fromDecimalString('90071992547409.92', 'USD')).to.throw(RangeError, /out of range/);
      expect(() => fromDecimalString('1', 'ZZZ')).to.throw(RangeError);
    });

    it('round-trips every currency digit count', () => {
      for (const m of [usd(-123456), jpy(987654), kwd(1), money(99999, 'CLF'), money(150000, 'HUF')]) {
        expect(fromDecimalString(toDecimalString(m), m.currency)).to.deep.equal(m);
      }
    });
  });

  describe('formatting', () => {
    it('formats dollars in en-US', () => {
      expect(formatMoney(usd(123450), 'en-US')).to.equal('$1,234.50');
      expect(formatMoney(usd(-5), 'en-US')).to.equal('-$0.05');
    });

    it('formats in the locale’s conventions', () => {
      expect(spaces(formatMoney(money(123450, 'CAD'), 'fr-CA'))).to.equal('1 234,50 $');
      expect(spaces(formatMoney(money(123450, 'EUR'), 'de-DE'))).to.equal('1.234,50 €');
      expect(formatMoney(money(123450, 'CAD'), 'en-CA')).to.equal('$1,234.50');
      expect(formatMoney(money(123450, 'CAD'), 'en-US')).to.equal('CA$1,234.50');
      expect(formatMoney(money(123450, 'GBP'), 'en-GB')).to.equal('£1,234.50');
    });

    it('formats JPY with no decimals', () => {
      expect(formatMoney(jpy(1200), 'en-US')).to.equal('¥1,200');
      expect(formatMoney(jpy(1200), 'ja-JP')).to.equal('￥1,200');
    });

    it('formats KWD with three decimals', () => {
      expect(spaces(formatMoney(kwd(1500), 'en-US'))).to.equal('KWD 1.500');
      expect(spaces(formatMoney(money(2005, 'BHD'), 'en-US'))).to.equal('BHD 2.005');
    });

    it('uses the ISO decimals where Intl would not (HUF, IDR, IQD)', () => {
      expect(spaces(formatMoney(money(150050, 'HUF'), 'en-US'))).to.equal('HUF 1,500.50');
      expect(spaces(formatMoney(money(150050, 'IDR'), 'en-US'))).to.equal('IDR 1,500.50');
      expect(spaces(formatMoney(money(1500, 'IQD'), 'en-US'))).to.equal('IQD 1.500');
    });

    it('formats the exact amount, beyond float precision', () => {
      expect(formatMoney(usd(Number.MAX_SAFE_INTEGER), 'en-US')).to.equal('$90,071,992,547,409.91');
    });

    it('takes display options but never the decimals', () => {
      expect(spaces(formatMoney(usd(1999), 'en-US', { currencyDisplay: 'code' }))).to.equal('USD 19.99');
      expect(formatMoney(usd(1999), 'en-US', { currencyDisplay: 'name' })).to.equal('19.99 US dollars');
      expect(formatMoney(usd(-1999), 'en-US', { currencySign: 'accounting' })).to.equal('($19.99)');
      expect(formatMoney(usd(1999), 'en-US', { signDisplay: 'always' })).to.equal('+$19.99');
      expect(formatMoney(usd(123456), 'en-US', { useGrouping: false })).to.equal('$1234.56');
      expect(formatMoney(money(123450, 'CAD'), 'en-US', { currencyDisplay: 'narrowSymbol' })).to.equal('$1,234.50');
    });

    it('writes an amount for an input field, without currency or grouping', () => {
      expect(formatMoneyForInput(usd(123450), 'en-US')).to.equal('1234.50');
      expect(formatMoneyForInput(money(123450, 'CAD'), 'fr-CA')).to.equal('1234,50');
      expect(formatMoneyForInput(jpy(1200), 'ja-JP')).to.equal('1200');
      expect(formatMoneyForInput(kwd(1500), 'ar-KW')).to.equal('١٫٥٠٠');
    });

    it('formats basis points as a percentage', () => {
      expect(formatPercent(1000, 'en-US')).to.equal('10%');
      expect(formatPercent(825, 'en-US')).to.equal('8.25%');
      expect(formatPercent(1, 'en-US')).to.equal('0.01%');
      expect(formatPercent(-250, 'en-US')).to.equal('-2.5%');
      expect(spaces(formatPercent(1250, 'fr-CA'))).to.equal('12,5 %');
      expect(() => formatPercent(0.5, 'en-US')).to.throw(RangeError);
    });
  });

  describe('parsing what an agent types', () => {
    const ok = (text: string, currency: string, locale: string): number => {
      const parsed = parseMoney(text, currency, locale);
      if (!parsed.ok) throw new Error(`${JSON.stringify(text)} in ${locale}: ${parsed.code}`);
      expect(parsed.money.currency).to.equal(currency);
      return parsed.money.amount;
    };
    const code = (text: string, currency: string, locale: string): string => {
      const parsed = parseMoney(text, currency, locale);
      return parsed.ok ? `ok:${parsed.money.amount}` : parsed.code;
    };

    it('reads en-US amounts with grouping and decimals', () => {
      expect(ok('1,234.5', 'USD', 'en-US')).to.equal(123450);
      expect(ok('1234.56', 'USD', 'en-US')).to.equal(123456);
      expect(ok('12', 'USD', 'en-US')).to.equal(1200);
      expect(ok('.99', 'USD', 'en-US')).to.equal(99);
      expect(ok('5.', 'USD', 'en-US')).to.equal(500);
      expect(ok('1,234,567.89', 'USD', 'en-US')).to.equal(123456789);
    });

    it('reads fr-CA amounts with spaces (NBSP, narrow NBSP) and a decimal comma', () => {
      expect(ok('1 234,5', 'CAD', 'fr-CA')).to.equal(123450);
      expect(ok('1\u00a0234,50', 'CAD', 'fr-CA')).to.equal(123450);
      expect(ok('1\u202f234,50', 'CAD', 'fr-CA')).to.equal(123450);
      expect(ok('1 234,50 $', 'CAD', 'fr-CA')).to.equal(123450);
      expect(ok('12.50', 'CAD', 'fr-CA')).to.equal(1250); // "." as decimal point where "." is no group separator
    });

    it('reads de-DE amounts with dot grouping and a decimal comma', () => {
      expect(ok('1.234,5', 'EUR', 'de-DE')).to.equal(123450);
      expect(ok('1.234', 'EUR', 'de-DE')).to.equal(123400);
      expect(ok('0,99 €', 'EUR', 'de-DE')).to.equal(99);
    });

    it('reads what formatMoney and formatMoneyForInput wrote', () => {
      const cases: [Money, string][] = [
        [usd(123456), 'en-US'],
        [money(123456, 'CAD'), 'fr-CA'],
        [money(123456, 'EUR'), 'de-DE'],
        [money(123456, 'CHF'), 'de-CH'],
        [money(123456, 'INR'), 'en-IN'],
        [jpy(1234567), 'ja-JP'],
        [kwd(1234567), 'ar-KW'],
        [money(150050, 'HUF'), 'hu-HU'],
      ];
      for (const [m, locale] of cases) {
        expect(ok(formatMoney(m, locale), m.currency, locale), `${locale} ${formatMoney(m, locale)}`).to.equal(
          m.amount,
        );
        expect(ok(formatMoneyForInput(m, locale), m.currency, locale), `${locale} input`).to.equal(m.amount);
        expect(ok(formatMoney(m, locale, { currencyDisplay: 'code' }), m.currency, locale), `${locale} code`).to.equal(
          m.amount,
        );
      }
    });

    it('tolerates the currency symbol or code, in any case, and surrounding spaces', () => {
      expect(ok('$12.50', 'USD', 'en-US')).to.equal(1250);
      expect(ok('  $ 12.50  ', 'USD', 'en-US')).to.equal(1250);
      expect(ok('USD 12.50', 'USD', 'en-US')).to.equal(1250);
      expect(ok('12.50 usd', 'USD', 'en-US')).to.equal(1250);
      expect(ok('CA$12.50', 'CAD', 'en-US')).to.equal(1250);
      expect(ok('$12.50', 'CAD', 'en-US')).to.equal(1250);
      expect(ok('¥1,200', 'JPY', 'en-US')).to.equal(1200);
    });

    it('reads full-width digits typed with a Japanese input method', () => {
      expect(ok('１，２００', 'JPY', 'ja-JP')).to.equal(1200);
    });

    it('reads JPY as whole yen', () => {
      expect(ok('1200', 'JPY', 'en-US')).to.equal(1200);
      expect(ok('1,200.00', 'JPY', 'en-US')).to.equal(1200);
      expect(code('1200.5', 'JPY', 'en-US')).to.equal('too-many-decimals');
    });

    it('reads KWD with three decimals', () => {
      expect(ok('1.5', 'KWD', 'en-US')).to.equal(1500);
      expect(ok('1.234', 'KWD', 'en-US')).to.equal(1234);
      expect(code('1.2345', 'KWD', 'en-US')).to.equal('too-many-decimals');
    });

    it('answers empty for nothing typed', () => {
      expect(parseMoney('', 'USD', 'en-US')).to.deep.equal({ ok: false, code: 'empty' });
      expect(parseMoney(' \u00a0 ', 'USD', 'en-US')).to.deep.equal({ ok: false, code: 'empty' });
    });

    it('answers invalid for what is not an amount', () => {
      for (const text of ['abc', '12abc', '$', '.', '1.2.3', '1,2', '12,34.5', ',123', '1,,234', '1e5', '--5', '5-3']) {
        expect(code(text, 'USD', 'en-US'), text).to.equal('invalid');
      }
    });

    it('refuses grouping that is really a decimal typed the other way (12.50 in de-DE)', () => {
      expect(code('12.50', 'EUR', 'de-DE')).to.equal('invalid');
      expect(code('1.234,5', 'USD', 'en-US')).to.equal('invalid');
    });

    it('accepts Indian grouping', () => {
      expect(ok('12,34,567.89', 'INR', 'en-IN')).to.equal(123456789);
    });

    it('answers too-many-decimals instead of rounding', () => {
      expect(parseMoney('12.345', 'USD', 'en-US')).to.deep.equal({ ok: false, code: 'too-many-decimals' });
      expect(ok('12.340', 'USD', 'en-US')).to.equal(1234);
    });

    it('answers negative for a negative amount, unless allowed', () => {
      for (const text of ['-5', '−5', '-$5.00', '$-5.00', '(5.00)', '5-']) {
        expect(code(text, 'USD', 'en-US'), text).to.equal('negative');
      }
      expect(parseMoney('-5', 'USD', 'en-US', { allowNegative: true })).to.deep.equal({ ok: true, money: usd(-500) });
      expect(parseMoney('($5.00)', 'USD', 'en-US', { allowNegative: true })).to.deep.equal({
        ok: true,
        money: usd(-500),
      });
      expect(ok('-0', 'USD', 'en-US')).to.equal(0);
      expect(ok('+5', 'USD', 'en-US')).to.equal(500);
    });

    it('answers too-large beyond the safe-integer range', () => {
      expect(code('90071992547409.91', 'USD', 'en-US')).to.equal('ok:9007199254740991');
      expect(code('90071992547409.92', 'USD', 'en-US')).to.equal('too-large');
      expect(code('99999999999999999999999', 'JPY', 'en-US')).to.equal('too-large');
    });

    it('answers too-large for an amount whose total at a quantity would pass the maximum, without throwing', () => {
      // The unit price: the largest safe amount, five times, cannot be a line total.
      expect(parseMoney('90071992547409.91', 'USD', 'en-US', { quantity: 5 })).to.deep.equal({
        ok: false,
        code: 'too-large',
      });
      expect(parseMoney('10.00', 'USD', 'en-US', { max: 5000, quantity: 5 })).to.deep.equal({
        ok: true,
        money: usd(1000),
      });
      expect(parseMoney('10.01', 'USD', 'en-US', { max: 5000, quantity: 5 })).to.deep.equal({
        ok: false,
        code: 'too-large',
      });
      expect(parseMoney('50.01', 'USD', 'en-US', { max: 5000 })).to.deep.equal({ ok: false, code: 'too-large' });
      expect(parseMoney('50', 'USD', 'en-US', { max: 5000 })).to.deep.equal({ ok: true, money: usd(5000) });
    });

    it('throws for an unknown currency', () => {
      expect(() => parseMoney('1', 'ZZZ', 'en-US')).to.throw(RangeError);
    });
  });

  describe('parsing a percentage', () => {
    it('reads percentages into basis points', () => {
      expect(parsePercent('10', 'en-US')).to.deep.equal({ ok: true, basisPoints: 1000 });
      expect(parsePercent('10%', 'en-US')).to.deep.equal({ ok: true, basisPoints: 1000 });
      expect(parsePercent('8.25 %', 'en-US')).to.deep.equal({ ok: true, basisPoints: 825 });
      expect(parsePercent('12,5 %', 'fr-CA')).to.deep.equal({ ok: true, basisPoints: 1250 });
      expect(parsePercent(formatPercent(1250, 'fr-CA'), 'fr-CA')).to.deep.equal({ ok: true, basisPoints: 1250 });
      expect(parsePercent('100', 'en-US')).to.deep.equal({ ok: true, basisPoints: 10000 });
    });

    it('answers with the same codes as money', () => {
      expect(parsePercent('', 'en-US')).to.deep.equal({ ok: false, code: 'empty' });
      expect(parsePercent('ten', 'en-US')).to.deep.equal({ ok: false, code: 'invalid' });
      expect(parsePercent('8.125', 'en-US')).to.deep.equal({ ok: false, code: 'too-many-decimals' });
      expect(parsePercent('-5', 'en-US')).to.deep.equal({ ok: false, code: 'negative' });
      expect(parsePercent('100.01', 'en-US')).to.deep.equal({ ok: false, code: 'too-large' });
      expect(parsePercent('150', 'en-US', { max: 20000 })).to.deep.equal({ ok: true, basisPoints: 15000 });
    });
  });
});
