import { expect } from '@open-wc/testing';
import {
  addLine,
  addPayment,
  createDraft,
  setCustomer,
  setOrderAdjustment,
  setShippingAdjustment,
  setShippingMethod,
} from '../../src/model/draft.js';
import { money } from '../../src/model/money.js';
import type { CustomerInput, DraftLine, OrderDraft, Problem } from '../../src/model/types.js';
import {
  isPlausiblePhone,
  problemsAt,
  validateAddress,
  validateCustomer,
  validateCustomerNames,
  validateDefaultAddresses,
  validateEmail,
  validateLine,
  validateLineAdjustment,
  validateOrderAdjustment,
  validateOrderReadiness,
  validatePayments,
  validatePhones,
  validatePostalCode,
  validateShippingAdjustment,
} from '../../src/model/validation.js';
import { ada, address, directShip, NOW, pickupDowntown, shoeLine, toteLine, usSite } from './fixtures.js';

const usd = (amount: number) => money(amount, 'USD');
const p = (path: string, code: string, message: string): Problem => ({ path, code, message });

function line(overrides: Partial<DraftLine> = {}): DraftLine {
  return {
    id: 'l1',
    productId: 'canvas-tote',
    variantId: null,
    productName: 'Canvas Tote Bag',
    code: 'TOTE-01',
    options: [],
    quantity: 1,
    fulfillment: directShip,
    unitPrice: usd(2500),
    adjustment: null,
    gift: false,
    giftMessage: '',
    ...overrides,
  };
}

/** A draft that is ready to submit: Ada, one shipped line, Ground. */
function readyDraft(): OrderDraft {
  let d = createDraft({ id: 'd', site: usSite, now: NOW });
  d = setCustomer(d, ada(), NOW);
  d = addLine(d, toteLine(), NOW);
  return setShippingMethod(d, 'ground', NOW);
}

