import { expect } from '@open-wc/testing';
import * as model from '../../src/model/index.js';

// Teammates import these names; renaming one is a breaking change for the elements, the mock and the adapter.
const CONTRACT = {
  currencies: ['minorUnitsOf', 'isKnownCurrency'],
  money: [
    'money',
    'zero',
    'add',
    'subtract',
    'sum',
    'multiply',
    'negate',
    'abs',
    'compare',
    'equals',
    'isZero',
    'isNegative',
    'maxMoney',
    'minMoney',
    'percentage',
    'allocate',
    'toDecimalString',
    'fromDecimalString',
    'formatMoney',
    'parseMoney',
    'formatPercent',
  ],
  ids: ['newId'],
  draft: [
    'createDraft',
    'setSite',
    'changeSite',
    'setCustomer',
    'addLine',
    'updateLine',
    'removeLine',
    'setLineQuantity',
    'setLineFulfillment',
    'setLineAdjustment',
    'setLineGift',
    'repriceLines',
    'setShippingMethod',
    'addCoupon',
    'removeCoupon',
    'setCustomerNotes',
    'setGiftMessage',
    'setPriceList',
    'setOrderAdjustment',
    'setShippingAdjustment',
    'addPayment',
    'removePayment',
    'defaultBillingAddress',
    'defaultShippingAddress',
    'shipToAddress',
    'setShipTo',
    'customerName',
    'anyLineShips',
    'effectiveUnitPrice',
    'lineTotal',
    'serializeDraft',
    'parseDraft',
    'DraftParseError',
  ],
  validation: [
    'validateCustomerNames',
    'validateEmail',
    'validatePhones',
    'validateDefaultAddresses',
    'validateAddress',
    'validatePostalCode',
    'validateCustomer',
    'validateLine',
    'validateOrderReadiness',
    'validatePayments',
  ],
  totals: ['previewTotals'],
};

describe('model index', () => {
  for (const [module, names] of Object.entries(CONTRACT)) {
    it(`re-exports the ${module} functions teammates rely on`, () => {
      const missing = names.filter((name) => typeof (model as Record<string, unknown>)[name] !== 'function');
      expect(missing).to.deep.equal([]);
    });
  }
});
