/**
 * The Kibo adapter's `getOrder`: Kibo's Get Order (and Get Account for its customer) mapped to our
 * `OrderRecord`, every body checked against Kibo's definitions.
 */
import { expect } from '@open-wc/testing';
import { NotFoundError } from '../../src/adapter/errors.js';
import type { FakeAnswer, RecordedRequest } from './fake-fetch.js';
import { operationOf, route } from './fake-fetch.js';
import * as fx from './fixtures.js';
import { expectSchemaTrue, kiboWorld } from './kibo-world.js';

/** A placed order: a T-shirt Red M picked up at store S1, two mugs shipped, paid by Visa and a voided card. */
const placed = {
  id: 'o-7',
  siteId: 101,
  tenantId: fx.TENANT_ID,
  orderNumber: 10007,
  customerAccountId: 1001,
  email: 'ada@example.com',
  currencyCode: 'USD',
  status: 'Submitted',
  type: 'Offline',
  submittedDate: '2026-12-01T10:00:00Z',
  subtotal: 65,
  discountTotal: 5,
  shippingTotal: 7.95,
  taxTotal: 4.95,
  total: 72.9,
  fulfillmentInfo: { shippingMethodCode: 'ground', shippingMethodName: 'Ground' },
  items: [
    {
      id: 'i-1',
      quantity: 1,
      fulfillmentMethod: 'Pickup',
      fulfillmentLocationCode: 'S1',
      unitPrice: { listAmount: 25 },
      total: 25,
      product: {
        productCode: 'TSHIRT',
        variationProductCode: 'TSHIRT-RED-M',
        name: 'T-shirt',
        options: [
          { name: 'Color', value: 'Red', attributeFQN: 'tenant~color' },
          { name: 'Size', value: 'M', attributeFQN: 'tenant~size' },
        ],
      },
    },
    {
      id: 'i-2',
      quantity: 2,
      fulfillmentMethod: 'Ship',
      unitPrice: { listAmount: 20 },
      total: 40,
      product: { productCode: 'MUG', name: 'Mug' },
    },
  ],
  payments: [
    {
      id: 'p-1',
      paymentType: 'CreditCard',
      status: 'Authorized',
      amountRequested: 72.9,
      billingInfo: { card: { paymentOrCardType: 'VISA', cardNumberPartOrMask: '************4242' } },
    },
    {
      id: 'p-0',
      paymentType: 'CreditCard',
      status: 'Voided',
      amountRequested: 72.9,
      billingInfo: { card: { paymentOrCardType: 'MC', cardNumberPartOrMask: '5454' } },
    },
  ],
};

function answers(order: unknown = placed) {
  return (request: RecordedRequest): FakeAnswer => {
    const operation = operationOf(request);
    if (operation === 'getOrder')
      return order ? { body: order } : { status: 404, body: fx.kiboError('Not found', [], 'ITEM_NOT_FOUND') };
    if (operation === 'getAccount') return { body: fx.ada };
    return { body: { getTenant: fx.tenant, getCustomerSets: fx.customerSets }[operation] };
  };
}

describe('Kibo adapter: getOrder', () => {
  it('maps Get Order and the account to the order in full: lines, options, fulfillment, totals, payments by last four', async () => {
    const world = kiboWorld(answers());
    const order = await world.adapter.getOrder!({ siteId: '101', orderId: 'o-7' });
    const reads = world.requests.filter((r) => !['getTenant', 'getCustomerSets'].includes(operationOf(r)));
    expect(reads.map((r) => route(r).path)).to.deep.equal(['/commerce/orders/o-7', '/commerce/customer/accounts/1001']);
    expect(reads[0]!.headers['x-vol-site']).to.equal('101');
    expect(order).to.deep.include({ id: 'o-7', number: '10007', siteId: '101', status: 'new' });
    expect([order.customer.id, order.customer.firstName, order.customer.email]).to.deep.equal([
      '1001',
      'Ada',
      'ada@example.com',
    ]);
    expect(order.lines).to.deep.equal([
      {
        id: 'i-1',
        productId: 'TSHIRT',
        variantId: 'TSHIRT-RED-M',
        productName: 'T-shirt',
        code: 'TSHIRT-RED-M',
        options: [
          { name: 'Color', value: 'Red' },
          { name: 'Size', value: 'M' },
        ],
        quantity: 1,
        fulfillment: { kind: 'pickup', locationId: 'S1', locationName: 'S1' },
        unitPrice: { amount: 2500, currency: 'USD' },
        total: { amount: 2500, currency: 'USD' },
      },
      {
        id: 'i-2',
        productId: 'MUG',
        variantId: null,
        productName: 'Mug',
        code: 'MUG',
        options: [],
        quantity: 2,
        fulfillment: { kind: 'ship', locationId: null, locationName: null },
        unitPrice: { amount: 2000, currency: 'USD' },
        total: { amount: 4000, currency: 'USD' },
      },
    ]);
    expect(
      [order.subtotal, order.discounts, order.shipping, order.tax, order.total].map((m) => m.amount),
    ).to.deep.equal([6500, 500, 795, 495, 7290]);
    expect([order.shippingMethodId, order.shippingMethodName]).to.deep.equal(['ground', 'Ground']);
    // The voided payment took nothing; the card shows by its last four only.
    expect(order.payments).to.deep.equal([
      {
        kind: 'credit-card',
        label: 'Credit card',
        amount: { amount: 7290, currency: 'USD' },
        last4: '4242',
        brand: 'visa',
      },
    ]);
    expectSchemaTrue(world);
  });

  it('reads an item delivered by email (fulfillmentMethod Digital) as email delivery', async () => {
    const giftCard = {
      id: 'i-3',
      quantity: 1,
      fulfillmentMethod: 'Digital',
      unitPrice: { listAmount: 25 },
      total: 25,
      product: { productCode: 'GFT-025', name: 'Gift Card' },
    };
    const world = kiboWorld(answers({ ...placed, items: [giftCard] }));
    const order = await world.adapter.getOrder!({ siteId: '101', orderId: 'o-7' });
    expect(order.lines.map((l) => [l.productName, l.fulfillment])).to.deep.equal([
      ['Gift Card', { kind: 'digital', locationId: null, locationName: null }],
    ]);
    expectSchemaTrue(world);
  });

  it('rejects with NotFoundError for an order Kibo does not know', async () => {
    const world = kiboWorld(answers(null));
    const error = await world.adapter.getOrder!({ siteId: '101', orderId: 'nope' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(NotFoundError);
  });
});
