import { expect } from '@open-wc/testing';
import { TEXT_LIMITS } from '../../src/model/limits.js';
import {
  addLine,
  createDraft,
  DraftParseError,
  parseDraft,
  serializeDraft,
  setCustomer,
} from '../../src/model/draft.js';
import type { Fulfillment, OrderDraft } from '../../src/model/types.js';
import { validateOrderReadiness, validateRecipient } from '../../src/model/validation.js';
import { ada, NOW, usSite } from './fixtures.js';

const RECIPIENT = { email: 'ada@example.com', name: 'Charles Babbage', message: 'Happy birthday!' };
const BY_EMAIL: Fulfillment = { kind: 'digital', locationId: null, locationName: null, recipient: RECIPIENT };

/** Ada's draft of one Gift Card delivered as `fulfillment`. */
function giftCard(fulfillment: Fulfillment = BY_EMAIL): OrderDraft {
  const draft = setCustomer(createDraft({ id: 'd', site: usSite, now: NOW }), ada(), NOW);
  return addLine(
    draft,
    {
      id: 'gift',
      productId: 'gift-card',
      productName: 'Gift Card',
      code: 'GFT-025',
      fulfillment,
      unitPrice: { amount: 2500, currency: 'USD' },
    },
    NOW,
  );
}

describe('email delivery (digital fulfillment)', () => {
  describe('validateRecipient', () => {
    it('takes an email address, a name and an optional message', () => {
      expect(validateRecipient(RECIPIENT)).to.deep.equal([]);
      expect(validateRecipient({ ...RECIPIENT, message: '' })).to.deep.equal([]);
    });

    it('checks the email as the customer’s is, and asks the name', () => {
      const codes = (r: typeof RECIPIENT) => validateRecipient(r, 'r.').map((p) => [p.path, p.code]);
      expect(codes({ ...RECIPIENT, email: ' ', name: '' })).to.deep.equal([
        ['r.email', 'required'],
        ['r.name', 'recipient-name-required'],
      ]);
      expect(codes({ ...RECIPIENT, email: 'ada@example' })).to.deep.equal([['r.email', 'invalid-email']]);
    });

    it('refuses a message longer than TEXT_LIMITS.recipientMessage, and a missing recipient', () => {
      const long = 'x'.repeat(TEXT_LIMITS.recipientMessage + 1);
      expect(validateRecipient({ ...RECIPIENT, message: long }).map((p) => p.code)).to.deep.equal([
        'recipient-message-too-long',
      ]);
      expect(validateRecipient({ ...RECIPIENT, message: long.slice(1) })).to.deep.equal([]);
      expect(validateRecipient(undefined, 'r.').map((p) => [p.path, p.code])).to.deep.equal([
        ['r.email', 'recipient-required'],
      ]);
    });
  });

  describe('readiness', () => {
    it('needs no shipping method for an order delivered by email only', () => {
      const draft = giftCard();
      expect(draft.shippingMethodId).to.equal(null);
      expect(validateOrderReadiness(draft)).to.deep.equal([]);
    });

    it('refuses a line delivered by email without its recipient, or with a bad one, at the line', () => {
      const none = giftCard({ kind: 'digital', locationId: null, locationName: null });
      expect(validateOrderReadiness(none).map((p) => [p.path, p.code])).to.deep.equal([
        ['lines.gift.fulfillment.recipient.email', 'recipient-required'],
      ]);
      const bad = giftCard({ ...BY_EMAIL, recipient: { ...RECIPIENT, name: ' ' } });
      expect(validateOrderReadiness(bad).map((p) => [p.path, p.code])).to.deep.equal([
        ['lines.gift.fulfillment.recipient.name', 'recipient-name-required'],
      ]);
    });
  });

  describe('JSON', () => {
    it('keeps the recipient through session storage', () => {
      const draft = giftCard();
      expect(parseDraft(serializeDraft(draft))).to.deep.equal(draft);
    });

    it('refuses a recipient that is not one', () => {
      const text = serializeDraft(giftCard()).replace('"name":"Charles Babbage"', '"name":7');
      expect(() => parseDraft(text)).to.throw(DraftParseError);
    });
  });
});
