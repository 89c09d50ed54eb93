/**
 * The Kibo adapter's shipping methods for a draft: the shipping storefront's rate request with the
 * draft's shipped lines and the customer's default shipping address.
 */
import { expect } from '@open-wc/testing';
import type { Customer, DraftLine } from '../../src/model/types.js';
import { kiboDraft } from './drafts.js';
import { operationOf, route } from './fake-fetch.js';
import * as fx from './fixtures.js';
import { expectSchemaTrue, kiboWorld, siteAnswers } from './kibo-world.js';

const ada: Customer = fx.adaCustomer;

function line(id: string, code: string, quantity: number, cents: number, kind: 'ship' | 'pickup'): DraftLine {
  return {
    id,
    productId: code,
    variantId: null,
    productName: code,
    code,
    options: [],
    quantity,
    fulfillment: { kind, locationId: kind === 'ship' ? null : 'downtown', locationName: null },
    unitPrice: { amount: cents, currency: 'USD' },
    adjustment: null,
    gift: false,
    giftMessage: '',
  };
}

const draft = kiboDraft({
  lines: [line('l-1', 'MUG', 2, 850, 'ship'), line('l-2', 'TSHIRT-RED-M', 1, 2000, 'pickup')],
  shippingMethodId: null,
});

const rates = {
  id: 'r-1',
  rates: [
    {
      carrierId: 'fedex',
      shippingRates: [
        { code: 'ground', amount: 7.95, daysInTransit: 5, content: { name: 'Ground', localeCode: 'en-US' } },
        { code: 'overnight', amount: 29.95, daysInTransit: 1, content: { name: 'Overnight', localeCode: 'en-US' } },
      ],
    },
    // The same code from another carrier: the first one's is kept.
    { carrierId: 'ups', shippingRates: [{ code: 'ground', amount: 6.5, content: { name: 'UPS Ground' } }] },
  ],
};

describe('Kibo adapter: shipping methods', () => {
  it('asks Kibo’s rates for the shipped lines to the default shipping address', async () => {
    const world = kiboWorld(siteAnswers({ body: rates }));
    const methods = await world.adapter.getShippingMethods({ draft });
    const post = world.requests.at(-1)!;
    expect(route(post).path).to.equal('/commerce/catalog/storefront/shipping/request-rates');
    expect(post.headers['x-vol-site']).to.equal('101');
    expect(post.body).to.deep.equal({
      isoCurrencyCode: 'USD',
      destinationAddress: {
        address1: '12 Analytical Way',
        address2: null,
        cityOrTown: 'Austin',
        stateOrProvince: 'TX',
        postalOrZipCode: '78701',
        countryCode: 'US',
      },
      items: [
        {
          itemId: 'l-1',
          quantity: 2,
          fulfillmentMethod: 'Ship',
          productSummaries: [{ productCode: 'MUG', quantity: 2, price: 8.5 }],
        },
      ],
      orderTotal: 17,
    });
    expect(methods).to.deep.equal([
      { id: 'ground', name: 'Ground', description: '5 days in transit', rate: { amount: 795, currency: 'USD' } },
      { id: 'overnight', name: 'Overnight', description: '1 day in transit', rate: { amount: 2995, currency: 'USD' } },
    ]);
    expectSchemaTrue(world);
  });

  it('asks the rates to the ship-to address when the order ships elsewhere than the default', async () => {
    const world = kiboWorld(siteAnswers({ body: rates }));
    const office = { ...ada.addresses[0]!, id: '12', line1: '1 Front St W', city: 'Toronto', region: 'ON' };
    await world.adapter.getShippingMethods({
      draft: { ...draft, shipTo: { ...office, postalCode: 'M5J 1E6', country: 'CA', isDefaultShipping: false } },
    });
    expect((world.requests.at(-1)!.body as { destinationAddress: unknown }).destinationAddress).to.deep.equal({
      address1: '1 Front St W',
      address2: null,
      cityOrTown: 'Toronto',
      stateOrProvince: 'ON',
      postalOrZipCode: 'M5J 1E6',
      countryCode: 'CA',
    });
    expectSchemaTrue(world);
  });

  it('asks nothing when no line is shipped or there is no shipping address', async () => {
    const world = kiboWorld(siteAnswers({ body: rates }));
    const pickupOnly = { ...draft, lines: [draft.lines[1]!] };
    expect(await world.adapter.getShippingMethods({ draft: pickupOnly })).to.deep.equal([]);
    const nowhere = { ...draft, customer: { ...ada, addresses: [] } };
    expect(await world.adapter.getShippingMethods({ draft: nowhere })).to.deep.equal([]);
    expect(world.requests.map(operationOf)).not.to.include('requestRates');
  });
});
