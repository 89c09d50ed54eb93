import { expect } from '@open-wc/testing';
import { createDraft, DraftParseError, setPayments } from '../../src/model/draft.js';
import { money } from '../../src/model/money.js';
import type { Payment } from '../../src/model/types.js';
import { validatePayments } from '../../src/model/validation.js';
import { LATER, NOW, usSite } from './fixtures.js';

const usd = (amount: number) => money(amount, 'USD');
const card: Payment = {
  id: 'pay-card',
  typeId: 'credit-card',
  kind: 'credit-card',
  amount: usd(5000),
  card: { token: 'tok_abc', brand: 'visa', last4: '1111', expiryMonth: 12, expiryYear: 2030 },
};
const check: Payment = { id: 'pay-check', typeId: 'check', kind: 'check', amount: usd(1000), reference: '1024' };

describe('setPayments', () => {
  it('replaces the payments and touches the draft', () => {
    const draft = setPayments(createDraft({ site: usSite, now: NOW }), [card, check], LATER);
    expect(draft.payments).to.deep.equal([card, check]);
    expect(draft.updatedAt).to.equal(LATER.toISOString());
    expect(setPayments(draft, [], LATER).payments).to.deep.equal([]);
  });

  it('keeps only the known fields of a payment, so no card number rides along', () => {
    const sneaky = { ...card, number: '4111111111111111', card: { ...card.card!, securityCode: '123' } } as Payment;
    const draft = setPayments(createDraft({ site: usSite, now: NOW }), [sneaky], LATER);
    expect(JSON.stringify(draft)).not.to.contain('4111111111111111');
    expect(JSON.stringify(draft)).not.to.contain('securityCode');
    expect(draft.payments).to.deep.equal([card]);
  });

  it('refuses another currency, a repeated id and a malformed card', () => {
    const draft = createDraft({ site: usSite, now: NOW });
    expect(() => setPayments(draft, [{ ...check, amount: money(1000, 'CAD') }])).to.throw(RangeError, /CAD/);
    expect(() => setPayments(draft, [check, check])).to.throw(RangeError, /pay-check/);
    expect(() => setPayments(draft, [{ ...card, card: { ...card.card!, last4: '41111' } }])).to.throw(DraftParseError);
  });
});

describe('validatePayments over a list of payments', () => {
  it('takes anything with payments, such as the payments a panel is about to report', () => {
    expect(validatePayments({ payments: [card, check] }, usd(6000))).to.deep.equal([]);
    expect(validatePayments({ payments: [card, check] }, usd(5999)).map((p) => p.code)).to.deep.equal([
      'payments-exceed-total',
    ]);
  });
});
