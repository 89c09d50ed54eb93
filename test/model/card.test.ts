import { expect } from '@open-wc/testing';
import {
  CARD_BRANDS,
  cardDigits,
  detectCardBrand,
  luhnValid,
  expiryAsTyped,
  formatExpiry,
  parseExpiry,
  validateCard,
  validateCardNumber,
  validateExpiry,
  validateSecurityCode,
} from '../../src/model/card.js';
import * as model from '../../src/model/index.js';
import type { CardBrand } from '../../src/model/types.js';

const NOW = new Date('2026-11-26T12:00:00.000Z');

/** The same number with its last digit changed, so that its Luhn check digit is wrong. */
function breakLuhn(number: string): string {
  return number.slice(0, -1) + String((Number(number.slice(-1)) + 1) % 10);
}

interface BrandCase {
  brand: CardBrand;
  name: string;
  /** Valid numbers of the brand, covering its IIN ranges and lengths. */
  valid: string[];
  /** A number of the brand with a length it does not use (Luhn-valid). */
  wrongLength: string;
  codeLength: 3 | 4;
  luhn: boolean;
}

const BRANDS: BrandCase[] = [
  {
    brand: 'visa',
    name: 'Visa',
    valid: ['4111111111111111', '4012888888881881', '4222222222222', '4000000000000000006'],
    wrongLength: '400000000000006',
    codeLength: 3,
    luhn: true,
  },
  {
    brand: 'mastercard',
    name: 'Mastercard (51-55 and 2221-2720)',
    valid: ['5555555555554444', '5105105105105100', '2221000000000009', '2720000000000005'],
    wrongLength: '55555555555544442',
    codeLength: 3,
    luhn: true,
  },
  {
    brand: 'amex',
    name: 'American Express',
    valid: ['378282246310005', '371449635398431', '340000000000009'],
    wrongLength: '3782822463100056',
    codeLength: 4,
    luhn: true,
  },
  {
    brand: 'discover',
    name: 'Discover (6011, 644-649, 65)',
    valid: ['6011111111111117', '6011000990139424', '6440000000000005', '6490000000000000007', '6500000000000002'],
    wrongLength: '601111111111117',
    codeLength: 3,
    luhn: true,
  },
  {
    brand: 'diners',
    name: 'Diners Club (300-305, 3095, 36, 38-39)',
    valid: [
      '30569309025904',
      '38520000023237',
      '36006666333344',
      '30950000000000',
      '39000000000005',
      '3050000000000003',
    ],
    wrongLength: '3056930902590',
    codeLength: 3,
    luhn: true,
  },
  {
    brand: 'jcb',
    name: 'JCB (3528-3589)',
    valid: ['3530111333300000', '3566002020360505', '3528000000000007', '3589000000000000009'],
    wrongLength: '353011133330000',
    codeLength: 3,
    luhn: true,
  },
  {
    brand: 'unionpay',
    name: 'UnionPay (62, Luhn optional)',
    valid: ['6200000000000005', '6200000000000000000', '6212345678901234'],
    wrongLength: '620000000000005',
    codeLength: 3,
    luhn: false,
  },
];

