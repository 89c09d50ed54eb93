import { expect } from '@open-wc/testing';
import { DeclinedError, UnavailableError, ValidationError } from '../../src/adapter/errors.js';
import { scrubMessage } from '../../src/adapter/scrub.js';

describe('scrubMessage', () => {
  describe('card numbers', () => {
    it('masks a Luhn-valid 16-digit number, keeping its last four digits', () => {
      expect(scrubMessage('Card 4111111111111111 was declined.')).to.equal('Card •••• 1111 was declined.');
    });

    it('masks a number that fails the Luhn check too (a mistyped card is still a card)', () => {
      expect(scrubMessage('Card 4111111111111112 is not valid.')).to.equal('Card •••• 1112 is not valid.');
    });

    it('masks numbers grouped by spaces or dashes', () => {
      expect(scrubMessage('Card 4111 1111 1111 1111 declined')).to.equal('Card •••• 1111 declined');
      expect(scrubMessage('Card 4111-1111-1111-1111 declined')).to.equal('Card •••• 1111 declined');
    });

    it('masks a 15-digit American Express number in its 4-6-5 groups', () => {
      expect(scrubMessage('Amex 3782 822463 10005 refused')).to.equal('Amex •••• 0005 refused');
      expect(scrubMessage('Amex 378282246310005 refused')).to.equal('Amex •••• 0005 refused');
    });

    it('masks 13- and 19-digit numbers', () => {
      expect(scrubMessage('n=4222222222222')).to.equal('n=•••• 2222');
      expect(scrubMessage('n=6011 0009 9013 9424 123.')).to.equal('n=•••• 4123.');
      expect(scrubMessage('n=6011000990139424123')).to.equal('n=•••• 4123');
    });

    it('masks every number of a message', () => {
      expect(scrubMessage('4111111111111111 and 5555 5555 5555 4444')).to.equal('•••• 1111 and •••• 4444');
    });
  });

  describe('security codes', () => {
    it('masks 3 or 4 digits after a word naming the security code', () => {
      expect(scrubMessage('CVV 123 does not match')).to.equal('CVV ••• does not match');
      expect(scrubMessage('cvc: 123')).to.equal('cvc: •••');
      expect(scrubMessage('The security code was 1234.')).to.equal('The security code was •••.');
      expect(scrubMessage('CVV2 (987) refused')).to.equal('CVV2 (•••) refused');
    });

    it('masks 3 or 4 digits before such a word', () => {
      expect(scrubMessage('123 CVV mismatch')).to.equal('••• CVV mismatch');
      expect(scrubMessage('got 4321 (CID)')).to.equal('got ••• (CID)');
    });

    it('masks a card number and its code in one message', () => {
      expect(scrubMessage('Card 4111 1111 1111 1111 with CVV 123 was declined')).to.equal(
        'Card •••• 1111 with CVV ••• was declined',
      );
    });
  });

  describe('what it leaves alone', () => {
    it('leaves phone numbers', () => {
      for (const text of ['Call (512) 555-0100.', 'Call +1 512-555-0100 or 512 555 0199.', '+44 20 7946 0958']) {
        expect(scrubMessage(text)).to.equal(text);
      }
    });

    it('leaves order numbers, amounts, dates and 3-digit numbers away from a code word', () => {
      for (const text of [
        'Order 10542 was already submitted.',
        'BIGSPENDER needs a subtotal of at least 200.00.',
        'Expected on 2026-03-15.',
        'Only 123 can be ordered.',
        'Customer C000641 exists.',
      ]) {
        expect(scrubMessage(text)).to.equal(text);
      }
    });

    it('leaves text without digits as it is', () => {
      expect(scrubMessage('The card was declined.')).to.equal('The card was declined.');
    });
  });

  describe('in the adapter errors', () => {
    it('scrubs the message of every typed error, whoever builds it', () => {
      const declined = new DeclinedError('Card 4111 1111 1111 1111 declined (CVV 123).', { status: 402 });
      expect(declined.message).to.equal('Card •••• 1111 declined (CVV •••).');
      expect(String(declined)).not.to.match(/4111 1111|123\)/);
      expect(new UnavailableError('Retry card 4111111111111111 later').message).to.equal('Retry card •••• 1111 later');
    });

    it('scrubs the message of each problem of a ValidationError', () => {
      const error = new ValidationError('Card 4111111111111111 refused', [
        { path: 'number', code: 'invalid', message: '4111-1111-1111-1111 is not valid' },
        { path: 'securityCode', code: 'invalid', message: 'Security code 999 is wrong' },
      ]);
      expect(error.message).to.equal('Card •••• 1111 refused');
      expect(error.problems.map((p) => p.message)).to.deep.equal([
        '•••• 1111 is not valid',
        'Security code ••• is wrong',
      ]);
      expect(error.at('number')).to.have.length(1);
    });
  });
});
