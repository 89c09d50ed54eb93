import { expect } from '@open-wc/testing';
import { CURRENCY_MINOR_UNITS, isKnownCurrency, minorUnitsOf } from '../../src/model/currencies.js';

describe('ISO 4217 minor units', () => {
  it('gives the exponent of the currencies the sites use', () => {
    expect(minorUnitsOf('USD')).to.equal(2);
    expect(minorUnitsOf('CAD')).to.equal(2);
    expect(minorUnitsOf('EUR')).to.equal(2);
    expect(minorUnitsOf('GBP')).to.equal(2);
  });

  it('knows the zero-decimal currencies', () => {
    for (const code of ['JPY', 'KRW', 'CLP', 'ISK', 'VND', 'XAF', 'XOF', 'XPF', 'PYG', 'UGX']) {
      expect(minorUnitsOf(code), code).to.equal(0);
    }
  });

  it('knows the three-decimal currencies', () => {
    for (const code of ['KWD', 'BHD', 'OMR', 'JOD', 'TND', 'LYD', 'IQD']) {
      expect(minorUnitsOf(code), code).to.equal(3);
    }
  });

  it('knows the four-decimal units of account', () => {
    expect(minorUnitsOf('CLF')).to.equal(4);
    expect(minorUnitsOf('UYW')).to.equal(4);
  });

  it('follows ISO, not Intl, where the two disagree (HUF, IDR, COP, IQD)', () => {
    expect(minorUnitsOf('HUF')).to.equal(2);
    expect(minorUnitsOf('IDR')).to.equal(2);
    expect(minorUnitsOf('COP')).to.equal(2);
    expect(minorUnitsOf('IQD')).to.equal(3);
  });

  it('holds every active code as three upper-case letters with 0, 2, 3 or 4 decimals', () => {
    const codes = Object.keys(CURRENCY_MINOR_UNITS);
    expect(codes.length).to.be.greaterThan(150);
    for (const code of codes) {
      expect(code).to.match(/^[A-Z]{3}$/);
      expect([0, 2, 3, 4]).to.include(CURRENCY_MINOR_UNITS[code]);
    }
    expect(Object.isFrozen(CURRENCY_MINOR_UNITS)).to.equal(true);
  });

  it('leaves out codes that have no minor units (metals, testing codes)', () => {
    for (const code of ['XAU', 'XAG', 'XDR', 'XTS', 'XXX']) expect(isKnownCurrency(code), code).to.equal(false);
  });

  it('recognizes known codes only, exactly as written', () => {
    expect(isKnownCurrency('USD')).to.equal(true);
    expect(isKnownCurrency('usd')).to.equal(false);
    expect(isKnownCurrency('ZZZ')).to.equal(false);
    expect(isKnownCurrency('toString')).to.equal(false);
    expect(isKnownCurrency(42)).to.equal(false);
  });

  it('throws a RangeError for an unknown code', () => {
    expect(() => minorUnitsOf('ZZZ')).to.throw(RangeError, /Unknown ISO 4217 currency code: "ZZZ"/);
  });
});
