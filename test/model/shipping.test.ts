import { expect } from '@open-wc/testing';
import { money } from '../../src/model/money.js';
import { currentShippingMethod, shippingMethodLapsed } from '../../src/model/shipping.js';
import type { ShippingMethod } from '../../src/model/types.js';

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
