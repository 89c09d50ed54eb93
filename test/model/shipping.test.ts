import { expect } from '@open-wc/testing';
import { money } from '../../src/model/money.js';
import { createDraft, addLine } from '../../src/model/draft.js';
import { currentShippingMethod, shippingMethodLapsed, shippingRatesKey } from '../../src/model/shipping.js';
import type { DigitalRecipient, ShippingMethod } from '../../src/model/types.js';

const rates: ShippingMethod[] = [
  { id: 'ground', name: 'Ground', rate: money(500, 'USD') },
  { id: 'overnight', name: 'Overnight', rate: money(2500, 'USD') },
];

describe('shipping method still applies', () => {
  it('finds the draft’s method among the rates', () => {
    expect(currentShippingMethod({ shippingMethodId: 'overnight' }, rates)?.name).to.equal('Overnight');
    expect(shippingMethodLapsed({ shippingMethodId: 'overnight' }, rates)).to.equal(false);
  });

  it('has lapsed when the rates no longer offer it', () => {
    expect(currentShippingMethod({ shippingMethodId: 'pickup' }, rates)).to.equal(undefined);
    expect(shippingMethodLapsed({ shippingMethodId: 'pickup' }, [])).to.equal(true);
  });

  it('never lapses when the draft has none', () => {
    expect(currentShippingMethod({ shippingMethodId: null }, rates)).to.equal(undefined);
    expect(shippingMethodLapsed({ shippingMethodId: null }, [])).to.equal(false);
  });
});

describe('what the shipping rates depend on', () => {
  const giftCard = (recipient: DigitalRecipient) =>
    addLine(createDraft({ now: new Date(0) }), {
      id: 'gift',
      productId: 'gift-card',
      productName: 'Gift Card',
      code: 'GFT-025',
      fulfillment: { kind: 'digital', locationId: null, locationName: null, recipient },
      unitPrice: money(2500, 'USD'),
    });

  it('is not who receives an item delivered by email: a new recipient or message asks no rates again', () => {
    const ada = { email: 'ada@example.com', name: 'Ada Lovelace', message: 'Happy birthday!' };
    const before = shippingRatesKey(giftCard(ada));
    expect(shippingRatesKey(giftCard({ ...ada, message: 'Congratulations!' }))).to.deep.equal(before);
    expect(shippingRatesKey(giftCard({ ...ada, email: 'grace@example.com' }))).to.deep.equal(before);
    expect(JSON.stringify(before)).not.to.contain('Happy birthday!');
  });
});