describe('card', () => {
  it('is exported from the model entry', () => {
    for (const name of [
      'detectCardBrand',
      'luhnValid',
      'validateCardNumber',
      'validateExpiry',
      'validateSecurityCode',
      'validateCard',
    ]) {
      expect(typeof (model as Record<string, unknown>)[name], name).to.equal('function');
    }
  });

  it('has a rule for every brand it names', () => {
    expect(CARD_BRANDS.map((r) => r.brand)).to.have.members(BRANDS.map((b) => b.brand));
  });

  describe('Luhn', () => {
    it('accepts a valid check digit and refuses any other', () => {
      expect(luhnValid('79927398713')).to.equal(true);
      for (let d = 0; d <= 9; d++) if (d !== 3) expect(luhnValid(`7992739871${d}`)).to.equal(false);
    });

    it('refuses anything but digits', () => {
      expect(luhnValid('')).to.equal(false);
      expect(luhnValid('4111 1111 1111 1111')).to.equal(false);
    });
  });

  it('drops the spaces and hyphens agents key between groups', () => {
    expect(cardDigits(' 4111 1111-1111 1111 ')).to.equal('4111111111111111');
  });

  for (const b of BRANDS) {
    describe(b.name, () => {
      it('is recognized from its IIN, as soon as enough digits are typed', () => {
        for (const number of b.valid) expect(detectCardBrand(number), number).to.equal(b.brand);
        for (const number of b.valid) expect(detectCardBrand(number.slice(0, 4)), number.slice(0, 4)).to.equal(b.brand);
      });

      it('accepts its valid numbers, also typed in groups', () => {
        for (const number of b.valid) expect(validateCardNumber(number), number).to.deep.equal([]);
        const grouped = b.valid[0]!.replace(/(\d{4})(?=\d)/g, '$1 ');
        expect(validateCardNumber(grouped)).to.deep.equal([]);
      });

      it('refuses a length the brand does not use', () => {
        expect(validateCardNumber(b.wrongLength).map((p) => p.code)).to.deep.equal(['invalid-length']);
      });

      if (b.luhn) {
        it('refuses a wrong check digit (Luhn)', () => {
          for (const number of b.valid) {
            expect(validateCardNumber(breakLuhn(number)), number).to.deep.equal([
              {
                path: 'number',
                code: 'invalid-card-number',
                message: 'This card number is not valid.',
              },
            ]);
          }
        });
      } else {
        it('skips the Luhn check', () => {
          for (const number of b.valid) expect(validateCardNumber(breakLuhn(number)), number).to.deep.equal([]);
        });
      }

      it(`wants a ${b.codeLength}-digit security code`, () => {
        const good = '1234'.slice(0, b.codeLength);
        const bad = b.codeLength === 4 ? '123' : '1234';
        expect(validateSecurityCode(good, b.brand)).to.deep.equal([]);
        expect(validateSecurityCode(bad, b.brand)).to.deep.equal([
          {
            path: 'securityCode',
            code: 'invalid-security-code',
            message: `Enter the ${b.codeLength}-digit security code.`,
          },
        ]);
        expect(validateSecurityCode('12a4'.slice(0, b.codeLength), b.brand).map((p) => p.code)).to.deep.equal([
          'invalid-security-code',
        ]);
        expect(validateSecurityCode(' ', b.brand).map((p) => p.code)).to.deep.equal(['required']);
      });

      it('passes every rule with a good number, expiry and code', () => {
        const card = { number: b.valid[0]!, expiry: '12/30', securityCode: '1234'.slice(0, b.codeLength) };
        expect(validateCard(card, NOW)).to.deep.equal([]);
      });
    });
  }

  describe('numbers of no known brand', () => {
    it('are "unknown" and take 12 to 19 digits that pass Luhn', () => {
      expect(detectCardBrand('100000000008')).to.equal('unknown');
      expect(validateCardNumber('100000000008')).to.deep.equal([]);
      expect(validateCardNumber('6300000000000004')).to.deep.equal([]);
      expect(validateCardNumber(breakLuhn('6300000000000004')).map((p) => p.code)).to.deep.equal([
        'invalid-card-number',
      ]);
      expect(validateCardNumber('10000000009').map((p) => p.code)).to.deep.equal(['invalid-length']);
    });

    it('stay unknown while too few digits are typed to tell the brand', () => {
      expect(detectCardBrand('')).to.equal('unknown');
      expect(detectCardBrand('5')).to.equal('unknown');
      expect(detectCardBrand('22')).to.equal('unknown');
      expect(detectCardBrand('2220')).to.equal('unknown');
      expect(detectCardBrand('2721')).to.equal('unknown');
      expect(detectCardBrand('4')).to.equal('visa');
    });
  });

  describe('card number', () => {
    it('is required', () => {
      expect(validateCardNumber('  ')).to.deep.equal([
        { path: 'number', code: 'required', message: 'Enter the card number.' },
      ]);
    });

    it('takes digits only, apart from spaces and hyphens', () => {
      expect(validateCardNumber('4111 1111 1111 111O').map((p) => p.code)).to.deep.equal(['invalid-card-number']);
    });

    it('never quotes the number in a problem', () => {
      for (const number of ['4111111111111112', '41111111', '4111x11111111111']) {
        for (const p of validateCardNumber(number)) expect(JSON.stringify(p)).not.to.contain('1111');
      }
    });

    it('uses the path it is given', () => {
      expect(validateCardNumber('', 'card.number')[0]!.path).to.equal('card.number');
    });
  });

  describe('expiry', () => {
    const cases: [string, { month: number; year: number } | null][] = [
      ['12/30', { month: 12, year: 2030 }],
      ['1/27', { month: 1, year: 2027 }],
      ['01/2027', { month: 1, year: 2027 }],
      ['0127', { month: 1, year: 2027 }],
      ['11 - 26', { month: 11, year: 2026 }],
      ['13/27', null],
      ['00/27', null],
      ['12/3', null],
      ['December 2030', null],
    ];
    for (const [text, expected] of cases) {
      it(`reads "${text}" as ${expected ? `${expected.month}/${expected.year}` : 'nothing'}`, () => {
        expect(parseExpiry(text)).to.deep.equal(expected);
      });
    }

    const shown: [string, string][] = [
      ['1230', '12/30'],
      ['12/30', '12/30'],
      ['12 / 30', '12/30'],
      ['1/30', '01/30'],
      ['130', '01/30'],
      ['12/2030', '12/30'],
      ['13/30', '13/30'],
      ['12/3', '12/3'],
      ['', ''],
    ];
    for (const [text, expected] of shown) {
      it(`shows "${text}" as "${expected}" once typed`, () => {
        expect(formatExpiry(text)).to.equal(expected);
      });
    }

    const typing: [string, string][] = [
      ['1', '1'],
      ['12', '12'],
      ['123', '12/3'],
      ['1230', '12/30'],
      ['0127', '01/27'],
      ['130', '130'],
      ['1/3', '1/3'],
      ['12/', '12/'],
    ];
    for (const [text, expected] of typing) {
      it(`shows "${text}" as "${expected}" while it is typed`, () => {
        expect(expiryAsTyped(text)).to.equal(expected);
      });
    }

    it('is good through the end of its month', () => {
      expect(validateExpiry('11/26', NOW)).to.deep.equal([]);
      expect(validateExpiry('11/26', new Date('2026-11-30T23:59:59.999Z'))).to.deep.equal([]);
    });

    it('refuses a month in the past', () => {
      expect(validateExpiry('10/26', NOW)).to.deep.equal([
        { path: 'expiry', code: 'expired', message: 'This card has expired.' },
      ]);
      expect(validateExpiry('11/26', new Date('2026-12-01T00:00:00.000Z')).map((p) => p.code)).to.deep.equal([
        'expired',
      ]);
      expect(validateExpiry('12/25', NOW).map((p) => p.code)).to.deep.equal(['expired']);
    });

    it('refuses what is not a month and a year, or too far ahead', () => {
      expect(validateExpiry('13/30', NOW)).to.deep.equal([
        { path: 'expiry', code: 'invalid-expiry', message: 'Enter the expiry as MM/YY.' },
      ]);
      expect(validateExpiry('12/2047', NOW).map((p) => p.code)).to.deep.equal(['invalid-expiry']);
      expect(validateExpiry('12/2046', NOW)).to.deep.equal([]);
    });

    it('is required', () => {
      expect(validateExpiry('', NOW).map((p) => p.code)).to.deep.equal(['required']);
    });
  });

  it('checks the security code against the brand of the number', () => {
    expect(validateCard({ number: '378282246310005', expiry: '12/30', securityCode: '123' }, NOW)).to.deep.equal([
      { path: 'securityCode', code: 'invalid-security-code', message: 'Enter the 4-digit security code.' },
    ]);
  });

  it('reports every field at once', () => {
    expect(validateCard({ number: '', expiry: '', securityCode: '' }, NOW).map((p) => p.path)).to.deep.equal([
      'number',
      'expiry',
      'securityCode',
    ]);
  });
});