describe('validation', () => {
  describe('customer names', () => {
    it('requires a first name', () => {
      expect(validateCustomerNames({ firstName: '  ', lastName: 'Lovelace' })).to.deep.equal([
        p('firstName', 'required', 'Enter a first name.'),
      ]);
    });

    it('requires a last name', () => {
      expect(validateCustomerNames({ firstName: 'Ada', lastName: '' }, 'customer.')).to.deep.equal([
        p('customer.lastName', 'required', 'Enter a last name.'),
      ]);
    });

    it('accepts both names', () => {
      expect(validateCustomerNames({ firstName: 'Ada', lastName: 'Lovelace' })).to.deep.equal([]);
    });
  });

  describe('email', () => {
    it('requires an email address', () => {
      expect(validateEmail(' ')).to.deep.equal([p('email', 'required', 'Enter an email address.')]);
    });

    it('requires it to look like an email address', () => {
      for (const email of [
        'ada',
        'ada@',
        '@example.com',
        'ada@example',
        'ada lovelace@example.com',
        'ada@@example.com',
        'ada@example.',
      ]) {
        expect(validateEmail(email, 'customer.email'), email).to.deep.equal([
          p('customer.email', 'invalid-email', 'Enter an email address like name@example.com.'),
        ]);
      }
    });

    it('accepts plausible addresses, trimmed', () => {
      for (const email of ['ada@example.com', ' a.lovelace+orders@mail.example.co.uk ', 'x@y.io']) {
        expect(validateEmail(email), email).to.deep.equal([]);
      }
    });
  });

  describe('phones', () => {
    it('requires at least one of home, work or mobile', () => {
      expect(validatePhones({})).to.deep.equal([
        p('phones', 'phone-required', 'Enter at least one phone number: home, work or mobile.'),
      ]);
      expect(validatePhones({ home: ' ', work: '', mobile: undefined }, 'customer.phones')).to.deep.equal([
        p('customer.phones', 'phone-required', 'Enter at least one phone number: home, work or mobile.'),
      ]);
    });

    it('accepts any one of the three', () => {
      expect(validatePhones({ home: '512-555-0100' })).to.deep.equal([]);
      expect(validatePhones({ work: '(512) 555-0100' })).to.deep.equal([]);
      expect(validatePhones({ mobile: '+44 20 7946 0958' })).to.deep.equal([]);
    });

    it('requires each given phone to have 7 to 15 digits', () => {
      expect(validatePhones({ home: '555-01', work: '+1 512 555 0100', mobile: 'call me' })).to.deep.equal([
        p('phones.home', 'invalid-phone', 'Enter a phone number with 7 to 15 digits.'),
        p('phones.mobile', 'invalid-phone', 'Enter a phone number with 7 to 15 digits.'),
      ]);
    });

    it('judges plausibility by digits and phone punctuation only', () => {
      expect(isPlausiblePhone('5550100')).to.equal(true);
      expect(isPlausiblePhone('+1 (512) 555.0100')).to.equal(true);
      expect(isPlausiblePhone('123456789012345')).to.equal(true);
      expect(isPlausiblePhone('1234567890123456')).to.equal(false);
      expect(isPlausiblePhone('555010')).to.equal(false);
      expect(isPlausiblePhone('512 555 0100 ext 5')).to.equal(false);
      expect(isPlausiblePhone('5+12 555 0100')).to.equal(false);
    });
  });

  describe('default addresses', () => {
    it('requires an address', () => {
      expect(validateDefaultAddresses([])).to.deep.equal([
        p('addresses', 'address-required', 'Add an address; it can be both the billing and the shipping address.'),
      ]);
    });

    it('requires a default billing address', () => {
      expect(validateDefaultAddresses([address({ isDefaultBilling: false })])).to.deep.equal([
        p('addresses', 'default-billing-required', 'Choose a default billing address.'),
      ]);
    });

    it('requires a default shipping address', () => {
      expect(validateDefaultAddresses([address({ isDefaultShipping: false })], 'customer.addresses')).to.deep.equal([
        p('customer.addresses', 'default-shipping-required', 'Choose a default shipping address.'),
      ]);
    });

    it('accepts one address that is both, or two separate ones', () => {
      expect(validateDefaultAddresses([address()])).to.deep.equal([]);
      expect(
        validateDefaultAddresses([
          address({ id: 'b', isDefaultShipping: false }),
          address({ id: 's', isDefaultBilling: false }),
        ]),
      ).to.deep.equal([]);
    });
  });

  describe('postal codes', () => {
    it('requires a US ZIP code as 12345 or 12345-6789', () => {
      expect(validatePostalCode('US', '')).to.deep.equal([p('postalCode', 'required', 'Enter a ZIP code.')]);
      for (const zip of ['7870', '787011', '78701-12', 'ABCDE', '78701 1234']) {
        expect(validatePostalCode('US', zip), zip).to.deep.equal([
          p('postalCode', 'invalid-postal-code', 'Enter a ZIP code like 12345 or 12345-6789.'),
        ]);
      }
      expect(validatePostalCode('US', '78701')).to.deep.equal([]);
      expect(validatePostalCode('us', ' 78701-1234 ')).to.deep.equal([]);
    });

    it('requires a Canadian postal code as A1A 1A1, space optional, any case', () => {
      expect(validatePostalCode('CA', ' ', 'a.postalCode')).to.deep.equal([
        p('a.postalCode', 'required', 'Enter a postal code.'),
      ]);
      for (const code of ['K1A 0B1', 'k1a0b1', 'M5V 3L9', 'H0H 0H0']) {
        expect(validatePostalCode('CA', code), code).to.deep.equal([]);
      }
      // D, F, I, O, Q, U never appear; W and Z never lead.
      for (const code of ['K1A 0B', 'D1A 0B1', 'W1A 0B1', 'K1A 0O1', '12345', 'K1A-0B1']) {
        expect(validatePostalCode('CA', code), code).to.deep.equal([
          p('postalCode', 'invalid-postal-code', 'Enter a postal code like A1A 1A1.'),
        ]);
      }
    });

    it('falls back to a generic format elsewhere, where a postal code may be absent', () => {
      for (const code of ['SW1A 1AA', '75008', '1010', '100-0001', '']) {
        expect(validatePostalCode('GB', code), code).to.deep.equal([]);
      }
      for (const code of ['1', '12345678901', '-123', '12#45']) {
        expect(validatePostalCode('FR', code), code).to.deep.equal([
          p('postalCode', 'invalid-postal-code', 'Enter a valid postal code.'),
        ]);
      }
    });
  });

  describe('address', () => {
    it('accepts a complete address', () => {
      expect(validateAddress(address(), 'addresses.0')).to.deep.equal([]);
    });

    it('requires name, street, city, region and country', () => {
      const blank = address({ name: '', line1: ' ', city: '', region: '', country: '', postalCode: '' });
      expect(validateAddress(blank, 'addresses.1')).to.deep.equal([
        p('addresses.1.name', 'required', 'Enter the name for this address.'),
        p('addresses.1.line1', 'required', 'Enter the street address.'),
        p('addresses.1.city', 'required', 'Enter a city.'),
        p('addresses.1.region', 'required', 'Enter a state, province or region.'),
        p('addresses.1.country', 'required', 'Choose a country.'),
      ]);
    });

    it('requires a two-letter country code', () => {
      expect(validateAddress(address({ country: 'USA', postalCode: '78701' }), 'a')).to.deep.equal([
        p('a.country', 'invalid-country', 'Enter a two-letter country code, like US or CA.'),
      ]);
    });

    it('checks the postal code by country', () => {
      expect(validateAddress(address({ postalCode: 'K1A 0B1' }), 'a')).to.deep.equal([
        p('a.postalCode', 'invalid-postal-code', 'Enter a ZIP code like 12345 or 12345-6789.'),
      ]);
      expect(validateAddress(address({ country: 'CA', region: 'ON', postalCode: 'K1A 0B1' }), 'a')).to.deep.equal([]);
    });

    it('checks the address phone when given', () => {
      expect(validateAddress(address({ phone: '12' }), 'a')).to.deep.equal([
        p('a.phone', 'invalid-phone', 'Enter a phone number with 7 to 15 digits.'),
      ]);
      expect(validateAddress(address({ phone: '' }), 'a')).to.deep.equal([]);
    });
  });

  describe('customer', () => {
    it('accepts a complete customer', () => {
      expect(validateCustomer(ada())).to.deep.equal([]);
    });

    it('combines every rule with field paths after the prefix', () => {
      const input: CustomerInput = {
        firstName: '',
        lastName: 'Turing',
        email: 'alan@',
        phones: {},
        addresses: [address({ isDefaultShipping: false, postalCode: '1' })],
      };
      expect(validateCustomer(input, 'customer.')).to.deep.equal([
        p('customer.firstName', 'required', 'Enter a first name.'),
        p('customer.email', 'invalid-email', 'Enter an email address like name@example.com.'),
        p('customer.phones', 'phone-required', 'Enter at least one phone number: home, work or mobile.'),
        p('customer.addresses', 'default-shipping-required', 'Choose a default shipping address.'),
        p('customer.addresses.0.postalCode', 'invalid-postal-code', 'Enter a ZIP code like 12345 or 12345-6789.'),
      ]);
      expect(validateCustomer(input).map((x) => x.path)).to.deep.equal([
        'firstName',
        'email',
        'phones',
        'addresses',
        'addresses.0.postalCode',
      ]);
    });
  });

  describe('line', () => {
    it('accepts a whole quantity of at least 1 with a fulfillment', () => {
      expect(validateLine(line({ quantity: 3 }))).to.deep.equal([]);
    });

    it('requires a quantity of at least 1', () => {
      for (const quantity of [0, -1]) {
        expect(validateLine(line({ quantity })), String(quantity)).to.deep.equal([
          p('lines.l1.quantity', 'min-quantity', 'Enter a quantity of at least 1.'),
        ]);
      }
    });

    it('requires a whole number', () => {
      for (const quantity of [1.5, 0.5, Number.NaN]) {
        expect(validateLine(line({ quantity })), String(quantity)).to.deep.equal([
          p('lines.l1.quantity', 'integer-quantity', 'Enter a whole number of items.'),
        ]);
      }
    });

    it('requires a fulfillment', () => {
      expect(validateLine(line({ fulfillment: null }))).to.deep.equal([
        p('lines.l1.fulfillment', 'required', 'Choose how this item is fulfilled.'),
      ]);
      expect(validateLine(line({ fulfillment: pickupDowntown }))).to.deep.equal([]);
    });

    it('requires a reason for a price adjustment', () => {
      const l = line({ adjustment: { kind: 'amount-off', amount: usd(100), reason: ' ' } });
      expect(validateLineAdjustment(l)).to.deep.equal([
        p('lines.l1.adjustment', 'reason-required', 'Enter a reason for the price adjustment.'),
      ]);
      expect(validateLine(l)).to.deep.equal(validateLineAdjustment(l));
    });

    it('refuses a negative adjustment', () => {
      const l = line({ adjustment: { kind: 'unit-price', unitPrice: usd(-100), reason: 'Price match' } });
      expect(validateLineAdjustment(l)).to.deep.equal([
        p('lines.l1.adjustment', 'invalid-amount', 'Enter an amount of zero or more.'),
      ]);
      expect(
        validateLineAdjustment(line({ adjustment: { kind: 'unit-price', unitPrice: usd(0), reason: 'Free' } })),
      ).to.deep.equal([]);
    });
  });

  describe('order adjustments', () => {
    const base = () => createDraft({ site: usSite, now: NOW });

    it('requires an order adjustment amount above zero', () => {
      const d = setOrderAdjustment(base(), { kind: 'amount', amount: usd(0), reason: 'Goodwill' });
      expect(validateOrderAdjustment(d)).to.deep.equal([
        p('orderAdjustment', 'min-amount', 'Enter an amount greater than zero.'),
      ]);
    });

    it('requires an order percentage from 0.01% to 100%', () => {
      for (const basisPoints of [0, 10001, 2.5]) {
        // Built by hand: `setOrderAdjustment` refuses 2.5 (the draft's JSON takes whole basis points only).
        const d: OrderDraft = { ...base(), orderAdjustment: { kind: 'percent', basisPoints, reason: 'VIP' } };
        expect(validateOrderAdjustment(d), String(basisPoints)).to.deep.equal([
          p('orderAdjustment', 'invalid-percent', 'Enter a percentage from 0.01% to 100%.'),
        ]);
      }
      expect(
        validateOrderAdjustment(setOrderAdjustment(base(), { kind: 'percent', basisPoints: 10000, reason: 'VIP' })),
      ).to.deep.equal([]);
    });

    it('requires a reason for the order adjustment', () => {
      const d = setOrderAdjustment(base(), { kind: 'percent', basisPoints: 1000, reason: '' });
      expect(validateOrderAdjustment(d)).to.deep.equal([
        p('orderAdjustment', 'reason-required', 'Enter a reason for the order adjustment.'),
      ]);
    });

    it('requires a shipping adjustment above zero with a reason', () => {
      const d = setShippingAdjustment(base(), { kind: 'amount', amount: usd(-5), reason: '' });
      expect(validateShippingAdjustment(d)).to.deep.equal([
        p('shippingAdjustment', 'min-amount', 'Enter an amount greater than zero.'),
        p('shippingAdjustment', 'reason-required', 'Enter a reason for the shipping adjustment.'),
      ]);
      expect(
        validateShippingAdjustment(
          setShippingAdjustment(base(), { kind: 'amount', amount: usd(795), reason: 'Promise' }),
        ),
      ).to.deep.equal([]);
      expect(validateShippingAdjustment(base())).to.deep.equal([]);
    });
  });

  describe('order readiness', () => {
    it('accepts a valid customer with one line and a shipping method', () => {
      expect(validateOrderReadiness(readyDraft())).to.deep.equal([]);
    });

    it('requires a site', () => {
      const d = { ...readyDraft(), siteId: null };
      expect(validateOrderReadiness(d)).to.deep.equal([p('siteId', 'required', 'Choose a site.')]);
    });

    it('requires a customer', () => {
      const d = setCustomer(readyDraft(), null);
      expect(validateOrderReadiness(d)).to.deep.equal([
        p('customer', 'required', 'Find or create the customer for this order.'),
      ]);
    });

    it('requires the customer to pass the customer rules, at paths under customer.', () => {
      // Alan Turing in the seed: no phone and no default shipping address.
      const alan = ada({
        id: 'alan',
        firstName: 'Alan',
        lastName: 'Turing',
        phones: {},
        addresses: [address({ isDefaultShipping: false })],
      });
      expect(validateOrderReadiness(setCustomer(readyDraft(), alan))).to.deep.equal([
        p('customer.phones', 'phone-required', 'Enter at least one phone number: home, work or mobile.'),
        p('customer.addresses', 'default-shipping-required', 'Choose a default shipping address.'),
      ]);
    });

    it('requires at least one line', () => {
      const d = { ...readyDraft(), lines: [] };
      expect(validateOrderReadiness(d)).to.deep.equal([p('lines', 'no-lines', 'Add at least one item.')]);
    });

    it('requires every line to be valid', () => {
      const d = addLine(readyDraft(), shoeLine({ quantity: 0, fulfillment: null }));
      expect(validateOrderReadiness(d)).to.deep.equal([
        p('lines.line-shoe.quantity', 'min-quantity', 'Enter a quantity of at least 1.'),
        p('lines.line-shoe.fulfillment', 'required', 'Choose how this item is fulfilled.'),
      ]);
    });

    it('requires a shipping method when any line ships', () => {
      const d = setShippingMethod(readyDraft(), null);
      expect(validateOrderReadiness(d)).to.deep.equal([
        p('shippingMethodId', 'required', 'Choose a shipping method for the items that ship.'),
      ]);
    });

    it('needs no shipping method when every line is picked up', () => {
      let d = createDraft({ site: usSite, now: NOW });
      d = setCustomer(d, ada());
      d = addLine(d, shoeLine());
      expect(validateOrderReadiness(d)).to.deep.equal([]);
    });

    it('requires valid adjustments', () => {
      const d = setOrderAdjustment(readyDraft(), { kind: 'amount', amount: usd(100), reason: '' });
      expect(validateOrderReadiness(d)).to.deep.equal([
        p('orderAdjustment', 'reason-required', 'Enter a reason for the order adjustment.'),
      ]);
    });

    it('reports everything that is missing on an empty draft', () => {
      const problems = validateOrderReadiness(createDraft({ now: NOW }));
      expect(problems.map((x) => `${x.path}:${x.code}`)).to.deep.equal([
        'siteId:required',
        'customer:required',
        'lines:no-lines',
      ]);
      expect(problemsAt(problems, 'lines')).to.deep.equal([p('lines', 'no-lines', 'Add at least one item.')]);
      expect(problemsAt(problems, 'nowhere')).to.deep.equal([]);
    });
  });

  describe('payments', () => {
    const withPayments = (...amounts: number[]): OrderDraft =>
      amounts.reduce(
        (d, amount, i) =>
          addPayment(d, { id: `pay-${i}`, typeId: 'check', kind: 'check', amount: usd(amount), reference: `${i}` }),
        readyDraft(),
      );

    it('accepts payments up to the total, and none at all', () => {
      expect(validatePayments(withPayments(), usd(10000))).to.deep.equal([]);
      expect(validatePayments(withPayments(4000, 6000), usd(10000))).to.deep.equal([]);
      expect(validatePayments(withPayments(4000), usd(10000))).to.deep.equal([]);
    });

    it('refuses payments that exceed the total', () => {
      expect(validatePayments(withPayments(4000, 6001), usd(10000))).to.deep.equal([
        p('payments', 'payments-exceed-total', 'The payments add up to more than the order total.'),
      ]);
    });

    it('refuses a payment in another currency than the total', () => {
      const d = { ...withPayments(100), currency: 'CAD' };
      expect(validatePayments(d, money(10000, 'CAD'))).to.deep.equal([
        p('payments.pay-0.amount', 'currency-mismatch', 'This payment is in USD; the order is in CAD.'),
      ]);
    });

    it('requires each payment to be above zero', () => {
      expect(validatePayments(withPayments(0, 500), usd(10000))).to.deep.equal([
        p('payments.pay-0.amount', 'min-amount', 'Enter an amount greater than zero.'),
      ]);
    });

    it('works in JPY and KWD', () => {
      const jpyDraft = addPayment(
        { ...createDraft({ now: NOW }), currency: 'JPY' },
        { id: 'y', typeId: 'check', kind: 'check', amount: money(1201, 'JPY') },
      );
      expect(validatePayments(jpyDraft, money(1200, 'JPY')).map((x) => x.code)).to.deep.equal([
        'payments-exceed-total',
      ]);
      const kwdDraft = addPayment(
        { ...createDraft({ now: NOW }), currency: 'KWD' },
        { id: 'k', typeId: 'check', kind: 'check', amount: money(1500, 'KWD') },
      );
      expect(validatePayments(kwdDraft, money(1500, 'KWD'))).to.deep.equal([]);
    });
  });
});
