import { expect } from '@open-wc/testing';
import { MockBackend } from '../../mocks/backend.js';
import { detectCardBrand } from '../../src/model/card.js';
import { BALANCE_CODES, TEST_CARDS } from '../support/fixtures.js';
import { card, paths, problemOf } from './problems.js';

const NOW = new Date('2026-06-15T15:00:00.000Z');

describe('MockBackend', () => {
  const backend = new MockBackend({ now: () => NOW });

  beforeEach(() => backend.reset());

  describe('payments', () => {
    it('offers the payment types per site, Purchase Order with terms', () => {
      expect(backend.listPaymentTypes('us').map((t) => t.id)).to.deep.equal([
        'credit-card',
        'check',
        'purchase-order',
        'store-credit',
        'gift-card',
      ]);
      expect(backend.listPaymentTypes('wholesale').map((t) => t.id)).to.deep.equal([
        'credit-card',
        'check',
        'purchase-order',
      ]);
      expect(backend.listPaymentTypes('us').find((t) => t.id === 'purchase-order')!.terms).to.deep.equal([
        { id: 'net-30', label: 'Net 30' },
        { id: 'net-60', label: 'Net 60' },
      ]);
    });

    it('answers the balance of gift card and store credit codes, case-insensitively', () => {
      expect(backend.checkBalance('us', 'gift-card', 'gc-1000-0001')).to.deep.equal({
        typeId: 'gift-card',
        code: BALANCE_CODES.giftCard25.code,
        available: { amount: 2500, currency: 'USD' },
      });
      expect(backend.checkBalance('ca', 'store-credit', BALANCE_CODES.storeCreditAda.code).available).to.deep.equal({
        amount: 4000,
        currency: 'CAD',
      });
      expect(problemOf(() => backend.checkBalance('us', 'gift-card', 'GC-9999-9999')).status).to.equal(404);
      expect(
        problemOf(() => backend.checkBalance('us', 'gift-card', BALANCE_CODES.storeCreditAda.code)).status,
      ).to.equal(404);
    });

    it('tokenizes 4111 1111 1111 1111 and keeps only the summary', () => {
      const summary = backend.tokenizeCard('us', card('4111 1111 1111 1111'));
      expect(summary.token).to.match(/^tok_[0-9a-f]{24}$/);
      expect(summary).to.deep.include({ brand: 'visa', last4: '1111', expiryMonth: 12, expiryYear: 2029 });
      expect(Object.keys(summary).sort()).to.deep.equal(['brand', 'expiryMonth', 'expiryYear', 'last4', 'token']);
    });

    it("names the brand as the payment panel does (the model's IIN rules)", () => {
      for (const number of [
        TEST_CARDS.visa,
        TEST_CARDS.mastercard,
        '30950000000000',
        '39000000000005',
        '6011111111111117',
      ]) {
        expect(backend.tokenizeCard('us', card(number)).brand, number).to.equal(detectCardBrand(number));
      }
    });

    it('tokenizes any other Luhn-valid number, with its brand', () => {
      expect(backend.tokenizeCard('us', card(TEST_CARDS.mastercard)).brand).to.equal('mastercard');
      expect(backend.tokenizeCard('us', card(TEST_CARDS.amex, { securityCode: '1234' }))).to.deep.include({
        brand: 'amex',
        last4: '0005',
      });
    });

    it('declines 4000 0000 0000 0002 with 402 card-declined', () => {
      const problem = problemOf(() => backend.tokenizeCard('us', card(TEST_CARDS.declined)));
      expect(problem.status).to.equal(402);
      expect(problem.toBody()).to.include({ type: 'declined', code: 'card-declined' });
      expect(problem.message).not.to.contain('0002');
    });

    it('refuses a Luhn-invalid number at "number", and a bad expiry or security code', () => {
      const invalid = problemOf(() => backend.tokenizeCard('us', card(TEST_CARDS.invalid)));
      expect(invalid.status).to.equal(422);
      expect(paths(invalid)).to.deep.equal(['number:invalid-card-number']);
      expect(JSON.stringify(invalid.toBody())).not.to.contain('4111');
      const expired = problemOf(() =>
        backend.tokenizeCard('us', card(TEST_CARDS.visa, { expiryMonth: 5, expiryYear: 2026 })),
      );
      expect(paths(expired)).to.deep.equal(['expiry:expired']);
      const amex = problemOf(() => backend.tokenizeCard('us', card(TEST_CARDS.amex, { securityCode: '123' })));
      expect(paths(amex)).to.deep.equal(['securityCode:invalid-security-code']);
    });
  });
});
