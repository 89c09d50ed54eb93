import { expect } from '@open-wc/testing';
import type { PaymentPanel } from '../../../src/elements/payment-panel/payment-panel.js';
import type { CardBrand } from '../../../src/model/types.js';
import { useMockBackend } from '../../support/mock.js';
import { TEST_CARDS } from '../../support/fixtures.js';
import { deepActiveElement } from '../../support/dom.js';
import {
  control,
  errorAt,
  fill,
  fillBilling,
  fillCard,
  openForm,
  paymentRows,
  renderPanel,
  save,
} from '../../support/harness/payment-panel.js';
import { untilPayments } from './payment-panel-support.js';

describe('<payment-panel>', () => {
  const mock = useMockBackend();

  describe('card checks before anything is sent', () => {
    const cases: {
      brand: CardBrand;
      name: string;
      good: string;
      luhn: string | null;
      length: string;
      code: string;
      badCode: string;
    }[] = [
      {
        brand: 'visa',
        name: 'Visa',
        good: '4111111111111111',
        luhn: '4111111111111112',
        length: '411111111111111',
        code: '123',
        badCode: '1234',
      },
      {
        brand: 'mastercard',
        name: 'Mastercard',
        good: '2221000000000009',
        luhn: '2221000000000008',
        length: '22210000000000093',
        code: '123',
        badCode: '12',
      },
      {
        brand: 'amex',
        name: 'American Express',
        good: '378282246310005',
        luhn: '378282246310006',
        length: '3782822463100050',
        code: '1234',
        badCode: '123',
      },
      {
        brand: 'discover',
        name: 'Discover',
        good: '6011111111111117',
        luhn: '6011111111111118',
        length: '601111111111117',
        code: '123',
        badCode: '1234',
      },
      {
        brand: 'diners',
        name: 'Diners Club',
        good: '30569309025904',
        luhn: '30569309025905',
        length: '3056930902590',
        code: '123',
        badCode: '1234',
      },
      {
        brand: 'jcb',
        name: 'JCB',
        good: '3530111333300000',
        luhn: '3530111333300001',
        length: '353011133330000',
        code: '123',
        badCode: '1234',
      },
      {
        brand: 'unionpay',
        name: 'UnionPay',
        good: '6200000000000005',
        luhn: null,
        length: '620000000000005',
        code: '123',
        badCode: '1234',
      },
    ];

    for (const c of cases) {
      describe(c.name, () => {
        async function tryCard(card: { number: string; code?: string; expiry?: string }): Promise<PaymentPanel> {
          const el = await renderPanel({ adapter: mock.adapter });
          await openForm(el);
          fillCard(el, { number: card.number, code: card.code ?? c.code, expiry: card.expiry ?? '12/30' });
          fillBilling(el);
          await save(el);
          return el;
        }

        if (c.luhn) {
          it('refuses a wrong check digit at the number field', async () => {
            const el = await tryCard({ number: c.luhn! });
            expect(errorAt(el, 'Card number')).to.equal('This card number is not valid. Check it with the shopper.');
            expect(deepActiveElement()).to.equal(control(el, 'Card number'));
            expect(mock.backend.requestsFor('tokenizeCard')).to.have.length(0);
          });
        }

        it('refuses a length the brand does not use', async () => {
          const el = await tryCard({ number: c.length });
          expect(errorAt(el, 'Card number')).to.equal('This card number has too few or too many digits.');
          expect(mock.backend.requestsFor('tokenizeCard')).to.have.length(0);
        });

        it(`wants a ${c.code.length}-digit security code`, async () => {
          const el = await tryCard({ number: c.good, code: c.badCode });
          expect(errorAt(el, 'Card number')).to.equal('');
          expect(errorAt(el, 'Security code')).to.equal(`Enter the ${c.code.length}-digit security code.`);
          expect(deepActiveElement()).to.equal(control(el, 'Security code'));
          expect(mock.backend.requestsFor('tokenizeCard')).to.have.length(0);
          await expect(el).to.be.accessible();
        });

        it('refuses an expiry in the past', async () => {
          const el = await tryCard({ number: c.good, expiry: '01/20' });
          expect(errorAt(el, 'Expiry (MM/YY)')).to.equal('This card has expired.');
          expect(mock.backend.requestsFor('tokenizeCard')).to.have.length(0);
        });

        it('hands a good card to the tokenizer', async () => {
          const el = await tryCard({ number: c.good });
          await untilPayments(el, 1);
          expect(el.payments[0]!.card?.brand).to.equal(c.brand);
          expect(paymentRows(el)).to.deep.equal([`${c.name} •••• ${c.good.slice(-4)} $100.00`]);
        });
      });
    }

    it('shows every problem at its field, marks it invalid and focuses the first', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      fill(el, 'Amount', '');
      await save(el);
      expect(errorAt(el, 'Amount')).to.equal('This field is required.');
      expect(errorAt(el, 'Name on card')).to.equal('This field is required.');
      expect(errorAt(el, 'Card number')).to.equal('This field is required.');
      expect(errorAt(el, 'Expiry (MM/YY)')).to.equal('This field is required.');
      expect(errorAt(el, 'Security code')).to.equal('This field is required.');
      expect(errorAt(el, 'Street address')).to.equal('This field is required.');
      expect(errorAt(el, 'Country')).to.equal('This field is required.');
      expect(errorAt(el, 'Apartment, suite (optional)')).to.equal('');
      expect(deepActiveElement()).to.equal(control(el, 'Amount'));
      expect(mock.backend.requestsFor('tokenizeCard')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('refuses an expiry that is not a month and a year', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      fillCard(el, { expiry: '13/30' });
      await save(el);
      expect(errorAt(el, 'Expiry (MM/YY)')).to.equal('Enter the expiry as MM/YY.');
    });

    it('refuses a postal code in the wrong format for the country', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      fillCard(el);
      fillBilling(el);
      fill(el, 'ZIP or postal code', '7870');
      await save(el);
      expect(errorAt(el, 'ZIP or postal code')).to.equal('Enter a ZIP code like 12345 or 12345-6789.');
    });
  });

  it('refuses the test card numbers kept as constants in the fixtures where they must fail', async () => {
    const el = await renderPanel({ adapter: mock.adapter });
    await openForm(el);
    fillCard(el, { number: TEST_CARDS.invalid });
    await save(el);
    expect(errorAt(el, 'Card number')).to.equal('This card number is not valid. Check it with the shopper.');
  });
});
