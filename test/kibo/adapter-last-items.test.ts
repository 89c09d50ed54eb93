/**
 * The Kibo adapter's `listLastOrderedItems` against a fake Kibo: the customer's orders asked for
 * newest first, their items read for product, variation, options and fulfillment, one per product
 * and variation; every body checked against Kibo's definitions.
 */
import { expect } from '@open-wc/testing';
import type { FakeAnswer, RecordedRequest } from './fake-fetch.js';
import { operationOf, route } from './fake-fetch.js';
import * as fx from './fixtures.js';
import { expectSchemaTrue, kiboWorld } from './kibo-world.js';

const shoe = (size: string, color: string) => ({
  productCode: 'SHOE',
  variationProductCode: `SHOE-${size}-${color.toUpperCase()}`,
  name: 'Trail Runner Shoe',
  options: [
    { name: 'Size', attributeFQN: 'tenant~size', value: size, stringValue: size },
    { name: 'Color', attributeFQN: 'tenant~color', value: color },
  ],
});

const orders = {
  startIndex: 0,
  pageSize: 20,
  pageCount: 1,
  totalCount: 3,
  items: [
    {
      ...fx.orders.items[0],
      id: 'o-3',
      orderNumber: 10003,
      submittedDate: '2026-11-30T15:00:00Z',
      items: [
        {
          id: 'i-1',
          quantity: 1,
          product: shoe('10', 'Black'),
          fulfillmentMethod: 'Pickup',
          fulfillmentLocationCode: 'DT',
        },
        { id: 'i-2', quantity: 2, product: { productCode: 'MUG', name: 'Mug' }, fulfillmentMethod: 'Ship' },
      ],
    },
    // Not placed yet (no order number): not read.
    {
      ...fx.orders.items[0],
      id: 'o-0',
      orderNumber: null,
      items: [{ id: 'i-0', quantity: 1, product: { productCode: 'DRAFT' } }],
    },
    {
      ...fx.orders.items[0],
      id: 'o-1',
      orderNumber: 10001,
      submittedDate: '2026-11-20T09:00:00Z',
      items: [
        // The same shoe ordered before: the latest order's fulfillment is kept.
        { id: 'i-3', quantity: 1, product: shoe('10', 'Black'), fulfillmentMethod: 'Ship' },
        {
          id: 'i-4',
          quantity: 1,
          product: shoe('9', 'Blue'),
          fulfillmentMethod: 'Delivery',
          fulfillmentLocationCode: 'UP',
        },
      ],
    },
  ],
};

function answers(request: RecordedRequest): FakeAnswer {
  const bodies: Record<string, unknown> = { getTenant: fx.tenant, getCustomerSets: fx.customerSets, getOrders: orders };
  return { body: bodies[operationOf(request)] };
}

describe('Kibo adapter: listLastOrderedItems', () => {
  it('reads the customer’s latest orders, newest first, for their distinct items', async () => {
    const world = kiboWorld(answers);
    const items = await world.adapter.listLastOrderedItems!({ siteId: '101', customerId: '1001', limit: 5 });
    const list = world.requests.at(-1)!;
    expect(route(list)).to.deep.equal({
      path: '/commerce/orders',
      query: { startIndex: '0', pageSize: '20', sortBy: 'submittedDate desc', filter: 'customerAccountId eq 1001' },
    });
    expect(list.headers['x-vol-site']).to.equal('101');
    expect(items).to.deep.equal([
      {
        productId: 'SHOE',
        variantId: 'SHOE-10-BLACK',
        productName: 'Trail Runner Shoe',
        code: 'SHOE-10-BLACK',
        options: [
          { name: 'Size', value: '10' },
          { name: 'Color', value: 'Black' },
        ],
        fulfillment: { kind: 'pickup', locationId: 'DT', locationName: null },
        orderedAt: '2026-11-30T15:00:00Z',
      },
      {
        productId: 'MUG',
        variantId: null,
        productName: 'Mug',
        code: 'MUG',
        options: [],
        fulfillment: { kind: 'ship', locationId: null, locationName: null },
        orderedAt: '2026-11-30T15:00:00Z',
      },
      {
        productId: 'SHOE',
        variantId: 'SHOE-9-BLUE',
        productName: 'Trail Runner Shoe',
        code: 'SHOE-9-BLUE',
        options: [
          { name: 'Size', value: '9' },
          { name: 'Color', value: 'Blue' },
        ],
        fulfillment: { kind: 'delivery', locationId: 'UP', locationName: null },
        orderedAt: '2026-11-20T09:00:00Z',
      },
    ]);
    expectSchemaTrue(world);
  });

  it('answers at most `limit` items, and none for a customer id that is not a Kibo account', async () => {
    const world = kiboWorld(answers);
    const two = await world.adapter.listLastOrderedItems!({ siteId: '101', customerId: '1001', limit: 2 });
    expect(two.map((i) => i.variantId ?? i.productId)).to.deep.equal(['SHOE-10-BLACK', 'MUG']);
    const asked = world.requests.length;
    expect(await world.adapter.listLastOrderedItems!({ siteId: '101', customerId: 'ada' })).to.deep.equal([]);
    expect(world.requests).to.have.length(asked);
  });
});
