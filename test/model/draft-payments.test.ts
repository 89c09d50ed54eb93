import { expect } from '@open-wc/testing';
import {
  addPayment,
  createDraft,
  DraftParseError,
  paymentLabel,
  removePayment,
  setPaymentAmount,
} from '../../src/model/draft.js';
import { money } from '../../src/model/money.js';
import type { Payment } from '../../src/model/types.js';
import { LATER, NOW, usSite } from './fixtures.js';
import { usd, deepFreeze, cardPayment } from './draft-support.js';

describe('order draft', () => {
  describe('payments', () => {
    const base = () => deepFreeze(createDraft({ id: 'd', site: usSite, now: NOW }));

    it('adds a card payment keeping only token, brand, last four and expiry', () => {
      const leaky = {
        ...cardPayment({ id: undefined }),
        card: { ...cardPayment().card!, number: '4111111111111111', securityCode: '123' },
        number: '4111111111111111',
        nameOnCard: 'Ada Lovelace',
      };
      const d = addPayment(base(), leaky as unknown as Payment, LATER);
      const [payment] = d.payments as [Payment];
      expect(payment.id).to.match(/^payment_/);
      expect(payment).to.deep.equal({
        id: payment.id,
        typeId: 'credit-card',
        kind: 'credit-card',
        amount: usd(5000),
        card: { token: 'tok_visa_1111', brand: 'visa', last4: '1111', expiryMonth: 12, expiryYear: 2030 },
      });
      expect(JSON.stringify(d)).not.to.contain('4111111111111111');
      expect(JSON.stringify(d)).not.to.contain('123"');
    });

    it('adds other payment types with their reference, terms and fields', () => {
      const d = addPayment(
        base(),
        {
          id: 'po',
          typeId: 'purchase-order',
          kind: 'purchase-order',
          amount: usd(10000),
          reference: 'PO-77',
          termsId: 'net-30',
          fields: { buyer: 'Ops' },
        },
        LATER,
      );
      expect(d.payments[0]).to.deep.equal({
        id: 'po',
        typeId: 'purchase-order',
        kind: 'purchase-order',
        amount: usd(10000),
        reference: 'PO-77',
        termsId: 'net-30',
        fields: { buyer: 'Ops' },
      });
    });

    it('refuses another currency, a duplicate id and a malformed card', () => {
      expect(() => addPayment(base(), cardPayment({ amount: money(5000, 'CAD') }))).to.throw(
        RangeError,
        /payment is in CAD/,
      );
      const d = addPayment(base(), cardPayment());
      expect(() => addPayment(d, cardPayment())).to.throw(RangeError, /already has a payment pay-card/);
      expect(() =>
        addPayment(base(), cardPayment({ card: { ...cardPayment().card!, last4: '4111111111111111' } })),
      ).to.throw(DraftParseError, /payment\.card\.last4/);
    });

    it('removes a payment and changes an amount', () => {
      let d = addPayment(addPayment(base(), cardPayment()), {
        id: 'chk',
        typeId: 'check',
        kind: 'check',
        amount: usd(100),
      });
      d = setPaymentAmount(d, 'chk', usd(250), LATER);
      expect(d.payments.find((p) => p.id === 'chk')?.amount).to.deep.equal(usd(250));
      expect(() => setPaymentAmount(d, 'chk', money(1, 'CAD'))).to.throw(RangeError);
      expect(setPaymentAmount(d, 'gone', usd(1))).to.equal(d);
      d = removePayment(d, 'pay-card', LATER);
      expect(d.payments.map((p) => p.id)).to.deep.equal(['chk']);
      expect(removePayment(d, 'gone')).to.equal(d);
    });

    it('labels payments for the agent', () => {
      expect(paymentLabel(cardPayment())).to.equal('Visa ending 1111');
      expect(paymentLabel(cardPayment({ card: { ...cardPayment().card!, brand: 'amex', last4: '0005' } }))).to.equal(
        'American Express ending 0005',
      );
      expect(paymentLabel({ kind: 'check', reference: '1024' })).to.equal('Check 1024');
      expect(paymentLabel({ kind: 'store-credit' })).to.equal('Store credit');
      expect(paymentLabel({ kind: 'other', reference: 'X1' })).to.equal('Payment X1');
    });
  });
});
